package cl.circuito.shared.documents;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as letters write them: "22 de noviembre de 2026". Tables use dd-MM-yyyy instead. */
public final class LongDates {

    private static final DateTimeFormatter LONG =
            DateTimeFormatter.ofPattern("d 'de' MMMM 'de' yyyy", Locale.forLanguageTag("es-CL"));

    private LongDates() {
    }

    public static String of(LocalDate date) {
        return date == null ? null : LONG.format(date);
    }
}
