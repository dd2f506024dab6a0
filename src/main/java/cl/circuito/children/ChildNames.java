package cl.circuito.children;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * How a child is named and aged everywhere, from the registry's fields: the entity and the read models
 * (which select the columns in their own SQL) must say the same.
 */
public final class ChildNames {

    static final int SHORTEST_NAME_WORD = 4;

    private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private ChildNames() {
    }

    /** "Rocío Pérez Soto"; the maternal surname may be missing. */
    public static String full(String givenNames, String paternalSurname, String maternalSurname) {
        return Stream.of(givenNames, paternalSurname, maternalSurname)
                .filter(part -> part != null && !part.isBlank())
                .map(String::trim)
                .collect(Collectors.joining(" "));
    }

    /** "R. P. S.": how a child is named where the full name must not be shown (Mesa views, another child's explanation). */
    public static String initials(String givenNames, String paternalSurname, String maternalSurname) {
        return Stream.of(givenNames, paternalSurname, maternalSurname)
                .filter(Objects::nonNull)
                .flatMap(part -> Stream.of(part.trim().split("\\s+")))
                .filter(word -> !word.isEmpty())
                .map(word -> word.substring(0, 1).toUpperCase(Locale.ROOT) + ".")
                .collect(Collectors.joining(" "));
    }

    /**
     * The words of a child's registered names that a text about the child, where only initials may appear, must not
     * contain. Parts shorter than {@value #SHORTEST_NAME_WORD} letters are left out: the particles of surnames
     * ("de", "del", "la", "los", "San") and short given names that are everyday words ("Paz", "Luz", "Sol", "Mar",
     * "Río") would refuse ordinary sentences, while the other parts of the name still catch it.
     */
    public static Words words(String givenNames, String paternalSurname, String maternalSurname) {
        Set<String> words = new HashSet<>();
        Stream.of(givenNames, paternalSurname, maternalSurname).filter(Objects::nonNull)
                .flatMap(part -> Arrays.stream(NOT_A_LETTER.split(folded(part))))
                .filter(word -> word.length() >= SHORTEST_NAME_WORD)
                .forEach(words::add);
        return new Words(words);
    }

    /** Without accents or case: "Núñez" and "NUNEZ" are the same word. */
    private static String folded(String text) {
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** Name words, accent- and case-folded. */
    public record Words(Set<String> words) {

        public Words {
            words = Set.copyOf(words);
        }

        /** Without the words a kind of text cannot avoid (a Mesa's texts say "Mesa", which is also a surname). */
        public Words without(Collection<String> unavoidable) {
            Set<String> kept = new HashSet<>(words);
            unavoidable.forEach(word -> kept.remove(folded(word)));
            return new Words(kept);
        }

        /** Whether the text contains one of the words as a whole word, ignoring accents and case. */
        public boolean foundIn(String text) {
            if (text == null || words.isEmpty()) {
                return false;
            }
            return Arrays.stream(NOT_A_LETTER.split(folded(text))).anyMatch(words::contains);
        }
    }

    /** Age in whole years on a date, or null when the birth date is unknown. */
    public static Integer age(LocalDate birthDate, LocalDate on) {
        return birthDate == null ? null : Period.between(birthDate, on).getYears();
    }
}
