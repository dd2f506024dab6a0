package cl.circuito.children;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A name as the registry compares it: accents and case ignored, spaces trimmed and collapsed — what V30's
 * {@code child_name_key()} does in SQL, for the comparisons made in code.
 */
final class NameKey {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0]+");

    private NameKey() {
    }

    static String of(String name) {
        if (name == null) {
            return "";
        }
        String unaccented = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        return SPACES.matcher(unaccented).replaceAll(" ").trim().toLowerCase(Locale.ROOT);
    }

    static boolean same(String a, String b) {
        return of(a).equals(of(b));
    }
}
