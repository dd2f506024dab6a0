package cl.circuito.waitinglist.admission;

import cl.circuito.waitinglist.EstimateCertainty;

import cl.circuito.calendar.BusinessCalendar;
import cl.circuito.network.ProgramDirectory;
import cl.circuito.network.ProgramSummary;
import cl.circuito.shared.NotFound;
import cl.circuito.waitinglist.AdmissionEvents;
import cl.circuito.waitinglist.ranking.ProgramRanking;
import cl.circuito.waitinglist.ranking.RankedEntry;
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
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

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
    private final AdmissionEstimatesBatch batches;
    private final Clock clock;

    AdmissionEstimates(JdbcClient jdbc, NamedParameterJdbcTemplate batch, ProgramDirectory programs,
                       ProgramPlaces places, ProgramRanking ranking, BusinessCalendar calendar,
                       ApplicationEventPublisher events, TransactionTemplate transactions,
                       AdmissionEstimatesBatch batches, Clock clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.programs = programs;
        this.places = places;
        this.ranking = ranking;
        this.calendar = calendar;
        this.events = events;
        this.transactions = transactions;
        this.batches = batches;
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
        // Two recomputations of one program must not both record the same change.
        Places now = places.lockAndCount(programId);
        return record(changesOf(programId, now));
    }

    /** What {@link #recompute} would record now, without recording it (the nightly batch is compared with it). */
    @Transactional(readOnly = true)
    List<Change> pendingChanges(UUID programId) {
        return changesOf(programId, places.of(programId));
    }

    private List<Change> changesOf(UUID programId, Places now) {
        ProgramSummary program = programs.find(programId).orElseThrow(() -> new NotFound("program"));
        YearMonth currentMonth = YearMonth.now(clock);
        AdmissionEstimate.ExitRate rate = exitRate(programId, program.agreedCapacity(), currentMonth);
        return changes(programId, ranking.of(programId), now.free(), rate, latestDates(programId),
                new FirstBusinessDays(calendar).of(program.comunaCode()), currentMonth);
    }

    /** The dates last recorded for a child: the estimated (50 %) one and the 90 % one (null on rows before V51). */
    record Recorded(LocalDate estimatedOn, LocalDate latestOn) {
    }

    /**
     * A child whose estimated date or 90 % date is not the one last recorded.
     *
     * @param previous the estimated date last recorded, null for a first estimate
     */
    record Change(UUID entryId, UUID programId, LocalDate previous, AdmissionEstimate.Result result) {

        /** Only the estimated date is what the referrer was told; a moved 90 % date alone drafts no oficio. */
        boolean dateMoved() {
            return !result.date().equals(previous);
        }
    }

    /** The children of one program whose estimate changes; pure but for the calendar. */
    static List<Change> changes(UUID programId, List<RankedEntry> ranked, int free, AdmissionEstimate.ExitRate rate,
                                Map<UUID, Recorded> latest, Function<YearMonth, LocalDate> firstBusinessDay,
                                YearMonth currentMonth) {
        List<Change> changes = new ArrayList<>();
        for (RankedEntry entry : ranked) {
            AdmissionEstimate.Result result = AdmissionEstimate.estimate(currentMonth, entry.rank(), free, rate,
                    firstBusinessDay);
            Recorded previous = latest.get(entry.entryId());
            if (previous == null || !result.date().equals(previous.estimatedOn())
                    || !result.latestDate().equals(previous.latestOn())) {
                changes.add(new Change(entry.entryId(), programId, previous == null ? null : previous.estimatedOn(),
                        result));
            }
        }
        return changes;
    }

    /** Records the changes as history (one batch insert) and announces each; callers hold the programs' locks. */
    int record(List<Change> changes) {
        if (changes.isEmpty()) {
            return 0;
        }
        Instant computedAt = clock.instant();
        List<MapSqlParameterSource> rows = new ArrayList<>(changes.size());
        for (Change change : changes) {
            AdmissionEstimate.Result result = change.result();
            rows.add(new MapSqlParameterSource()
                    .addValue("id", UUID.randomUUID())
                    .addValue("entryId", change.entryId())
                    .addValue("programId", change.programId())
                    .addValue("estimatedOn", Date.valueOf(result.date()))
                    .addValue("latestOn", Date.valueOf(result.latestDate()))
                    .addValue("rank", result.rank())
                    .addValue("freePlaces", result.freePlaces())
                    .addValue("monthlyExits", result.rate().perMonth())
                    .addValue("basis", result.rate().basis().name())
                    .addValue("computedAt", Timestamp.from(computedAt)));
            if (change.dateMoved()) {
                events.publishEvent(new AdmissionEvents.EstimatedAdmissionDateChanged(change.entryId(),
                        change.programId(), change.previous(), result.date()));
            }
        }
        batch.batchUpdate("""
                insert into admission_estimate (id, entry_id, program_id, estimated_on, latest_on, rank, free_places,
                                                monthly_exits, basis_kind, computed_at)
                values (:id, :entryId, :programId, :estimatedOn, :latestOn, :rank, :freePlaces, :monthlyExits, :basis,
                        :computedAt)
                """, rows.toArray(MapSqlParameterSource[]::new));
        return rows.size();
    }

    /**
     * Every active program, set-based: a few queries per batch of programs (see {@link AdmissionEstimatesBatch}),
     * each batch in its own transaction. A batch that fails is retried program by program, so one program's
     * trouble does not stop the others.
     */
    @Scheduled(cron = "${circuito.estimates.cron:0 30 5 * * *}", zone = "America/Santiago")
    @SchedulerLock(name = "admission-estimates")
    public void recomputeAll() {
        long started = System.nanoTime();
        List<ProgramSummary> active = programs.allPrograms().stream().filter(ProgramSummary::active)
                .sorted(Comparator.comparing(ProgramSummary::id)).toList();
        FirstBusinessDays calendarOfTheRun = new FirstBusinessDays(calendar);
        int changed = 0;
        for (int from = 0; from < active.size(); from += AdmissionEstimatesBatch.PROGRAMS_PER_BATCH) {
            changed += recomputeTogether(active.subList(from,
                    Math.min(active.size(), from + AdmissionEstimatesBatch.PROGRAMS_PER_BATCH)), calendarOfTheRun);
        }
        log.info("Estimated admission dates recomputed for {} programs in {} ms ({} changed)", active.size(),
                (System.nanoTime() - started) / 1_000_000, changed);
    }

    /** One batch of the nightly run, in one transaction holding the programs' locks (in id order). */
    int recomputeTogether(List<ProgramSummary> slice, FirstBusinessDays firstBusinessDays) {
        try {
            Integer changed = transactions.execute(status -> {
                slice.stream().map(ProgramSummary::id).sorted().forEach(places::lock);
                return record(batches.changes(slice, YearMonth.now(clock), firstBusinessDays));
            });
            return changed == null ? 0 : changed;
        } catch (RuntimeException e) {
            log.warn("Estimated admission dates of {} programs not recomputed together; one by one now",
                    slice.size(), e);
            return oneByOne(slice);
        }
    }

    private int oneByOne(List<ProgramSummary> slice) {
        int changed = 0;
        for (ProgramSummary program : slice) {
            try {
                Integer count = transactions.execute(status -> recompute(program.id()));
                changed += count == null ? 0 : count;
            } catch (RuntimeException e) {
                log.error("Estimated admission dates of program {} not recomputed", program.id(), e);
            }
        }
        return changed;
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

    private Map<UUID, Recorded> latestDates(UUID programId) {
        Map<UUID, Recorded> latest = new HashMap<>();
        jdbc.sql("""
                        select distinct on (entry_id) entry_id, estimated_on, latest_on
                          from admission_estimate
                         where program_id = :programId
                         order by entry_id, computed_at desc
                        """)
                .param("programId", programId)
                .query((rs, n) -> latest.put(rs.getObject("entry_id", UUID.class), recorded(rs)))
                .list();
        return latest;
    }

    static Recorded recorded(java.sql.ResultSet rs) throws java.sql.SQLException {
        Date latestOn = rs.getDate("latest_on");
        return new Recorded(rs.getDate("estimated_on").toLocalDate(), latestOn == null ? null : latestOn.toLocalDate());
    }

    /**
     * One row of an entry's estimate history.
     *
     * @param latestOn the 90 % date; null on rows computed before it was (shown as "sin rango")
     */
    public record Estimate(LocalDate estimatedOn, LocalDate latestOn, int rank, int freePlaces,
                           java.math.BigDecimal monthlyExits, EstimateBasis basis, Instant computedAt) {

        public EstimateCertainty certainty() {
            return AdmissionEstimate.certainty(rank, freePlaces, basis);
        }

        /** The exits observed in the six months (stored as exits a month, two decimals: six times it, rounded). */
        public int observedExits() {
            return monthlyExits.multiply(java.math.BigDecimal.valueOf(AdmissionEstimate.OBSERVED_MONTHS))
                    .setScale(0, java.math.RoundingMode.HALF_UP).intValue();
        }
    }

    /** An entry's estimates, newest first. Not scoped: callers pass an entry they loaded through the scope. */
    @Transactional(readOnly = true)
    List<Estimate> history(UUID entryId) {
        return jdbc.sql("""
                        select estimated_on, latest_on, rank, free_places, monthly_exits, basis_kind, computed_at
                          from admission_estimate where entry_id = :entryId order by computed_at desc
                        """)
                .param("entryId", entryId)
                .query((rs, n) -> new Estimate(rs.getDate("estimated_on").toLocalDate(), recorded(rs).latestOn(),
                        rs.getInt("rank"),
                        rs.getInt("free_places"), rs.getBigDecimal("monthly_exits"),
                        EstimateBasis.valueOf(rs.getString("basis_kind")), rs.getTimestamp("computed_at").toInstant()))
                .list();
    }
}
