package cl.circuito.waitinglist.entry;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A program's list counted without reading the list. A trigger on waiting_list_entry appends a line to
 * entry_tally_change for every change that moves a count (V34); this job moves the lines into the tallies now and
 * then. Reads add the tallies and the lines still waiting ({@link #READ}), so they are exact whether or not the
 * job has run: folding only keeps the lines few. Writers never wait for one another on a counter.
 */
@Component
public class EntryTally {

    private static final Logger log = LoggerFactory.getLogger(EntryTally.class);

    /**
     * Common table expressions over the programs {@code :programIds}: {@code tally_by_state} (program_id, status,
     * priority — 0 when not assessed —, never_monitored, n), {@code tally_by_day} (program_id, received_on, n: the
     * children waiting received that day, only days with some) and {@code tally_by_month} (program_id, month,
     * received, exited, admitted). PostgreSQL computes only those a statement uses.
     */
    public static final String READ = """
             unfolded as (
                select * from entry_tally_change where program_id in (:programIds)
            ), tally_by_state as (
                select program_id, status, priority, never_monitored, sum(n) as n
                  from (select program_id, status, priority, never_monitored, n from entry_tally
                         where program_id in (:programIds)
                        union all
                        select program_id, status, priority, never_monitored, n from unfolded) t
                 group by program_id, status, priority, never_monitored
            ), tally_by_day as (
                select program_id, received_on, sum(n) as n
                  from (select program_id, received_on, n from entry_waiting_day where program_id in (:programIds)
                        union all
                        select program_id, received_on, n from unfolded where status = 'WAITING') t
                 group by program_id, received_on
                having sum(n) > 0
            ), tally_by_month as (
                select program_id, month, sum(received) as received, sum(exited) as exited, sum(admitted) as admitted
                  from (select program_id, month, received, exited, admitted from entry_month_flow
                         where program_id in (:programIds)
                        union all
                        select program_id, date_trunc('month', received_on)::date, n, 0, 0 from unfolded
                        union all
                        select program_id, date_trunc('month', exited_on)::date, 0, n,
                               case when admitted then n else 0 end
                          from unfolded where exited_on is not null) t
                 group by program_id, month
            )
            """;

    private final JdbcClient jdbc;

    EntryTally(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Every minute, on one node at a time (ShedLock locks only methods returning nothing: {@link #fold()} gives the
     * count to whoever calls it directly).
     */
    @Scheduled(fixedDelayString = "${circuito.tally.fold-every:PT1M}", initialDelayString = "PT30S")
    @SchedulerLock(name = "entry-tally-fold", lockAtMostFor = "PT10M")
    public void foldNow() {
        int folded = fold();
        if (folded > 0) {
            log.debug("Folded {} list tally lines", folded);
        }
    }

    /**
     * Moves the lines written so far into the tallies, in one statement (entry_tally_fold). Two at once would still
     * be right (the second finds the lines gone), only slower.
     *
     * @return how many lines were folded
     */
    @Transactional
    public int fold() {
        return jdbc.sql("select entry_tally_fold()").query(Integer.class).single();
    }
}
