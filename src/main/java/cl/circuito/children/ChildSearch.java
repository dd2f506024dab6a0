package cl.circuito.children;

import java.util.Map;

/**
 * How another module's SQL finds children by what a user typed: part of the name (accents and case ignored), or the
 * start of a RUT with or without dots and dash. The child registry is reference data every module may read; the
 * condition goes on a query that joins {@code child} as {@code c}, so the waiting list, its exports and the monitoring
 * plan's "add a child" find the same children.
 */
public final class ChildSearch {

    /** Fewer RUT characters than this are a name's digits or a typo, not the start of a RUT. */
    private static final int RUT_PREFIX = 5;

    private ChildSearch() {
    }

    /**
     * Adds {@code and (…)} to {@code where}, with its parameters ({@code name}, {@code rut}) in {@code params}.
     *
     * @return false, adding nothing, when nothing was typed
     */
    public static boolean append(StringBuilder where, Map<String, Object> params, String typed) {
        String query = typed == null ? "" : typed.trim();
        if (query.isEmpty()) {
            return false;
        }
        where.append(" and (lower(unaccent(c.given_names || ' ' || c.paternal_surname || ' ' || coalesce(c.maternal_surname, '')))"
                + " like '%' || lower(unaccent(:name)) || '%'");
        params.put("name", query.replace("%", "").replace("_", ""));
        String rutDigits = query.replaceAll("[^0-9kK]", "").toUpperCase();
        if (rutDigits.length() >= RUT_PREFIX) {
            where.append(" or replace(c.rut, '-', '') like :rut || '%'");
            params.put("rut", rutDigits);
        }
        where.append(")");
        return true;
    }
}
