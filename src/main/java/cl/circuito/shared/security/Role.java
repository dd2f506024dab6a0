package cl.circuito.shared.security;

import java.util.EnumSet;
import java.util.Set;

import static cl.circuito.shared.security.Permission.*;

/**
 * The roles of Circuito and what each may do. Where a role may act is its {@link AccessScope}.
 */
public enum Role {
    /** Manages the network, users and calendars; sees no child records (need to know). */
    ADMIN(EnumSet.of(MANAGE_NETWORK, MANAGE_USERS, MANAGE_CALENDAR, IMPORT_NETWORK, MANAGE_PRIORITY_INSTRUMENTS,
            MANAGE_LETTER_TEMPLATES, MANAGE_MESAS, READ_AUDIT_TRAIL)),
    /** Programa 24 Horas national team: reads every program. */
    NATIONAL_TEAM(EnumSet.of(READ_CHILD_RECORDS, MONITOR_IMPLEMENTATION, SET_MONITORING_THRESHOLDS, SET_WAIT_TARGETS,
            SET_REVALIDATION_SCHEDULE, IMPORT_NETWORK, READ_AUDIT_TRAIL)),
    /** Gestor/a Territorial: reads the programs of a region. */
    TERRITORIAL_MANAGER(EnumSet.of(READ_CHILD_RECORDS, MANAGE_MESAS, WORK_IN_MESAS, MONITOR_IMPLEMENTATION)),
    PROGRAM_DIRECTOR(EnumSet.of(READ_CHILD_RECORDS, REGISTER_REFERRALS, GATHER_BACKGROUND, DECIDE_ADMISSIBILITY,
            RECORD_EXITS, ASSESS_PRIORITY, MANAGE_RANKING, RECORD_MONITORING, PLAN_MONITORING,
            MANAGE_JUDICIAL_ACTIONS, MANAGE_ADMISSIONS, MANAGE_LETTERS, DISPOSE_RECORDS, WORK_IN_MESAS)),
    /** The designee who gathers background and monitors waiting children. */
    PROGRAM_PROFESSIONAL(EnumSet.of(READ_CHILD_RECORDS, REGISTER_REFERRALS, GATHER_BACKGROUND, RECORD_MONITORING,
            WORK_IN_MESAS)),
    READ_ONLY(EnumSet.of(READ_CHILD_RECORDS));

    private final Set<Permission> permissions;

    Role(Set<Permission> permissions) {
        this.permissions = permissions;
    }

    public boolean can(Permission permission) {
        return permissions.contains(permission);
    }

    /** Whether users with this role are attached to programs (rather than a region or the whole country). */
    public boolean isProgramBound() {
        return this == PROGRAM_DIRECTOR || this == PROGRAM_PROFESSIONAL || this == READ_ONLY;
    }
}
