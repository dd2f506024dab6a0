package cl.circuito.mesas;

import cl.circuito.shared.security.AccessDenied;
import cl.circuito.shared.security.Permission;

import java.util.Set;
import java.util.UUID;

/**
 * Where a user stands in one Mesa, derived from its membership (not from a role): co-facilitators edit it;
 * members read it, update their own agreements and see case reviews; the territorial manager (her region)
 * and the national team read it all except the case reviews' content; the administrator only sets Mesas up.
 * {@code ownMemberIds} are the members the user speaks for (their program, its institution, or themselves).
 */
public record MesaStanding(UUID mesaId, Level level, boolean setsUp, Set<UUID> ownMemberIds) {

    public enum Level { CO_FACILITATOR, MEMBER, OVERSEER, ADMINISTRATOR }

    public MesaStanding {
        ownMemberIds = Set.copyOf(ownMemberIds);
    }

    /** Sessions, minutes, agreements, plan and activities: everyone but the administrator. */
    public boolean reads() {
        return level != Level.ADMINISTRATOR;
    }

    public boolean edits() {
        return level == Level.CO_FACILITATOR;
    }

    /** A case review's content (the presentation, the question, the strategies): the Mesa's members only. */
    public boolean seesCaseContent() {
        return level == Level.CO_FACILITATOR || level == Level.MEMBER;
    }

    /** Co-facilitators update every agreement; a member, the ones its institution answers for. */
    public boolean updatesAgreementOf(UUID responsibleMemberId) {
        return edits() || (level == Level.MEMBER && ownMemberIds.contains(responsibleMemberId));
    }

    public void requireRead() {
        if (!reads()) {
            throw new AccessDenied(Permission.WORK_IN_MESAS);
        }
    }

    public void requireEdit() {
        if (!edits()) {
            throw new AccessDenied(Permission.WORK_IN_MESAS);
        }
    }

    /** Founding settings and membership: co-facilitators, the administrator, the region's territorial manager. */
    public void requireSetUp() {
        if (!setsUp) {
            throw new AccessDenied(Permission.MANAGE_MESAS);
        }
    }

    public void requireCaseContent() {
        if (!seesCaseContent()) {
            throw new AccessDenied(Permission.WORK_IN_MESAS);
        }
    }

    public void requireAgreementUpdate(UUID responsibleMemberId) {
        if (!updatesAgreementOf(responsibleMemberId)) {
            throw new AccessDenied(Permission.WORK_IN_MESAS);
        }
    }
}
