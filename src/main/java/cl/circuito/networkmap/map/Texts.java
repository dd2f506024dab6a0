package cl.circuito.networkmap.map;

/** The length and blank rules every free text of this module follows. */
final class Texts {

    private Texts() {
    }

    static String required(String field, String value, int max, String missingKey) {
        if (value == null || value.isBlank()) {
            throw NetworkRuleViolation.invalid(field, missingKey);
        }
        return optional(field, value, max);
    }

    static String optional(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw NetworkRuleViolation.invalid(field, "networkmap.error.tooLong", max);
        }
        return stripped;
    }
}
