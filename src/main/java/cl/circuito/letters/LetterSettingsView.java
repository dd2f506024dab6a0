package cl.circuito.letters;

import cl.circuito.letters.templates.BatchMode;
import cl.circuito.letters.templates.LetterSettings;
import cl.circuito.shared.documents.PaperSize;

import java.time.Instant;
import java.util.UUID;

/**
 * A program's letter settings as its staff see them.
 *
 * @param explicit      whether the program saved its own settings (otherwise these are the defaults)
 * @param version       the saved settings' version, which a change sends back; null for the defaults
 * @param city          the city typed by the director, or null
 * @param effectiveCity where letters are signed: the city typed, else the program's comuna
 */
public record LetterSettingsView(UUID programId, String programName, boolean explicit, Long version,
                                 PaperSize paperSize, int estimateThresholdDays, BatchMode batchMode, String city,
                                 String effectiveCity, Instant updatedAt, String updatedByName) {

    static LetterSettingsView of(UUID programId, String programName, String comunaName, LetterSettings s,
                                 boolean explicit) {
        return new LetterSettingsView(programId, programName, explicit, explicit ? s.version() : null, s.paperSize(),
                s.estimateThresholdDays(), s.batchMode(), s.city(), s.city() != null ? s.city() : comunaName,
                s.updatedAt(), s.updatedByName());
    }
}
