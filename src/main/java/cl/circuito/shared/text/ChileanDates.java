package cl.circuito.shared.text;

import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Every date and time a user reads, written one way: tables and messages "20-12-2018", letters "22 de noviembre
 * de 2026", months "octubre de 2026", and an instant always as the hour in Chile, whatever zone the server runs
 * in. Java code calls the static methods; templates reach the same methods as {@code ${@dates.day(date)}}. Input
 * is read elsewhere ({@code shared.input.InputDates}). A missing date reads as a dash, except in a letter's long
 * date ({@link #longDay}).
 */
@Component("dates")
public final class ChileanDates {

    /** Chile's time zone: deadlines, "today" and the hour of an instant are Chile's (as circuito.zone-id). */
    public static final ZoneId CHILE = ZoneId.of("America/Santiago");

    static final String NONE = "—";

    private static final Locale SPANISH = Locale.forLanguageTag("es-CL");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter LONG_DAY = DateTimeFormatter.ofPattern("d 'de' MMMM 'de' yyyy", SPANISH);
    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEEE d 'de' MMMM 'de' yyyy", SPANISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM 'de' yyyy", SPANISH);
    private static final DateTimeFormatter SHORT_MONTH = DateTimeFormatter.ofPattern("MMM yyyy", SPANISH);

    ChileanDates() {
    }

    /** "20-12-2018". */
    public static String day(LocalDate date) {
        return date == null ? NONE : DAY.format(date);
    }

    /** "20-12-2018 14:05", the hour in Chile. */
    public static String dayAndTime(Instant instant) {
        return instant == null ? NONE : DAY_AND_TIME.format(instant.atZone(CHILE));
    }

    /** "20-12-2018 14:05". */
    public static String dayAndTime(LocalDateTime dateTime) {
        return dateTime == null ? NONE : DAY_AND_TIME.format(dateTime);
    }

    /** "14:05". */
    public static String time(LocalTime time) {
        return time == null ? NONE : TIME.format(time);
    }

    /** "14:05", the hour in Chile. */
    public static String time(Instant instant) {
        return instant == null ? NONE : TIME.format(instant.atZone(CHILE));
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

    /** A month as people say it: "octubre de 2026". */
    public static String month(YearMonth month) {
        return month == null ? NONE : MONTH.format(month);
    }

    /** A month on a chart's axis: "oct. 2026". */
    public static String shortMonth(YearMonth month) {
        return month == null ? NONE : SHORT_MONTH.format(month);
    }
}
