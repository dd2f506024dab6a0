package cl.circuito.waitinglist.importing;

import cl.circuito.children.Rut;
import cl.circuito.waitinglist.entry.PriorDecision;
import cl.circuito.waitinglist.entry.ReferralRequest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One row of the sheet as read: what it says about the child and the referral, and what in it could not be read.
 * A row with problems is never checked further.
 *
 * @param rut         the RUT when one was written and valid
 * @param referrerId  the network's referrer the row names (by name, or as the user chose for an unknown name)
 * @param state       where the child stands on the earlier list
 */
public record ListRow(int number, Rut rut, String givenNames, String paternalSurname, String maternalSurname,
               LocalDate birthDate, String referrerText, UUID referrerId, String courtRit, String courtRuc,
               String reason, LocalDate receivedOn, Boolean backgroundSufficient, ListState state,
               LocalDate decidedOn, Integer priority, Integer score, List<Problem> problems) {

    public ListRow {
        problems = List.copyOf(problems);
    }

    public String fullName() {
        return cl.circuito.children.ChildNames.full(givenNames, paternalSurname, maternalSurname);
    }

    ReferralRequest request() {
        return new ReferralRequest(rut == null ? null : rut.canonical(), givenNames, paternalSurname, maternalSurname,
                birthDate, referrerId, courtRit, courtRuc, reason, receivedOn, backgroundSufficient, List.of());
    }

    /** The decision already taken, for a child waiting; null for one still under review. */
    PriorDecision prior() {
        return state == ListState.WAITING ? new PriorDecision(decidedOn, priority, score) : null;
    }

    /** Who the row is, to find the same child twice in one sheet: the RUT, else names and birth date. */
    String identityKey() {
        if (rut != null) {
            return rut.canonical();
        }
        return cl.circuito.shared.tables.Headers.fold(fullName()) + "|" + birthDate;
    }
}
