package cl.circuito.shared.text;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * Every date and time a user reads, written one way: tables and messages "20-12-2018", letters "22 de noviembre
 * de 2026", months "octubre de 2026", and an instant always as the hour in Chile, whatever zone the server runs
 * in. Java code calls the static methods; templates reach the same methods as {@code ${#chileanDates.day(date)}}
 * ({@link ChileanDatesDialect}). Input
 * is read elsewhere ({@code shared.input.InputDates}). A missing date reads as a dash, except in a letter's long
 * date ({@link #longDay}).
 */
public final class ChileanDates {

    /** Chile's time zone: deadlines, "today" and the hour of an instant are Chile's (the clock's too). */
    public static final ZoneId CHILE = ZoneId.of("America/Santiago");

    static final String NONE = "—";

    private static final Locale SPANISH = Locale.forLanguageTag("es-CL");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");
    private static final DateTimeFormatter TO_THE_SECOND = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter LONG_DAY = DateTimeFormatter.ofPattern("d 'de' MMMM 'de' yyyy", SPANISH);
    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEEE d 'de' MMMM 'de' yyyy", SPANISH);
    private static final DateTimeFormatter WEEKDAY_AND_DAY = DateTimeFormatter.ofPattern("EEEE dd-MM-yyyy", SPANISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM 'de' yyyy", SPANISH);
    private static final DateTimeFormatter NUMERIC_MONTH = DateTimeFormatter.ofPattern("MM-yyyy");
    private static final DateTimeFormatter SHORT_MONTH = DateTimeFormatter.ofPattern("MMM yyyy", SPANISH);

    ChileanDates() {
    }

    /** "20-12-2018": a date, or the day in Chile of an instant. */
    public static String day(TemporalAccessor date) {
        return date == null ? NONE : DAY.format(inChile(date));
    }

    /** "20-12-2018 14:05", the hour in Chile. */
    public static String dayAndTime(TemporalAccessor dateTime) {
        return dateTime == null ? NONE : DAY_AND_TIME.format(inChile(dateTime));
    }

    /** "20-12-2018 14:05:09", the hour in Chile: the audit trail, where the second is evidence. */
    public static String dayAndTimeToTheSecond(TemporalAccessor dateTime) {
        return dateTime == null ? NONE : TO_THE_SECOND.format(inChile(dateTime));
    }

    /** "14:05", the hour in Chile. */
    public static String time(TemporalAccessor time) {
        return time == null ? NONE : TIME.format(inChile(time));
    }

    /**
     * As letters write a date: "22 de noviembre de 2026"; null when there is no date, so that a letter's field
     * stays unfilled (its placeholder shows what is missing) instead of reading as a dash.
     */
    public static String longDay(LocalDate date) {
        return date == null ? null : LONG_DAY.format(date);
    }

    /** "lunes 7 de diciembre de 2026". */
    public static String weekday(LocalDate date) {
        return date == null ? NONE : WEEKDAY.format(date);
    }

    /** "martes 08-04-2025": a session's date in a list. */
    public static String weekdayAndDay(LocalDate date) {
        return date == null ? NONE : WEEKDAY_AND_DAY.format(date);
    }

    /** A month as people say it: "octubre de 2026" (of a month or of a date in it). */
    public static String month(TemporalAccessor month) {
        return month == null ? NONE : MONTH.format(month);
    }

    /** A month in a table's narrow column: "10-2026". */
    public static String numericMonth(TemporalAccessor month) {
        return month == null ? NONE : NUMERIC_MONTH.format(month);
    }

    /** A month on a chart's axis: "oct. 2026". */
    public static String shortMonth(TemporalAccessor month) {
        return month == null ? NONE : SHORT_MONTH.format(month);
    }

    /** An instant (or a zoned time) as the same moment in Chile; dates and local times as they are. */
    private static TemporalAccessor inChile(TemporalAccessor value) {
        if (value instanceof Instant instant) {
            return instant.atZone(CHILE);
        }
        if (value instanceof ZonedDateTime zoned) {
            return zoned.withZoneSameInstant(CHILE);
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.atZoneSameInstant(CHILE);
        }
        return value;
    }
}
