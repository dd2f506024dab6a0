package cl.circuito.mesas.sessions;

import cl.circuito.shared.text.ChileanDates;
import cl.circuito.mesas.mesa.MesaRuleViolation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;

/**
 * What a session's date is held against: today, whether the date is a business day of the Mesa's comuna (and
 * if not, why), and whether the user confirmed such a date. A Saturday, a Sunday or a holiday is legal but rarely
 * meant, so it needs the user's confirmation; a date more than {@value #YEARS_AHEAD} years ahead is refused (no
 * Mesa plans that far, and such a date is a typing slip).
 *
 * @param holiday the holiday's name when the date is one in the comuna, else null
 */
record SessionDateCheck(LocalDate today, boolean businessDay, String holiday, boolean confirmed) {

    static final int YEARS_AHEAD = 2;

    /** The refusals a confirmation overrides: the pages offer the confirmation when they see one. */
    static final java.util.Set<String> CONFIRMATION_KEYS = java.util.Set.of("mesasessions.error.weekend",
            "mesasessions.error.holiday");

    /** The last date a session may have. */
    LocalDate latest() {
        return today.plusYears(YEARS_AHEAD);
    }

    /** The same date, taken as confirmed: a session keeps a date already accepted when only its time or place changes. */
    SessionDateCheck confirmedAlready() {
        return new SessionDateCheck(today, businessDay, holiday, true);
    }

    /** Refuses {@code date} on {@code field}: too far ahead, or not a business day without confirmation. */
    void require(LocalDate date, String field) {
        if (date.isAfter(latest())) {
            throw MesaRuleViolation.invalid(field, "mesasessions.error.tooFarAhead", ChileanDates.day(latest()));
        }
        if (businessDay || confirmed) {
            return;
        }
        if (holiday != null) {
            throw MesaRuleViolation.invalid(field, "mesasessions.error.holiday", ChileanDates.day(date), holiday);
        }
        throw MesaRuleViolation.invalid(field, "mesasessions.error.weekend", ChileanDates.day(date), dayName(date));
    }

    static String dayName(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day.getDisplayName(TextStyle.FULL, MesaScheduling.CHILE);
    }
}
