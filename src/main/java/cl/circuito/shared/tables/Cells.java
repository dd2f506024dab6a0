package cl.circuito.shared.tables;

import cl.circuito.shared.input.InputDates;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The values people write in a sheet's cells, read as leniently as the meaning allows and no further: a date
 * that could be two dates is refused, not guessed.
 */
public final class Cells {

    private static final List<DateTimeFormatter> FULL_YEAR = List.of(
            DateTimeFormatter.ofPattern("uuuu-M-d").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT));
    /** "4/12/26": day, month, two-digit year, in that order, as written in Chile. */
    private static final Pattern SHORT_YEAR = Pattern.compile("^(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{2})$");
    /** "04-12-2026 0:00:00" or "2026-12-04T00:00": Excel and other systems add a time nobody meant. */
    private static final Pattern TIME_PART = Pattern.compile("^(\\S+)[ T]\\d{1,2}:\\d{2}(:\\d{2})?(\\.\\d+)?$");
    /** An Excel date that reached a CSV as its serial number (days since 30-12-1899): 1 Jan 1990 to 31 Dec 2100. */
    private static final Pattern SERIAL = Pattern.compile("^\\d{5}$");
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final int SERIAL_FROM = 32874;
    private static final int SERIAL_TO = 73415;

    private static final Set<String> YES = Set.of("si", "s", "x", "1", "true", "verdadero", "yes");
    private static final Set<String> NO = Set.of("no", "n", "0", "false", "falso");

    private Cells() {
    }

    /**
     * @param today sets the century of a two-digit year: "26" is 2026 when that is not in the future, else 1926
     * @return the date, or null for an empty cell; {@link IllegalArgumentException} when it is not one
     */
    public static LocalDate date(String text, LocalDate today) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        Matcher time = TIME_PART.matcher(value);
        if (time.matches()) {
            value = time.group(1);
        }
        if (SERIAL.matcher(value).matches()) {
            int serial = Integer.parseInt(value);
            if (serial >= SERIAL_FROM && serial <= SERIAL_TO) {
                return EXCEL_EPOCH.plusDays(serial);
            }
        }
        Matcher shortYear = SHORT_YEAR.matcher(value);
        if (shortYear.matches()) {
            int twoDigits = Integer.parseInt(shortYear.group(3));
            int year = 2000 + twoDigits <= today.getYear() ? 2000 + twoDigits : 1900 + twoDigits;
            try {
                return InputDates.requireWithin(LocalDate.of(year, Integer.parseInt(shortYear.group(2)),
                        Integer.parseInt(shortYear.group(1))));
            } catch (java.time.DateTimeException notADay) {
                throw new IllegalArgumentException("Not a date: " + value, notADay);
            }
        }
        for (DateTimeFormatter format : FULL_YEAR) {
            try {
                return InputDates.requireWithin(LocalDate.parse(value, format));
            } catch (DateTimeParseException e) {
                // the next way of writing it
            }
        }
        throw new IllegalArgumentException("Not a date: " + value);
    }

    /** "Sí", "si", "X", "1" → true; "No", "0" → false; empty → null; anything else {@link IllegalArgumentException}. */
    public static Boolean yesNo(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String folded = Headers.fold(text);
        if (YES.contains(folded)) {
            return true;
        }
        if (NO.contains(folded)) {
            return false;
        }
        throw new IllegalArgumentException("Not yes or no: " + text);
    }

    /** "2", "2.0" (a number cell), "2,0" → 2; empty → null; anything else {@link IllegalArgumentException}. */
    public static Integer wholeNumber(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip().replace(',', '.');
        try {
            return new java.math.BigDecimal(value).intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("Not a whole number: " + text, e);
        }
    }
}
