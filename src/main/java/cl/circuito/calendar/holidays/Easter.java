package cl.circuito.calendar.holidays;

import java.time.LocalDate;

/**
 * Gregorian Easter Sunday (the "anonymous Gregorian" computus, as given by Meeus/Jones/Butcher).
 *
 * <p>Needed because Viernes Santo and Sábado Santo (Ley 2.977) are the Friday and Saturday before it.
 */
final class Easter {

    private Easter() {
    }

    static LocalDate sunday(int year) {
        int goldenNumber = year % 19;
        int century = year / 100;
        int yearOfCentury = year % 100;
        int skippedLeapYears = century / 4;
        int centuryRemainder = century % 4;
        int lunarCorrection = (century + 8) / 25;
        int solarCorrection = (century - lunarCorrection + 1) / 3;
        int epact = (19 * goldenNumber + century - skippedLeapYears - solarCorrection + 15) % 30;
        int leapYearsInCentury = yearOfCentury / 4;
        int yearRemainder = yearOfCentury % 4;
        int weekdayOffset = (32 + 2 * centuryRemainder + 2 * leapYearsInCentury - epact - yearRemainder) % 7;
        int correction = (goldenNumber + 11 * epact + 22 * weekdayOffset) / 451;
        int monthAndDay = epact + weekdayOffset - 7 * correction + 114;
        int month = monthAndDay / 31;
        int day = monthAndDay % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
