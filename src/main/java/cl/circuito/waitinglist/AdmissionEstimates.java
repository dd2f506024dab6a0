package cl.circuito.waitinglist;

import cl.circuito.calendar.BusinessCalendar;
import cl.circuito.network.ProgramDirectory;
import cl.circuito.network.ProgramSummary;
import cl.circuito.shared.NotFound;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Keeps every waiting child's estimated admission date up to date, as history: a new row only when the date
 * changes (what the referrer was told is kept; letters drafts an oficio from each change). Runs after every
 * change that moves the ranking or the places, and nightly for every program (months turn, holidays change).
 */
@Service
public class AdmissionEstimates {

    private static final Logger log = LoggerFactory.getLogger(AdmissionEstimates.class);

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;
    private final ProgramDirectory programs;
    private final ProgramPlaces places;
    private final ProgramRanking ranking;
    private final BusinessCalendar calendar;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    AdmissionEstimates(JdbcClient jdbc, NamedParameterJdbcTemplate batch, ProgramDirectory programs,
                       ProgramPlaces places, ProgramRanking ranking, BusinessCalendar calendar,
                       ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.programs = programs;
        this.places = places;
        this.ranking = ranking;
        this.calendar = calendar;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Recomputes the estimate of every waiting child of the program, in a constant number of queries (places,
     * ranking, exit rate, latest estimates, one batch insert), whatever the length of the list.
     *
     * @return how many children got a new estimated date
     */
    @Transactional
    public int recompute(UUID programId) {
        ProgramSummary program = programs.find(programId).orElseThrow(() -> new NotFound("program"));
        // Two recomputations of one program must not both record the same change.
        Places now = places.lockAndCount(programId);
        List<RankedEntry> ranked = ranking.of(programId);
        YearMonth currentMonth = YearMonth.now(clock);
        AdmissionEstimate.ExitRate rate = exitRate(programId, program.agreedCapacity(), currentMonth);
        Map<UUID, LocalDate> latest = latestDates(programId);

        BusinessCalendar.Counter counter = calendar.counter(program.comunaCode());
        Map<YearMonth, LocalDate> firstBusinessDays = new HashMap<>();
        Instant computedAt = clock.instant();
        List<MapSqlParameterSource> rows = new ArrayList<>();
        for (RankedEntry entry : ranked) {
            AdmissionEstimate.Result result = AdmissionEstimate.estimate(currentMonth, entry.rank(), now.free(), rate,
                    month -> firstBusinessDays.computeIfAbsent(month,
                            m -> counter.addBusinessDays(m.atDay(1).minusDays(1), 1)));
            LocalDate previous = latest.get(entry.entryId());
            if (result.date().equals(previous)) {
                continue;
            }
            rows.add(new MapSqlParameterSource()
                    .addValue("id", UUID.randomUUID())
                    .addValue("entryId", entry.entryId())
                    .addValue("programId", programId)
                    .addValue("estimatedOn", Date.valueOf(result.date()))
                    .addValue("rank", result.rank())
                    .addValue("freePlaces", result.freePlaces())
                    .addValue("monthlyExits", rate.perMonth())
                    .addValue("basis", rate.basis().name())
                    .addValue("computedAt", Timestamp.from(computedAt)));
            events.publishEvent(new AdmissionEvents.EstimatedAdmissionDateChanged(entry.entryId(), programId, previous,
                    result.date()));
        }
        if (!rows.isEmpty()) {
            batch.batchUpdate("""
                    insert into admission_estimate (id, entry_id, program_id, estimated_on, rank, free_places,
                                                    monthly_exits, basis_kind, computed_at)
                    values (:id, :entryId, :programId, :estimatedOn, :rank, :freePlaces, :monthlyExits, :basis, :computedAt)
                    """, rows.toArray(MapSqlParameterSource[]::new));
        }
        return rows.size();
    }

    /** Every active program, each in its own transaction: one program's trouble does not stop the others. */
    @Scheduled(cron = "${circuito.estimates.cron:0 30 5 * * *}", zone = "America/Santiago")
    @SchedulerLock(name = "admission-estimates")
    public void recomputeAll() {
        long started = System.nanoTime();
        int count = 0;
        for (ProgramSummary program : programs.allPrograms()) {
            if (!program.active()) {
                continue;
            }
            count++;
            try {
                transactions.executeWithoutResult(status -> recompute(program.id()));
            } catch (RuntimeException e) {
                log.error("Estimated admission dates of program {} not recomputed", program.id(), e);
            }
        }
        log.info("Estimated admission dates recomputed for {} programs in {} ms", count,
                (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * Observed exits: active cases closed in the six complete months before the current one. The program has
     * six months of history when its first admission (any case, open or closed) is on or before the first day
     * of that window.
     */
    AdmissionEstimate.ExitRate exitRate(UUID programId, int capacity, YearMonth currentMonth) {
        LocalDate from = currentMonth.minusMonths(AdmissionEstimate.OBSERVED_MONTHS).atDay(1);
        LocalDate to = currentMonth.atDay(1);
        return jdbc.sql("""
                        select count(*) filter (where closed_on >= :from and closed_on < :to) as closed,
                               min(admitted_on) as since
                          from active_case
                         where program_id = :programId
                        """)
                .param("programId", programId)
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> {
                    Date since = rs.getDate("since");
                    boolean history = since != null && !since.toLocalDate().isAfter(from);
                    return AdmissionEstimate.rate(rs.getInt("closed"), history, capacity);
                })
                .single();
    }

    private Map<UUID, LocalDate> latestDates(UUID programId) {
        Map<UUID, LocalDate> latest = new HashMap<>();
        jdbc.sql("""
                        select distinct on (entry_id) entry_id, estimated_on
                          from admission_estimate
                         where program_id = :programId
                         order by entry_id, computed_at desc
                        """)
                .param("programId", programId)
                .query((rs, n) -> latest.put(rs.getObject("entry_id", UUID.class),
                        rs.getDate("estimated_on").toLocalDate()))
                .list();
        return latest;
    }

    /** One row of an entry's estimate history. */
    public record Estimate(LocalDate estimatedOn, int rank, int freePlaces, java.math.BigDecimal monthlyExits,
                           EstimateBasis basis, Instant computedAt) {
    }

    /** An entry's estimates, newest first. Not scoped: callers pass an entry they loaded through the scope. */
    @Transactional(readOnly = true)
    List<Estimate> history(UUID entryId) {
        return jdbc.sql("""
                        select estimated_on, rank, free_places, monthly_exits, basis_kind, computed_at
                          from admission_estimate where entry_id = :entryId order by computed_at desc
                        """)
                .param("entryId", entryId)
                .query((rs, n) -> new Estimate(rs.getDate("estimated_on").toLocalDate(), rs.getInt("rank"),
                        rs.getInt("free_places"), rs.getBigDecimal("monthly_exits"),
                        EstimateBasis.valueOf(rs.getString("basis_kind")), rs.getTimestamp("computed_at").toInstant()))
                .list();
    }
}
