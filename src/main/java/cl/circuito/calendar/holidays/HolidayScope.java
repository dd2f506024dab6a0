package cl.circuito.calendar.holidays;

/**
 * Where a special holiday applies: the whole country, one region, or one comuna.
 *
 * <p>Laws declaring one-off holidays use all three (a national extra Fiestas Patrias day, the Región de
 * Coquimbo for La Pampilla, a list of comunas...). A law covering several regions or comunas is recorded
 * as one special holiday per region or comuna.
 *
 * @param regionCode 2-digit CUT region code ("01" to "16") when scoped to a region, otherwise {@code null}
 * @param comunaCode 5-digit CUT comuna code when scoped to a comuna, otherwise {@code null}
 */
public record HolidayScope(String regionCode, String comunaCode) {

    private static final HolidayScope NATIONAL = new HolidayScope(null, null);

    /**
     * @throws InvalidSpecialHolidayException when both codes are given (field {@code scope}) or one is malformed
     *                                        (field {@code regionCode} or {@code comunaCode})
     */
    public HolidayScope {
        if (regionCode != null && comunaCode != null) {
            throw new InvalidSpecialHolidayException("scope", "error.specialHoliday.scopeBoth");
        }
        if (regionCode != null && !TerritoryCodes.isRegionCode(regionCode)) {
            throw new InvalidSpecialHolidayException("regionCode", "error.specialHoliday.regionCodeMalformed");
        }
        if (comunaCode != null && !TerritoryCodes.isComunaCode(comunaCode)) {
            throw new InvalidSpecialHolidayException("comunaCode", "error.specialHoliday.comunaCodeMalformed");
        }
    }

    public static HolidayScope national() {
        return NATIONAL;
    }

    public static HolidayScope region(String regionCode) {
        if (regionCode == null) {
            throw new InvalidSpecialHolidayException("regionCode", "error.specialHoliday.regionRequired");
        }
        return new HolidayScope(regionCode, null);
    }

    public static HolidayScope comuna(String comunaCode) {
        if (comunaCode == null) {
            throw new InvalidSpecialHolidayException("comunaCode", "error.specialHoliday.comunaRequired");
        }
        return new HolidayScope(null, comunaCode);
    }

    public boolean isNational() {
        return regionCode == null && comunaCode == null;
    }

    /**
     * Whether a holiday with this scope applies to the given comuna ({@code null}: "national holidays only",
     * so only national special holidays apply).
     */
    public boolean appliesTo(String comuna) {
        if (isNational()) {
            return true;
        }
        if (comuna == null) {
            return false;
        }
        if (regionCode != null) {
            return regionCode.equals(TerritoryCodes.regionOf(comuna));
        }
        return comunaCode.equals(comuna);
    }

    /**
     * Short Spanish description for logs and {@code toString}, e.g. "todo el país", "la región 04", "la comuna
     * 13101". Screens name the region or comuna from the network's reference data instead.
     */
    public String describe() {
        if (isNational()) {
            return "todo el país";
        }
        return regionCode != null ? "la región " + regionCode : "la comuna " + comunaCode;
    }
}
