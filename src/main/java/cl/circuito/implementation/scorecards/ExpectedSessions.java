package cl.circuito.implementation.scorecards;

import cl.circuito.mesas.Frequency;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How many sessions a Mesa's frequency asks for between {@code start} (January 1st or its founding, whichever
 * is later) and {@code end} (December 31st, or today in the current year): one per whole period (a month, 14
 * days, the custom interval), and one more for the last part-period when at least half of it has gone by. A
 * custom Mesa without an interval dates each session by hand: its expected sessions are the ones it dated.
 */
final class ExpectedSessions {

    private ExpectedSessions() {
    }

    static int between(Frequency frequency, Integer customIntervalDays, LocalDate start, LocalDate end, int dated) {
        if (end.isBefore(start)) {
            return 0;
        }
        LocalDate endExclusive = end.plusDays(1);
        switch (frequency) {
            case MONTHLY: {
                long months = ChronoUnit.MONTHS.between(start, endExclusive);
                LocalDate afterWhole = start.plusMonths(months);
                long rest = ChronoUnit.DAYS.between(afterWhole, endExclusive);
                long length = ChronoUnit.DAYS.between(afterWhole, afterWhole.plusMonths(1));
                return (int) (months + (2 * rest >= length ? 1 : 0));
            }
            case BIWEEKLY:
                return byDays(start, endExclusive, 14);
            default:
                return customIntervalDays == null ? dated : byDays(start, endExclusive, customIntervalDays);
        }
    }

    private static int byDays(LocalDate start, LocalDate endExclusive, int length) {
        long days = ChronoUnit.DAYS.between(start, endExclusive);
        return (int) (days / length + (2 * (days % length) >= length ? 1 : 0));
    }
}
