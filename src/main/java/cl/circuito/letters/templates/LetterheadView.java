package cl.circuito.letters.templates;

import java.time.Instant;
import java.util.UUID;

/**
 * An institution's letterhead as its admin sees it (the logo itself is fetched apart).
 *
 * @param version null while the institution has no letterhead yet
 */
public record LetterheadView(UUID institutionId, String institutionName, Long version, boolean hasLogo,
                             String logoFileName, String headerLines, String footerLines, Instant updatedAt,
                             String updatedByName) {

    static LetterheadView of(UUID institutionId, String institutionName, Letterhead letterhead) {
        if (letterhead == null) {
            return new LetterheadView(institutionId, institutionName, null, false, null, null, null, null, null);
        }
        return new LetterheadView(institutionId, institutionName, letterhead.version(), letterhead.hasLogo(),
                letterhead.logoFileName(), letterhead.headerLines(), letterhead.footerLines(), letterhead.updatedAt(),
                letterhead.updatedByName());
    }
}
