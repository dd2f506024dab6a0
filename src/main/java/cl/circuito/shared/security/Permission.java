package cl.circuito.shared.security;

public enum Permission {
    MANAGE_NETWORK,
    MANAGE_USERS,
    MANAGE_CALENDAR,
    /**
     * Bring the network in from a sheet: institutions, programs, referring bodies and users (invited by e-mail).
     * The admin and the national team, which covers the whole country; only whoever may
     * {@link #MANAGE_USERS} creates administrators or national-team users.
     */
    IMPORT_NETWORK,
    READ_CHILD_RECORDS,
    REGISTER_REFERRALS,
    GATHER_BACKGROUND,
    DECIDE_ADMISSIBILITY,
    RECORD_EXITS,
    /** Apply the priority guide and override its result with a reason. */
    ASSESS_PRIORITY,
    /** Move a child in the ranking (prelación) by hand, with a reason. */
    MANAGE_RANKING,
    /** Publish priority instruments and their versions (admin data, no code). */
    MANAGE_PRIORITY_INSTRUMENTS,
    /** Record monitoring actions on waiting children (director or designee). */
    RECORD_MONITORING,
    /** Plan the month's monitoring sample and change it. */
    PLAN_MONITORING,
    /** Open, follow and resolve judicial-action tasks (medidas cautelares, audiencia extraordinaria). */
    MANAGE_JUDICIAL_ACTIONS,
    /** Plan and confirm the month's admissions, record interviews, admit and close active cases. */
    MANAGE_ADMISSIONS,
    /** Edit the drafts of oficios, issue them (numbered, PDF frozen), record how they were sent, dispose of old ones. */
    MANAGE_LETTERS,
    /**
     * Dispose of a program's records about children at the end of their retention (Ley 21.719: the waiting-list
     * register when the program ends, the priority guide after five years): an explicit, audited act of the
     * program's director.
     */
    DISPOSE_RECORDS,
    /** Edit each institution's letter templates and letterhead (admin data, no code). */
    MANAGE_LETTER_TEMPLATES,
    /** Found a Mesa de Gestión de Casos and set it up (co-facilitators, members): the admin, the region's territorial manager. */
    MANAGE_MESAS,
    /**
     * Take part in the Mesas one is a member of: as co-facilitator edit them, as member update one's own
     * agreements. Whether and where is data (the Mesa's members), see mesas.MesaAccess.
     */
    WORK_IN_MESAS,
    /**
     * Follow how the Mesas are implemented (indicators with their marks, the yearly report) and write the
     * managers' notes: the territorial manager for her region, the national team for the whole country.
     */
    MONITOR_IMPLEMENTATION,
    /**
     * Set the network's target wait, in business days from receipt to admission, which every program inherits
     * unless its director sets its own: the national team.
     */
    SET_WAIT_TARGETS,
    /** Set the thresholds that turn each implementation indicator green, amber or red: the national team. */
    SET_MONITORING_THRESHOLDS,
    /** Set the waits (weeks) at which a waiting child's need and reachability are re-validated: the national team. */
    SET_REVALIDATION_SCHEDULE,
    /**
     * Read the whole audit trail (who read, changed, exported or was refused what, failed logins): the admin and
     * the national team, nationwide. Only whoever may {@link #MANAGE_USERS} sees what a failed login typed as the
     * username (it may be a password) and checks the hash chain on demand.
     */
    READ_AUDIT_TRAIL
}
