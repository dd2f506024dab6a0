package cl.circuito.mesas.agreements;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * An agreement as lists show it (the Mesa's agreements, a session's minutes, a member's agreements across
 * Mesas): who answers for it, by when, where it was agreed and last reviewed. {@code reserved}: the agreement is
 * a case review's strategy and the reader does not see case content, so its text is withheld.
 */
public record AgreementRow(UUID id, long version, UUID mesaId, String mesaName, UUID sessionId, int sessionNumber,
                           LocalDate sessionOn, UUID agendaItemId, UUID caseReviewId, String text,
                           UUID responsibleMemberId, String responsibleName, String responsiblePerson, LocalDate dueOn,
                           AgreementStatus status, LocalDate closedOn, String closingNote,
                           Integer lastReviewedAt, boolean reserved, long daysOverdue) {

    public boolean open() {
        return !status.isClosed();
    }

    public boolean overdue() {
        return daysOverdue > 0;
    }

    static long daysOverdue(AgreementStatus status, LocalDate dueOn, LocalDate today) {
        if (status.isClosed() || dueOn == null || !dueOn.isBefore(today)) {
            return 0;
        }
        return ChronoUnit.DAYS.between(dueOn, today);
    }
}
