package cl.circuito.calendar.holidays;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The southern winter solstice (the June solstice), computed astronomically.
 *
 * <p>Ley 21.357 makes "el día del solsticio de invierno" the Día Nacional de los Pueblos Indígenas, so the
 * date moves between 20 and 21 June. The instant follows Jean Meeus, <i>Astronomical Algorithms</i>
 * (2nd ed.), chapter 27: mean solstice from table 27.B (years 1000–3000) corrected with the 24 periodic
 * terms of table 27.C. Meeus gives an accuracy of about a minute for this century, which only matters when
 * the solstice falls right at midnight in Chile.
 *
 * <p>The calendar date is taken in {@code America/Santiago}, the time of mainland Chile that the official
 * calendars use. This is what makes 2024 and 2025 fall on 20 June: in UTC the 2025 solstice is on
 * 21 June at 02:42, which is still 20 June at 22:42 in Santiago.
 */
final class WinterSolstice {

    static final ZoneId CHILE = ZoneId.of("America/Santiago");

    private static final double JULIAN_DAY_OF_UNIX_EPOCH = 2440587.5;
    private static final double SECONDS_PER_DAY = 86_400.0;

    /** Meeus table 27.C: amplitude A, phase B (degrees) and rate C (degrees per Julian century). */
    private static final double[][] PERIODIC_TERMS = {
            {485, 324.96, 1934.136}, {203, 337.23, 32964.467}, {199, 342.08, 20.186},
            {182, 27.85, 445267.112}, {156, 73.14, 45036.886}, {136, 171.52, 22518.443},
            {77, 222.54, 65928.934}, {74, 296.72, 3034.906}, {70, 243.58, 9037.513},
            {58, 119.81, 33718.147}, {52, 297.17, 150.678}, {50, 21.02, 2281.226},
            {45, 247.54, 29929.562}, {44, 325.15, 31555.956}, {29, 60.93, 4443.417},
            {18, 155.12, 67555.328}, {17, 288.79, 4562.452}, {16, 198.04, 62894.029},
            {14, 199.76, 31436.921}, {12, 95.39, 14577.848}, {12, 287.11, 31931.756},
            {12, 320.81, 34777.259}, {9, 227.73, 1222.114}, {8, 15.45, 16859.074},
    };

    private WinterSolstice() {
    }

    /** Calendar day of the June solstice in mainland Chile. */
    static LocalDate dateInChile(int year) {
        return instant(year).atZone(CHILE).toLocalDate();
    }

    /** Instant (UT) of the June solstice. */
    static Instant instant(int year) {
        if (year < 1000 || year > 3000) {
            throw new IllegalArgumentException("Solstice computation only valid for years 1000-3000, was " + year);
        }
        double julianEphemerisDay = julianEphemerisDay(year);
        double universalTimeJulianDay = julianEphemerisDay - deltaTSeconds(year) / SECONDS_PER_DAY;
        double secondsSinceEpoch = (universalTimeJulianDay - JULIAN_DAY_OF_UNIX_EPOCH) * SECONDS_PER_DAY;
        return Instant.ofEpochMilli(Math.round(secondsSinceEpoch * 1000.0));
    }

    /** Meeus chapter 27: Julian Ephemeris Day (Terrestrial Time) of the June solstice. */
    private static double julianEphemerisDay(int year) {
        double y = (year - 2000) / 1000.0;
        double meanSolstice = 2451716.56767 + 365241.62603 * y + 0.00325 * y * y
                + 0.00888 * y * y * y - 0.00030 * y * y * y * y;
        double t = (meanSolstice - 2451545.0) / 36525.0;
        double w = Math.toRadians(35999.373 * t - 2.47);
        double deltaLambda = 1 + 0.0334 * Math.cos(w) + 0.0007 * Math.cos(2 * w);
        double sum = 0;
        for (double[] term : PERIODIC_TERMS) {
            sum += term[0] * Math.cos(Math.toRadians(term[1] + term[2] * t));
        }
        return meanSolstice + 0.00001 * sum / deltaLambda;
    }

    /**
     * ΔT = TT − UT in seconds, from the Espenak–Meeus polynomials (NASA eclipse site). About 69 s in the
     * 2020s; the uncertainty for far future years is minutes, irrelevant unless the solstice is at midnight.
     */
    private static double deltaTSeconds(int year) {
        double t = year - 2000.0;
        if (year >= 2005 && year <= 2050) {
            return 62.92 + 0.32217 * t + 0.005589 * t * t;
        }
        double u = (year - 1820.0) / 100.0;
        if (year > 2050 && year <= 2150) {
            return -20 + 32 * u * u - 0.5628 * (2150 - year);
        }
        if (year >= 1986 && year < 2005) {
            return 63.86 + 0.3345 * t - 0.060374 * t * t + 0.0017275 * t * t * t
                    + 0.000651814 * t * t * t * t + 0.00002373599 * t * t * t * t * t;
        }
        return -20 + 32 * u * u;
    }
}
