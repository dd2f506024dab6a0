package cl.circuito.mesas.plan;

import java.time.LocalDate;

/** A plan covers a semester (January–June, July–December) or a whole year. Labels: {@code mesamembers.period.<VALUE>}. */
public enum PlanPeriod {
    SEMESTER,
    YEAR;

    public LocalDate start(int year, Integer semester) {
        return this == SEMESTER && semester == 2 ? LocalDate.of(year, 7, 1) : LocalDate.of(year, 1, 1);
    }

    public LocalDate end(int year, Integer semester) {
        return this == SEMESTER && semester == 1 ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
    }
}
