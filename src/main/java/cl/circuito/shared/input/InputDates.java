package cl.circuito.shared.input;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;

/**
 * The dates Circuito accepts from outside, on both channels. Every date a user can type is stored, computed on
 * (business days, holidays by law, ages) and rendered; a year 0 does not exist in PostgreSQL and a year 3001
 * has no calendar of holidays. Business rules narrow this further (a receipt not in the future, a session at
 * most two years ahead); this is the outer fence, so no value outside it reaches a service.
 */
public final class InputDates {

    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    // ISO first (what <input type="date"> and the API send), then how people write dates in Chile.
    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT));
    private static final DateTimeFormatter MONTH_FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM").withResolverStyle(ResolverStyle.STRICT);

    private InputDates() {
    }

    /** @return the date, or null for blank text; {@link IllegalArgumentException} when it is not a date within range */
    public static LocalDate parseDate(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.strip();
        for (DateTimeFormatter format : DATE_FORMATS) {
            try {
                return requireWithin(LocalDate.parse(trimmed, format));
            } catch (DateTimeParseException e) {
                // try the next way of writing it
            }
        }
        throw new IllegalArgumentException("Not a date: " + trimmed);
    }

    /** @return the month ({@code 2026-12}), or null for blank text */
    public static YearMonth parseMonth(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            YearMonth month = YearMonth.parse(text.strip(), MONTH_FORMAT);
            requireWithin(month.atDay(1));
            return month;
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("Not a month: " + text, e);
        }
    }

    public static LocalDate requireWithin(LocalDate date) {
        if (date != null && (date.isBefore(EARLIEST) || date.isAfter(LATEST))) {
            throw new OutOfRange(date);
        }
        return date;
    }

    /** A well-written date outside the fence: a caller may say "too early" or "too late" rather than "not a date". */
    public static final class OutOfRange extends IllegalArgumentException {

        private final transient LocalDate date;

        OutOfRange(LocalDate date) {
            super("Date out of range: " + date);
            this.date = date;
        }

        public LocalDate date() {
            return date;
        }
    }

    public static boolean within(LocalDate date) {
        return date == null || !(date.isBefore(EARLIEST) || date.isAfter(LATEST));
    }
}
