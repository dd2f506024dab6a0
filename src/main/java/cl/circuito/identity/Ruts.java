package cl.circuito.identity;

import cl.circuito.shared.validation.Modulo11;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A user's RUT/RUN as Circuito keeps it ("12345678-5"), from what a person or a provider wrote. */
final class Ruts {

    private static final Pattern WRITTEN = Pattern.compile("^(\\d{1,2}(?:\\.?\\d{3}){2}|\\d{1,8})-?([\\dkK])$");

    private Ruts() {
    }

    /** "12.345.678-5", "12345678-5", "123456785" or "7654321-k" as "12345678-5"; empty unless a valid RUT. */
    static Optional<String> canonical(String written) {
        if (written == null) {
            return Optional.empty();
        }
        Matcher m = WRITTEN.matcher(written.trim().replace(" ", ""));
        if (!m.matches()) {
            return Optional.empty();
        }
        return of(Long.parseLong(m.group(1).replace(".", "")), m.group(2));
    }

    /**
     * A RUT given in a claim: as text, or as an object with the number and its check digit apart, as ClaveÚnica
     * gives the RUN ({"numero": 12345678, "DV": "5", "tipo": "RUN"}; names compared ignoring case).
     */
    static Optional<String> ofClaim(Object claim) {
        if (claim instanceof Map<?, ?> parts) {
            Object number = null;
            Object checkDigit = null;
            for (Map.Entry<?, ?> part : parts.entrySet()) {
                String name = String.valueOf(part.getKey()).toLowerCase(Locale.ROOT);
                if (name.equals("numero") || name.equals("number")) {
                    number = part.getValue();
                } else if (name.equals("dv")) {
                    checkDigit = part.getValue();
                }
            }
            return number == null || checkDigit == null ? Optional.empty()
                    : canonical(String.valueOf(number).trim() + "-" + String.valueOf(checkDigit).trim());
        }
        return claim == null ? Optional.empty() : canonical(String.valueOf(claim));
    }

    private static Optional<String> of(long body, String checkDigit) {
        if (body < 1 || body > 99_999_999) {
            return Optional.empty();
        }
        char digit = Character.toUpperCase(checkDigit.charAt(0));
        return digit == Modulo11.checkDigit((int) body) ? Optional.of(body + "-" + digit) : Optional.empty();
    }
}
