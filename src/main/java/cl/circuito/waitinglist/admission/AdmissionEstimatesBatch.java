package cl.circuito.waitinglist.admission;

import cl.circuito.network.ProgramSummary;
import cl.circuito.waitinglist.ranking.ProgramRanking;
import cl.circuito.waitinglist.ranking.Ranking;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The inputs of {@link AdmissionEstimates#recompute} for many programs at once: three queries per batch of
 * programs (cases, the lists, the latest estimates), grouped by program, instead of five per program. The
 * estimate itself is the same per-program computation ({@link AdmissionEstimates#changes}), in memory.
 */
@Component
class AdmissionEstimatesBatch {

    /** Programs per transaction: few queries, and the programs' locks are held only for a moment. */
    static final int PROGRAMS_PER_BATCH = 250;

    private static final Logger log = LoggerFactory.getLogger(AdmissionEstimatesBatch.class);

    private final JdbcClient jdbc;

    AdmissionEstimatesBatch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The changes {@link AdmissionEstimates#pendingChanges} would find for each program, in three queries. A program
     * whose estimate cannot be computed (e.g. a date beyond the calendar's years) is logged and left out.
     */
    List<AdmissionEstimates.Change> changes(List<ProgramSummary> programs, YearMonth currentMonth,
                                            FirstBusinessDays firstBusinessDays) {
        UUID[] ids = programs.stream().map(ProgramSummary::id).toArray(UUID[]::new);
        Map<UUID, Cases> cases = cases(ids, currentMonth);
        Map<UUID, List<Ranking.Candidate>> waiting = new HashMap<>();
        Map<UUID, Integer> scheduled = new HashMap<>();
        onTheList(ids, waiting, scheduled);
        Map<UUID, AdmissionEstimates.Recorded> latest = latestDates(ids);

        List<AdmissionEstimates.Change> changes = new ArrayList<>();
        for (ProgramSummary program : programs) {
            List<Ranking.Candidate> candidates = waiting.getOrDefault(program.id(), List.of());
            if (candidates.isEmpty()) {
                continue;
            }
            try {
                Cases c = cases.getOrDefault(program.id(), Cases.NONE);
                Places places = Places.of(program.agreedCapacity(), c.active(),
                        scheduled.getOrDefault(program.id(), 0));
                AdmissionEstimate.ExitRate rate = AdmissionEstimate.rate(c.closed(),
                        c.since() != null && !c.since().isAfter(windowStart(currentMonth)), program.agreedCapacity());
                changes.addAll(AdmissionEstimates.changes(program.id(), Ranking.order(candidates), places.free(), rate,
                        latest, firstBusinessDays.of(program.comunaCode()), currentMonth));
            } catch (RuntimeException e) {
                log.error("Estimated admission dates of program {} not recomputed", program.id(), e);
            }
        }
        return changes;
    }

    private static LocalDate windowStart(YearMonth currentMonth) {
        return currentMonth.minusMonths(AdmissionEstimate.OBSERVED_MONTHS).atDay(1);
    }

    /** Open cases, cases closed in the six-month window, and the first admission, as {@code exitRate} counts them. */
    private record Cases(int active, int closed, LocalDate since) {
        static final Cases NONE = new Cases(0, 0, null);
    }

    private Map<UUID, Cases> cases(UUID[] ids, YearMonth currentMonth) {
        Map<UUID, Cases> cases = new HashMap<>();
        jdbc.sql("""
                        select program_id,
                               count(*) filter (where closed_on is null) as active,
                               count(*) filter (where closed_on >= :from and closed_on < :to) as closed,
                               min(admitted_on) as since
                          from active_case
                         where program_id = any(:ids)
                         group by program_id
                        """)
                .param("ids", ids)
                .param("from", windowStart(currentMonth))
                .param("to", currentMonth.atDay(1))
                .query((rs, n) -> {
                    Date since = rs.getDate("since");
                    return cases.put(rs.getObject("program_id", UUID.class), new Cases(rs.getInt("active"),
                            rs.getInt("closed"), since == null ? null : since.toLocalDate()));
                })
                .list();
        return cases;
    }

    /** The waiting children as {@link ProgramRanking} reads them, and the admissions scheduled, per program. */
    private void onTheList(UUID[] ids, Map<UUID, List<Ranking.Candidate>> waiting, Map<UUID, Integer> scheduled) {
        jdbc.sql("""
                        select program_id, status, id, priority, priority_score, received_on, registered_at,
                               manual_position, manual_position_at
                          from waiting_list_entry
                         where program_id = any(:ids) and status in ('WAITING', 'SCHEDULED')
                        """)
                .param("ids", ids)
                .query((rs, n) -> {
                    UUID programId = rs.getObject("program_id", UUID.class);
                    if (!"WAITING".equals(rs.getString("status"))) {
                        return scheduled.merge(programId, 1, Integer::sum);
                    }
                    Timestamp manualAt = rs.getTimestamp("manual_position_at");
                    waiting.computeIfAbsent(programId, id -> new ArrayList<>()).add(new Ranking.Candidate(
                            rs.getObject("id", UUID.class),
                            (Integer) rs.getObject("priority", Integer.class),
                            (Integer) rs.getObject("priority_score", Integer.class),
                            rs.getDate("received_on").toLocalDate(),
                            rs.getTimestamp("registered_at").toInstant(),
                            (Integer) rs.getObject("manual_position", Integer.class),
                            manualAt == null ? null : manualAt.toInstant()));
                    return 0;
                })
                .list();
    }

    private Map<UUID, AdmissionEstimates.Recorded> latestDates(UUID[] ids) {
        Map<UUID, AdmissionEstimates.Recorded> latest = new HashMap<>();
        jdbc.sql("""
                        select distinct on (entry_id) entry_id, estimated_on, latest_on
                          from admission_estimate
                         where program_id = any(:ids)
                         order by entry_id, computed_at desc
                        """)
                .param("ids", ids)
                .query((rs, n) -> latest.put(rs.getObject("entry_id", UUID.class), AdmissionEstimates.recorded(rs)))
                .list();
        return latest;
    }
}
