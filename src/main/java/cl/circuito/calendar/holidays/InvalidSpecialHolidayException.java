package cl.circuito.calendar.holidays;

import cl.circuito.shared.DomainException;
import org.springframework.http.HttpStatus;

/**
 * A special holiday cannot be recorded as given (missing name or legal basis, malformed region or comuna
 * code, a duplicate...): 422, about one field of the special-holiday form ({@code holidayDate}, {@code name},
 * {@code legalBasis}, {@code scope}, {@code regionCode}, {@code comunaCode} or {@code createdBy}).
 * The Spanish text is the message key's, in {@code i18n/calendar.properties}.
 */
public class InvalidSpecialHolidayException extends DomainException {

    public InvalidSpecialHolidayException(String field, String messageKey, Object... arguments) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, messageKey, field, arguments);
    }
}
