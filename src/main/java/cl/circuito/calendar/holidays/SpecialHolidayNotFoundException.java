package cl.circuito.calendar.holidays;

import cl.circuito.shared.NotFound;

import java.util.UUID;

/** No special holiday has the given id (perhaps someone else deleted it): 404. */
public class SpecialHolidayNotFoundException extends NotFound {

    private final UUID id;

    public SpecialHolidayNotFoundException(UUID id) {
        super("specialHoliday");
        this.id = id;
    }

    public UUID id() {
        return id;
    }
}
