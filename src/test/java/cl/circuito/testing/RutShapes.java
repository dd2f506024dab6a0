package cl.circuito.testing;

import java.util.regex.Pattern;

/**
 * Anything written like a RUT (12.345.678-9, 12345678-K), for scanning rendered pages and PDFs. Not inside a
 * longer token: a UUID ("12345678-9abc-…") or a CSRF token would otherwise look like one by chance.
 */
public final class RutShapes {

    public static final String REGEX = "(?<![\\w.-])\\d{1,2}\\.?\\d{3}\\.?\\d{3}-[\\dkK](?![\\w-])";
    public static final Pattern PATTERN = Pattern.compile(REGEX);

    private RutShapes() {
    }
}
