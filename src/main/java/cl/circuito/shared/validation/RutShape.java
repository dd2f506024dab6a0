package cl.circuito.shared.validation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a free text contains something a reader would take for a Chilean RUT/RUN. A RUT in a Mesa's records
 * identifies the child (or an adult of the family, which identifies the child as well), so what counts is how
 * it is written, not whether its check digit is right: "12.345.678-9" with a typo still names a person.
 *
 * <p>Three shapes, chosen so that dates, years, amounts, phone numbers and court numbers pass:
 * <ol>
 *   <li><b>Written as a RUT</b>: a 7- or 8-digit body, with or without thousands dots, a hyphen (or a dash a
 *       word processor put there) and a check digit or K: {@code 12.345.678-5}, {@code 12345678-5},
 *       {@code 1.234.567-K}. Any check digit. Nothing else people type looks like this: dates have 2–4 digit
 *       groups ({@code 15-03-2026}, {@code 2026-03-15}), court numbers carry letters or a 10-digit body
 *       ({@code C-1234-2026}, RUC {@code 2600123456-7}), phones are 4-digit groups ({@code 9 8765-4321}).</li>
 *   <li><b>Called a RUT</b>: "RUT", "RUN" or "R.U.T." followed by 7 or 8 digits, with or without the check
 *       digit ({@code RUT 12345678}, {@code Rut: 12.345.678}, {@code RUN N° 123456785}): the word says what the
 *       number is.</li>
 *   <li><b>Bare digits</b>: nine digits in a row ({@code 123456785}) or seven or eight digits and a K
 *       ({@code 12345678K}) — only when the last one is the módulo-11 check digit of the others. Bare runs of
 *       digits are mostly something else (a phone, an amount without dots, a date as 20260315), so the check digit
 *       is what tells them apart; even so, a 9-digit number starting with 9 (a mobile phone; no person's RUT
 *       starts with 9 and has 8 digits) and a number written after "+56", "teléfono", "fono", "tel." or "cel."
 *       pass. A landline written without spaces still has a 1-in-11 chance of being refused: the message
 *       explains why, and "2 2345 6789" is how it is usually written anyway. Eight bare digits are not
 *       checked (old RUTs of 7 digits are rare; dates and amounts of 8 digits are not).</li>
 * </ol>
 * Thousands-separated amounts without a check digit ({@code $12.345.678}) are amounts, not RUTs. A shape inside a
 * longer token (a UUID, a code like {@code AB12345678-9}) is not a RUT either.
 */
public final class RutShape {

    /** Hyphen-minus and the dashes word processors and phones substitute for it. */
    private static final String DASH = "[-\\u2010\\u2011\\u2012\\u2013\\u2014\\u2212]";

    /** Shape 1: how a RUT is written, with any check digit; not part of a longer word, number or dotted run. */
    public static final Pattern WRITTEN = Pattern.compile(
            "(?<![\\w\\-])(?<!\\d\\.)\\d{1,2}\\.?\\d{3}\\.?\\d{3}" + DASH + "[\\dkK](?![\\w\\-])");

    /** Shape 2: the word RUT or RUN (R.U.T., Rut N°, RUN:) and then a 7- or 8-digit body. */
    private static final Pattern CALLED = Pattern.compile(
            "(?<![\\w.])r\\.?\\s?u\\.?\\s?[tn]\\.?(?!\\p{L})\\s*(?:n[°º.]?|nro\\.?|n[uú]m(?:ero)?\\.?)?\\s*[:#]?\\s*"
                    + "\\d{1,2}[.\\s]?\\d{3}[.\\s]?\\d{3}(?:" + DASH + "?[\\dkK])?(?!\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Shape 3: a bare 8-digit body and its check digit, or a 7–8-digit body and K; checked with módulo 11. */
    private static final Pattern BARE = Pattern.compile(
            "(?<![\\w.,+\\-])(\\d{8}(?=\\d)|\\d{7,8}(?=[kK]))([\\dkK])(?![\\w\\-]|[.,]\\d)");

    /** What precedes a phone number: then a bare run is the phone. */
    private static final Pattern PHONE_BEFORE = Pattern.compile(
            "(?:\\+\\s?56|tel[eé]fono|fono|tel\\.?|cel(?:ular)?\\.?|whatsapp|m[oó]vil)\\s*[:.]?\\s*(?:\\(\\d{1,3}\\)\\s*)?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private RutShape() {
    }

    /** Whether the text contains a RUT in any of the three shapes. Null and blank texts contain none. */
    public static boolean foundIn(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        return WRITTEN.matcher(text).find() || CALLED.matcher(text).find() || bareRutIn(text);
    }

    private static boolean bareRutIn(String text) {
        Matcher m = BARE.matcher(text);
        while (m.find()) {
            String body = m.group(1);
            char digit = Character.toUpperCase(m.group(2).charAt(0));
            boolean mobile = body.length() == 8 && body.charAt(0) == '9' && digit != 'K';
            String before = text.substring(Math.max(0, m.start() - 24), m.start());
            if (!mobile && !PHONE_BEFORE.matcher(before).find() && Modulo11.checkDigit(Integer.parseInt(body)) == digit) {
                return true;
            }
        }
        return false;
    }
}
