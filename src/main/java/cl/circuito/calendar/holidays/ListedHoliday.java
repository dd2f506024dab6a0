package cl.circuito.calendar.holidays;

import cl.circuito.calendar.Holiday;

import java.util.Objects;
import java.util.UUID;

/**
 * A holiday as a page lists it: the holiday itself and, when it was recorded by the administrator (a special
 * law for a single date), which record it is and where it applies, so that it can be shown and deleted.
 *
 * @param holiday          the holiday
 * @param specialHolidayId id of the special holiday, or {@code null} for a permanent rule
 * @param scope            where the special holiday applies, or {@code null} for a permanent rule
 */
public record ListedHoliday(Holiday holiday, UUID specialHolidayId, HolidayScope scope) {

    public ListedHoliday {
        Objects.requireNonNull(holiday, "holiday");
        if ((specialHolidayId == null) != (scope == null)) {
            throw new IllegalArgumentException("A special holiday needs both its id and its scope");
        }
    }

    public static ListedHoliday ofRule(Holiday holiday) {
        return new ListedHoliday(holiday, null, null);
    }

    public static ListedHoliday of(SpecialHoliday special) {
        return new ListedHoliday(special.toHoliday(), special.getId(), special.scope());
    }

    /** Whether this row was recorded by the administrator, and so may be deleted; permanent rules may not. */
    public boolean isEditable() {
        return specialHolidayId != null;
    }
}
