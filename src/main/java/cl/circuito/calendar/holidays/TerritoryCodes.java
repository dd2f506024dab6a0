package cl.circuito.calendar.holidays;

import java.util.regex.Pattern;

/**
 * Checks for the official territorial codes (Código Único Territorial, CUT) used to scope holidays.
 *
 * <p>A comuna is identified by its 5-digit CUT code kept as a string so leading zeros survive
 * (Iquique is "01101"); its region is the first two digits. There are 16 regions, "01" to "16"
 * (Ñuble, "16", exists since 2018).
 */
public final class TerritoryCodes {

    private static final Pattern REGION = Pattern.compile("(0[1-9]|1[0-6])");
    private static final Pattern COMUNA = Pattern.compile("(0[1-9]|1[0-6])\\d{3}");

    private TerritoryCodes() {
    }

    static boolean isRegionCode(String code) {
        return code != null && REGION.matcher(code).matches();
    }

    static boolean isComunaCode(String code) {
        return code != null && COMUNA.matcher(code).matches();
    }

    /** Region code of a (valid) comuna code: its first two characters. */
    static String regionOf(String comunaCode) {
        return comunaCode.substring(0, 2);
    }

    /**
     * Callers pass {@code null} to mean "national holidays only"; anything else must be a well-formed
     * comuna code, otherwise regional holidays would silently be missed.
     *
     * @throws InvalidCalendarQueryException on the field {@code comuna}
     */
    public static void requireComunaCodeOrNull(String comunaCode) {
        if (comunaCode != null && !isComunaCode(comunaCode)) {
            throw InvalidCalendarQueryException.malformedComuna();
        }
    }
}
