package cl.circuito.waitinglist.entry;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates as Chilean tables show them: 20-12-2018. */
public final class DateText {

    private static final DateTimeFormatter TABLE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private DateText() {
    }

    public static String of(LocalDate date) {
        return date == null ? "—" : TABLE.format(date);
    }
}
