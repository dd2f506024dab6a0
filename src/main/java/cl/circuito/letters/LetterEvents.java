package cl.circuito.letters;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What letters tell other modules (reporting counts oficios; a child's timeline may cite them). */
public final class LetterEvents {

    private LetterEvents() {
    }

    public record LetterIssued(UUID letterId, UUID programId, LetterKind kind, int year, int number,
                               LocalDate issuedOn, List<UUID> entryIds) {
    }
}
