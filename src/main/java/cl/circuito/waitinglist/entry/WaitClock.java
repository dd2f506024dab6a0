package cl.circuito.waitinglist.entry;

import cl.circuito.calendar.BusinessCalendar;
import cl.circuito.waitinglist.WaitTargets;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/**
 * How long open children have waited, in business days of the program's comuna from receipt to today, against the
 * program's target wait ({@link WaitTargets}). Set-based: since the wait only grows as the receipt date goes back,
 * "over the target" is "received before a cutoff date", one per program and day, so the list filters and the
 * dashboard counts on {@code received_on} in SQL; the page's rows are counted with one calendar counter.
 */
@Component
public class WaitClock {

    private final BusinessCalendar calendar;
    private final WaitTargets targets;
    private final JdbcClient jdbc;

    WaitClock(BusinessCalendar calendar, WaitTargets targets, JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.targets = targets;
    }

    /**
     * A child's wait against the target.
     *
     * @param breached          waited more business days than the target
     * @param breachesThisMonth not breached yet, but will be by the end of the current month if not admitted
     */
    public record Wait(int waitedBusinessDays, int targetBusinessDays, boolean breached, boolean breachesThisMonth) {
    }

    /**
     * One program's cutoffs today: an open child received before {@code breachedBefore} is over the target; one
     * received on or after it and before {@code breachingBefore} will be by the end of the month.
     */
    public record Cutoffs(int targetBusinessDays, boolean inheritedTarget, LocalDate today, LocalDate breachedBefore, LocalDate breachingBefore,
                          BusinessCalendar.Counter counter) {

        /** The wait of an open child received on {@code receivedOn}. */
        public Wait of(LocalDate receivedOn) {
            int waited = Math.max(0, counter.businessDaysBetween(receivedOn, today));
            boolean breached = receivedOn.isBefore(breachedBefore);
            return new Wait(waited, targetBusinessDays, breached, !breached && receivedOn.isBefore(breachingBefore));
        }
    }

    /** The cutoffs of a program in its comuna today. */
    public Cutoffs cutoffs(UUID programId, String comunaCode, LocalDate today) {
        WaitTargets.WaitTarget target = targets.of(List.of(programId)).get(programId);
        return cutoffs(target.businessDays(), target.inherited(), calendar.counter(comunaCode), today);
    }

    static Cutoffs cutoffs(int target, boolean inherited, BusinessCalendar.Counter counter, LocalDate today) {
        LocalDate monthEnd = YearMonth.from(today).atEndOfMonth();
        return new Cutoffs(target, inherited, today, businessDayBack(counter, today, target + 1),
                businessDayBack(counter, monthEnd, target + 1), counter);
    }

    /** How many open children of the program are over the target, and how many will be by the end of the month. */
    public record Counts(int breached, int breachingThisMonth) {
    }

    /** The program's counts, in one statement on the receipt dates (no calendar per row). */
    public Counts counts(UUID programId, Cutoffs cutoffs) {
        return jdbc.sql("""
                        select count(*) filter (where received_on < :breachedBefore) as breached,
                               count(*) filter (where received_on >= :breachedBefore
                                                  and received_on < :breachingBefore) as breaching
                          from waiting_list_entry
                         where program_id = :programId and status <> 'EXITED' and disposed_on is null
                        """)
                .param("programId", programId)
                .param("breachedBefore", cutoffs.breachedBefore())
                .param("breachingBefore", cutoffs.breachingBefore())
                .query((rs, n) -> new Counts(rs.getInt("breached"), rs.getInt("breaching")))
                .single();
    }

    /**
     * The n-th business day counting back from {@code from} (itself the first when a business day). A child received
     * before it has more than n − 1 business days in (receipt, from]; one received on or after it, at most n − 1.
     */
    static LocalDate businessDayBack(BusinessCalendar.Counter counter, LocalDate from, int n) {
        LocalDate day = from;
        int counted = 0;
        while (true) {
            if (counter.businessDaysBetween(day.minusDays(1), day) == 1 && ++counted == n) {
                return day;
            }
            day = day.minusDays(1);
        }
    }
}
