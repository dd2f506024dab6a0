package cl.circuito.circuit.capacity;

import cl.circuito.waitinglist.CapacityModel;

/**
 * A capacity question as typed on the page or sent to the API: the area ("nacional", "region:13", "comuna:13101",
 * "program:&lt;id&gt;"; blank: the asker's own) and the what-if — months ahead (1–24, default 6), places added or
 * removed (default 0) and the change of demand in per cent (−100 to 500, default 0). Text, so that what does not
 * parse comes back next to its field with the domain's message.
 */
public record CapacityQuestion(String area, String months, String places, String demand) {

    public static CapacityQuestion of(String area) {
        return new CapacityQuestion(area, null, null, null);
    }

    CapacityModel.WhatIf whatIf() {
        return new CapacityModel.WhatIf(
                number("months", months, CapacityModel.DEFAULT_MONTHS, 1, CapacityModel.MAX_MONTHS),
                number("places", places, 0, -CapacityModel.MAX_PLACES, CapacityModel.MAX_PLACES),
                number("demand", demand, 0, CapacityModel.MIN_DEMAND_PERCENT, CapacityModel.MAX_DEMAND_PERCENT));
    }

    private static int number(String field, String text, int blank, int min, int max) {
        if (text == null || text.isBlank()) {
            return blank;
        }
        String plain = text.strip().replace("%", "").replace("+", "").strip();
        int value;
        try {
            value = Integer.parseInt(plain);
        } catch (NumberFormatException notWhole) {
            throw CapacityRuleViolation.invalid(field, "capacity.error." + field, min, max);
        }
        if (value < min || value > max) {
            throw CapacityRuleViolation.invalid(field, "capacity.error." + field, min, max);
        }
        return value;
    }
}
