package cl.circuito.waitinglist.monitoring;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

/**
 * A program's monitoring in a month: children planned (those on the list, and those who left it after being
 * monitored in the month: a child admitted or exited mid-month without monitoring leaves the plan), planned
 * children already monitored in that month (for a program with a support professional, only an in-person
 * interview counts), and waiting children never monitored at all (whatever the month).
 *
 * @param kind null when the month has no plan yet
 */
public record MonitoringProgress(UUID programId, YearMonth month, MonitoringPlanKind kind, int planned, int done,
                                 int neverMonitored) {

    public boolean hasPlan() {
        return kind != null;
    }

    /** Planned children not monitored yet in the month. */
    public int pending() {
        return planned - done;
    }

    /** Whole percent of the plan done (0 when nothing is planned). */
    public int percentDone() {
        return planned == 0 ? 0 : done * 100 / planned;
    }

    /**
     * How many planned children should be monitored by {@code today} at an even pace: the plan times the
     * share of the month's calendar days already over (days before today), rounded down. A past month
     * expects the whole plan; a future month nothing yet.
     */
    public int expectedBy(LocalDate today) {
        YearMonth current = YearMonth.from(today);
        if (month.isAfter(current)) {
            return 0;
        }
        if (month.isBefore(current)) {
            return planned;
        }
        return planned * (today.getDayOfMonth() - 1) / month.lengthOfMonth();
    }

    /** Behind plan: fewer children monitored than the even pace expects by today. */
    public boolean behindOn(LocalDate today) {
        return hasPlan() && done < expectedBy(today);
    }
}
