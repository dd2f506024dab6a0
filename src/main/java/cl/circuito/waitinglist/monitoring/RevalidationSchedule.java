package cl.circuito.waitinglist.monitoring;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * When a waiting child's wait is re-validated: at each set point (whole weeks since the referral was received,
 * ascending; by default 12, 26 and 52), then every {@code repeatEveryWeeks} after the last one. A child is due once
 * its wait has crossed a set point and it has not been re-validated since the start of the month that point fell in:
 * a re-validation done early in that month, before the day itself, answers it too (the month's plan is worked all
 * month), and set points never fall twice in a month with sane settings, so one answer never hides a later point.
 *
 * @param setPointWeeks    ascending, positive
 * @param repeatEveryWeeks the interval after the last set point, positive
 */
public record RevalidationSchedule(List<Integer> setPointWeeks, int repeatEveryWeeks, long version) {

    /** What a program gets until the national team changes it (V56). */
    public static final RevalidationSchedule DEFAULT = new RevalidationSchedule(List.of(12, 26, 52), 26, 0);

    public RevalidationSchedule {
        setPointWeeks = List.copyOf(setPointWeeks);
        if (setPointWeeks.isEmpty() || repeatEveryWeeks <= 0) {
            throw new IllegalArgumentException("a schedule needs set points and a positive interval");
        }
        for (int i = 0; i < setPointWeeks.size(); i++) {
            if (setPointWeeks.get(i) <= 0 || (i > 0 && setPointWeeks.get(i) <= setPointWeeks.get(i - 1))) {
                throw new IllegalArgumentException("set points must be positive and ascending: " + setPointWeeks);
            }
        }
    }

    /** A set point a child's wait has crossed and nobody re-validated since. */
    public record Due(int setPointWeeks, LocalDate pointReachedOn) {
    }

    /** Whole weeks between receipt and {@code on}. */
    public static int weeksWaited(LocalDate receivedOn, LocalDate on) {
        return (int) Math.max(0, ChronoUnit.WEEKS.between(receivedOn, on));
    }

    /** The last set point a wait of this many weeks has reached, if any. */
    public Optional<Integer> latestPoint(int weeks) {
        Integer latest = null;
        for (int point : setPointWeeks) {
            if (point <= weeks) {
                latest = point;
            }
        }
        int last = setPointWeeks.get(setPointWeeks.size() - 1);
        if (weeks > last) {
            latest = last + (weeks - last) / repeatEveryWeeks * repeatEveryWeeks;
        }
        return Optional.ofNullable(latest);
    }

    /** The smallest wait (weeks) that ever makes a child due. */
    public int firstPoint() {
        return setPointWeeks.get(0);
    }

    /**
     * The set point due as of {@code asOf} (the month's last day, when planning a month), unless the child was
     * re-validated on or after the first day of the month that point fell in.
     */
    public Optional<Due> due(LocalDate receivedOn, LocalDate lastRevalidatedOn, LocalDate asOf) {
        return latestPoint(weeksWaited(receivedOn, asOf)).map(weeks -> new Due(weeks, receivedOn.plusWeeks(weeks)))
                .filter(due -> lastRevalidatedOn == null
                        || lastRevalidatedOn.isBefore(YearMonth.from(due.pointReachedOn()).atDay(1)));
    }
}
