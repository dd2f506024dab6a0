package cl.circuito.calendar.holidays;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * The two laws that move a holiday away from its nominal date.
 */
final class HolidayShifts {

    private HolidayShifts() {
    }

    /**
     * Ley 19.668 (San Pedro y San Pablo, 29 June; Encuentro de Dos Mundos, 12 October): a holiday falling on
     * Tuesday, Wednesday or Thursday moves to the Monday of that same week; one falling on Friday moves to
     * the following Monday. Monday, Saturday and Sunday keep their date.
     */
    static LocalDate ley19668(LocalDate nominal) {
        return switch (nominal.getDayOfWeek()) {
            case TUESDAY, WEDNESDAY, THURSDAY ->
                    nominal.minusDays(nominal.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue());
            case FRIDAY -> nominal.plusDays(3);
            case MONDAY, SATURDAY, SUNDAY -> nominal;
        };
    }

    /**
     * Ley 20.299 art. 2 (Día Nacional de las Iglesias Evangélicas y Protestantes, 31 October): when the date is
     * a Tuesday the holiday moves to the Friday of the previous week; when it is a Wednesday, to the Friday of
     * the same week. Any other day keeps its date.
     */
    static LocalDate ley20299(LocalDate nominal) {
        return switch (nominal.getDayOfWeek()) {
            case TUESDAY -> nominal.minusDays(4);
            case WEDNESDAY -> nominal.plusDays(2);
            default -> nominal;
        };
    }
}
