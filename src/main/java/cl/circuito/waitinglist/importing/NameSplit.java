package cl.circuito.waitinglist.importing;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A child's name written in one cell ("Rocío Andrea Pérez de la Fuente"), split as Chilean names are written: given
 * names first, then the paternal and the maternal surname, each surname with the particles before it ("de la
 * Fuente"). Two words are a given name and a surname. A sheet with separate columns needs none of this; the preview
 * shows the split, so a wrong one is seen before anything is saved.
 */
final class NameSplit {

    private static final Set<String> PARTICLES = Set.of("de", "del", "la", "las", "los", "san", "santa", "van",
            "von", "da", "di", "y");

    record Names(String given, String paternal, String maternal) {
    }

    private NameSplit() {
    }

    /** @return the names, or null when the cell has fewer than two words (no surname to tell) */
    static Names of(String fullName) {
        List<String> words = Arrays.asList(fullName.strip().split("\\s+"));
        int maternalStart = unitStart(words, words.size());
        if (maternalStart <= 0) {
            return null;
        }
        int paternalStart = unitStart(words, maternalStart);
        if (paternalStart <= 0) {
            // "Ana Pérez": a given name and one surname.
            return new Names(join(words, 0, maternalStart), join(words, maternalStart, words.size()), null);
        }
        return new Names(join(words, 0, paternalStart), join(words, paternalStart, maternalStart),
                join(words, maternalStart, words.size()));
    }

    /** Where the surname ending before {@code end} starts: its last word and the particles before it. */
    private static int unitStart(List<String> words, int end) {
        int start = end - 1;
        while (start > 0 && PARTICLES.contains(words.get(start - 1).toLowerCase(Locale.ROOT))) {
            start--;
        }
        return start;
    }

    private static String join(List<String> words, int from, int to) {
        return String.join(" ", words.subList(from, to));
    }
}
