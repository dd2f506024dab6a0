package cl.circuito.testing;

import cl.circuito.shared.validation.RutShape;

import java.util.regex.Pattern;

/**
 * Anything written like a RUT (12.345.678-9, 12345678-K), for scanning rendered pages and PDFs: the same shape the
 * Mesa's texts refuse on input ({@link RutShape#WRITTEN}). Not inside a longer token: a UUID ("12345678-9abc-…") or
 * a CSRF token would otherwise look like one by chance. (The bare-digit shape is left out here: a page is full of
 * numbers that nobody typed.)
 */
public final class RutShapes {

    public static final Pattern PATTERN = RutShape.WRITTEN;
    public static final String REGEX = PATTERN.pattern();

    private RutShapes() {
    }
}
