package cl.circuito.calendar.holidays;

import cl.circuito.shared.DomainException;
import org.springframework.http.HttpStatus;

/**
 * A question to the calendar that cannot be answered as asked (a malformed comuna code, a negative term): 422 on
 * the field concerned ({@code comuna} or {@code days}).
 */
public class InvalidCalendarQueryException extends DomainException {

    private InvalidCalendarQueryException(String field, String messageKey) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, messageKey, field, FieldLabel.of(field));
    }

    static InvalidCalendarQueryException malformedComuna() {
        return new InvalidCalendarQueryException("comuna", "error.calendar.malformedComuna");
    }

    public static InvalidCalendarQueryException negativeDays() {
        return new InvalidCalendarQueryException("days", "error.calendar.negativeDays");
    }
}
