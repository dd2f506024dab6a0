package cl.circuito.shared;

/**
 * What a user typed in a search box, as a SQL {@code like} pattern that finds it anywhere in a
 * text. The typed {@code %} and {@code _} are matched literally (usernames may contain {@code _}),
 * escaped with {@value #ESCAPE}: queries write
 * {@code lower(unaccent(column)) like lower(unaccent(:pattern)) escape '!'}, so accents and case
 * are ignored on both sides.
 */
public final class SearchPattern {

    public static final char ESCAPE = '!';

    private SearchPattern() {
    }

    /**
     * The pattern; {@code %}, which matches every text, when nothing was typed. Never null: Hibernate
     * cannot always tell the type of a null parameter, and PostgreSQL then finds no {@code unaccent(bytea)}.
     */
    public static String containing(String typed) {
        if (typed == null || typed.isBlank()) {
            return "%";
        }
        StringBuilder pattern = new StringBuilder("%");
        for (char c : typed.trim().toCharArray()) {
            if (c == ESCAPE || c == '%' || c == '_') {
                pattern.append(ESCAPE);
            }
            pattern.append(c);
        }
        return pattern.append('%').toString();
    }
}
