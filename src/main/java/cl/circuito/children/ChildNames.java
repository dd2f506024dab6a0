package cl.circuito.children;

import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * How a child is named and aged everywhere, from the registry's fields: the entity and the read models
 * (which select the columns in their own SQL) must say the same.
 */
public final class ChildNames {

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

    /** Age in whole years on a date, or null when the birth date is unknown. */
    public static Integer age(LocalDate birthDate, LocalDate on) {
        return birthDate == null ? null : Period.between(birthDate, on).getYears();
    }
}
