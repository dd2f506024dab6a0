package cl.circuito.letters.drafting;

import jakarta.persistence.Embeddable;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A child a letter is about, as the letter names them: copied when drafted so the letter says what it
 * said when issued, whatever is corrected later. Disposal erases the name and RUT.
 *
 * @param statedDate the date the letter states for this child (estimated or effective admission), or null
 */
@Embeddable
public record LetterChild(UUID entryId, String childName, String childRut, String courtRit, String courtRuc,
                          LocalDate statedDate) {

    LetterChild stating(LocalDate date) {
        return new LetterChild(entryId, childName, childRut, courtRit, courtRuc, date);
    }

    LetterChild erased() {
        return new LetterChild(entryId, null, null, null, null, null);
    }
}
