package cl.circuito.letters.drafting;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.Instant;

/**
 * A line of a draft's history besides the director's edits: Circuito rewrote it from changed facts, found the
 * facts changed under the director's text, the director confirmed or regenerated it, or corrected the
 * addressee. {@code detail} is what changed, in words ("Programa más pertinente: «A» → «B»").
 */
@Embeddable
public record LetterNote(Instant at, String byName, @Enumerated(EnumType.STRING) Kind kind, String detail) {

    /** Labels: {@code letters.note.<NAME>}. */
    public enum Kind {
        /** Circuito wrote its text again from the current facts. */
        RESTATED,
        /** The facts changed under a text the director edited: it waits for review. */
        FACTS_CHANGED,
        /** The director regenerated the text from the current facts. */
        REGENERATED,
        /** The director confirmed that their text states the current facts. */
        CONFIRMED,
        /** The director corrected the addressee. */
        READDRESSED
    }
}
