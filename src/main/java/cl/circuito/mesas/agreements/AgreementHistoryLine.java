package cl.circuito.mesas.agreements;

import java.time.Instant;
import java.util.UUID;

/** One line of an agreement's history, with the number of the session where it was reviewed, if any. */
public record AgreementHistoryLine(UUID agreementId, int position, Instant at, String byName, AgreementStatus status,
                                   String note, Integer sessionNumber) {
}
