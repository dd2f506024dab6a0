package cl.circuito.letters.register;

import cl.circuito.letters.drafting.LetterKind;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * One letter disposed of at the end of its retention: the act, as the history of disposals shows it.
 *
 * @param disposedAt when, in Chile's time
 */
public record DisposalRow(UUID id, LetterKind kind, Integer year, Integer number, String recipientName,
                          LocalDate issuedOn, LocalDateTime disposedAt, String disposedByName, String reason) {

    public String numberLabel() {
        return number == null ? null : "N° " + number + "/" + year;
    }
}
