package cl.circuito.calendar;

import java.util.NoSuchElementException;
import java.util.UUID;

/** No special holiday has the given id. The message is in Spanish. */
public class SpecialHolidayNotFoundException extends NoSuchElementException {

    public SpecialHolidayNotFoundException(UUID id) {
        super("No existe un feriado especial con identificador " + id + ".");
    }
}
