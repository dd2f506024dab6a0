package cl.circuito.calendar.holidays;

import cl.circuito.shared.DomainException;
import org.springframework.http.HttpStatus;

/**
 * A date or year outside the years the calendar can compute ({@value ChileanHolidays#FIRST_SUPPORTED_YEAR} to
 * {@value ChileanHolidays#LAST_SUPPORTED_YEAR}): 422 on the field that carried it, never a 500.
 */
public class UnsupportedYearException extends DomainException {

    private final int year;

    UnsupportedYearException(String field, int year) {
        // Years go in as text: a number would be formatted "2.005" in Spanish.
        super(HttpStatus.UNPROCESSABLE_CONTENT, "error.calendar.unsupportedYear", field,
                FieldLabel.of(field), String.valueOf(year),
                String.valueOf(ChileanHolidays.FIRST_SUPPORTED_YEAR), String.valueOf(ChileanHolidays.LAST_SUPPORTED_YEAR));
        this.year = year;
    }

    public int year() {
        return year;
    }

    /** Throws unless {@code year} is within the supported range; {@code field} names where it came from. */
    public static void requireSupported(int year, String field) {
        if (year < ChileanHolidays.FIRST_SUPPORTED_YEAR || year > ChileanHolidays.LAST_SUPPORTED_YEAR) {
            throw new UnsupportedYearException(field, year);
        }
    }
}
