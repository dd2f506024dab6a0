package cl.circuito.letters.register;

import cl.circuito.letters.drafting.LetterKind;
import cl.circuito.letters.drafting.LetterStatus;
import cl.circuito.letters.drafting.SendingChannel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One line of the register: a letter as the director's paper register listed it, plus how it was sent and
 * how long it is kept. A disposed letter keeps its number, kind, addressee and dates; its children's names
 * are gone ({@link #childNames()} is empty, {@link #childCount()} still says how many there were).
 *
 * @param date       the issue date, or for a letter never issued the day (in Chile) it was created
 * @param disposedOn the day (in Chile) it was disposed of, or null
 */
public record RegisterRow(UUID id, LetterKind kind, LetterStatus status, Integer year, Integer number, LocalDate date,
                          Instant createdAt, UUID referrerId, String recipientName, List<String> childNames,
                          int childCount, SendingChannel sentVia, LocalDate sentOn, String sentReference,
                          LocalDate disposeAfter, LocalDate disposedOn) {

    public RegisterRow {
        childNames = List.copyOf(childNames);
    }

    /** "N° 12/2026", or null for a draft. */
    public String numberLabel() {
        return number == null ? null : "N° " + number + "/" + year;
    }

    public boolean numbered() {
        return number != null;
    }

    public boolean disposed() {
        return status == LetterStatus.DISPOSED;
    }

    /** A letter about several children (the monthly list to a court). */
    public boolean isList() {
        return childCount > 1;
    }

    /** Days since the retention term ended (0 on the day it ends); negative while it runs. */
    public long daysPastTerm(LocalDate today) {
        return disposeAfter == null ? 0 : java.time.temporal.ChronoUnit.DAYS.between(disposeAfter, today);
    }

    public String childNamesJoined() {
        return String.join(", ", childNames);
    }
}
