package cl.circuito.mesas.mesa;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates as messages show them (dd-MM-yyyy): message arguments are text, MessageFormat cannot format a LocalDate. */
public final class MesaDates {

    private static final DateTimeFormatter TABLE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private MesaDates() {
    }

    public static String text(LocalDate date) {
        return date == null ? "" : TABLE.format(date);
    }
}
