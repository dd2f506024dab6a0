package cl.circuito.calendar;

/**
 * A special holiday cannot be recorded as given (missing name or legal basis, malformed region or comuna
 * code, duplicate...). The message is in Spanish and can be shown to the administrator as is.
 */
public class InvalidSpecialHolidayException extends IllegalArgumentException {

    public InvalidSpecialHolidayException(String message) {
        super(message);
    }
}
