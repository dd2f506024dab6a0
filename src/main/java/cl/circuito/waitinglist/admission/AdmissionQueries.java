package cl.circuito.waitinglist.admission;

import cl.circuito.waitinglist.EstimateCertainty;

import cl.circuito.audit.AuditTrail;
import cl.circuito.children.Child;
import cl.circuito.children.ChildNames;
import cl.circuito.children.ChildRegistry;
import cl.circuito.children.Rut;
import cl.circuito.network.ProgramDirectory;
import cl.circuito.network.ProgramSummary;
import cl.circuito.shared.NotFound;
import cl.circuito.shared.Paging;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Permission;
import cl.circuito.waitinglist.entry.EntryAccess;
import cl.circuito.waitinglist.entry.EntryView;
import cl.circuito.waitinglist.entry.Subjects;
import cl.circuito.waitinglist.entry.WaitingListEntries;
import cl.circuito.waitinglist.entry.WaitingListEntry;
import cl.circuito.waitinglist.ranking.ProgramRanking;
import cl.circuito.waitinglist.ranking.RankReason;
import cl.circuito.waitinglist.ranking.RankedEntry;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
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
 * Reads of the monthly admission and the active cases, through the asker's scope, each read of children's
 * records leaving a trace. Lists are one query each.
 */
@Service
@Transactional(readOnly = true)
public class AdmissionQueries {

    private final JdbcClient jdbc;
    private final ProgramDirectory programs;
    private final ProgramPlaces places;
    private final ProgramRanking ranking;
    private final EntryAccess access;
    private final WaitingListEntries entries;
    private final ActiveCaseManagement caseAccess;
    private final ActiveCases cases;
    private final AdmissionInterviews interviews;
    private final AdmissionEstimates estimates;
    private final ChildRegistry children;
    private final AuditTrail audit;
    private final Clock clock;

    AdmissionQueries(JdbcClient jdbc, ProgramDirectory programs, ProgramPlaces places, ProgramRanking ranking,
                     EntryAccess access, WaitingListEntries entries, ActiveCaseManagement caseAccess,
                     ActiveCases cases, AdmissionInterviews interviews, AdmissionEstimates estimates,
                     ChildRegistry children, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.programs = programs;
        this.places = places;
        this.ranking = ranking;
        this.access = access;
        this.entries = entries;
        this.caseAccess = caseAccess;
        this.cases = cases;
        this.interviews = interviews;
        this.estimates = estimates;
        this.children = children;
        this.audit = audit;
        this.clock = clock;
    }

    /** A program's places, for someone who may see the program. */
    public Places places(Actor actor, UUID programId) {
        actor.require(Permission.READ_CHILD_RECORDS);
        programs.get(programId, actor.scope());
        return places.of(programId);
    }

    /** A waiting child in ranking order; {@code proposed} when it is within the free places. */
    public record Candidate(UUID entryId, int rank, String childName, Integer age, Integer priority, Integer score,
                            LocalDate receivedOn, RankReason reason, boolean manual, boolean proposed,
                            LocalDate estimatedOn, LocalDate latestOn, EstimateCertainty certainty) {
    }

    /** A child holding one of the coming admissions. */
    public record ScheduledChild(UUID entryId, long version, String childName, Integer age, YearMonth month,
                                 String scheduleReason, LocalDate interviewedOn) {

        public boolean interviewed() {
            return interviewedOn != null;
        }
    }

    /** The monthly admission page: places now, the proposal for the month, and who is scheduled. */
    public record AdmissionOverview(ProgramSummary program, Places places, YearMonth month,
                                    List<Candidate> candidates, List<ScheduledChild> scheduled, long waiting) {

        public List<Candidate> proposal() {
            return candidates.stream().filter(Candidate::proposed).toList();
        }
    }

    /** The monthly admission page with the whole ranking: the API, and a form sent back with its choices. */
    @Transactional
    public AdmissionOverview overview(Actor actor, UUID programId, YearMonth month) {
        return overview(actor, programId, month, Integer.MAX_VALUE);
    }

    /**
     * The monthly admission page with the proposal and the next {@code beyondProposal} of the ranking only: read
     * as a window of the ranking, its cost does not grow with the list. {@link AdmissionOverview#waiting()} says
     * how many children the whole ranking has.
     */
    @Transactional
    public AdmissionOverview overview(Actor actor, UUID programId, YearMonth month, int beyondProposal) {
        actor.require(Permission.READ_CHILD_RECORDS);
        ProgramSummary program = programs.get(programId, actor.scope());
        audit.viewed(actor, Subjects.list(programId), "admission.audit.viewed");
        LocalDate today = LocalDate.now(clock);
        // The places and the children holding the coming ones, in one statement: the scheduled children are
        // counted as they are read.
        List<ScheduledChild> scheduled = new ArrayList<>();
        int[] counted = {0, 0};
        jdbc.sql("""
                        select a.active, s.*
                          from (select count(*) as active from active_case
                                 where program_id = :programId and closed_on is null) a
                          left join lateral (
                                select e.id, e.version, e.status, e.scheduled_month, e.schedule_reason,
                                       c.given_names, c.paternal_surname, c.maternal_surname, c.birth_date,
                                       i.held_on as interviewed_on, null::date as estimated_on
                                  from waiting_list_entry e
                                  join child c on c.id = e.child_id
                                  left join lateral (select ai.held_on from admission_interview ai
                                                      where ai.entry_id = e.id and ai.recorded_at >= e.scheduled_at
                                                      order by ai.recorded_at desc limit 1) i on true
                                 where e.program_id = :programId and e.status = 'SCHEDULED') s on true
                        """)
                .param("programId", programId)
                .query((rs, n) -> {
                    counted[0] = rs.getInt("active");
                    UUID id = rs.getObject("id", UUID.class);
                    if (id != null) {
                        counted[1]++;
                        Row row = row(rs, today);
                        if (row.month != null) {
                            scheduled.add(new ScheduledChild(id, row.version, row.name, row.age, row.month,
                                    row.scheduleReason, row.interviewedOn));
                        }
                    }
                    return id;
                })
                .list();
        Places now = Places.of(program.agreedCapacity(), counted[0], counted[1]);
        int size = (int) Math.min(Integer.MAX_VALUE, (long) Math.max(now.free(), 0) + beyondProposal);
        ProgramRanking.Window<Row> window = ranking.window(programId, 0, size, (rs, n) -> {
            Date estimated = rs.getDate("estimated_on");
            Date latest = rs.getDate("latest_on");
            return new Row(rs.getLong("version"), "WAITING", name(rs), age(rs, today), null, null, null,
                    estimated == null ? null : estimated.toLocalDate(), latest == null ? null : latest.toLocalDate(),
                    estimated == null ? null : AdmissionEstimate.certainty(rs.getInt("estimate_rank"),
                            rs.getInt("estimate_free_places"), EstimateBasis.valueOf(rs.getString("estimate_basis"))));
        });
        List<Candidate> candidates = new ArrayList<>();
        for (RankedEntry ranked : window.ranked()) {
            Row row = window.details().get(ranked.entryId());
            candidates.add(new Candidate(ranked.entryId(), ranked.rank(), row.name, row.age, ranked.priority(),
                    ranked.score(), ranked.receivedOn(), ranked.reason(), ranked.manual(),
                    ranked.rank() <= now.free(), row.estimatedOn, row.latestOn, row.certainty));
        }
        scheduled.sort(java.util.Comparator.comparing(ScheduledChild::month).thenComparing(ScheduledChild::childName));
        return new AdmissionOverview(program, now, month, candidates, List.copyOf(scheduled), window.total());
    }

    private record Row(long version, String status, String name, Integer age, YearMonth month, String scheduleReason,
                       LocalDate interviewedOn, LocalDate estimatedOn, LocalDate latestOn, EstimateCertainty certainty) {
    }

    private static Row row(ResultSet rs, LocalDate today) throws SQLException {
        Date month = rs.getDate("scheduled_month");
        Date interviewed = rs.getDate("interviewed_on");
        Date estimated = rs.getDate("estimated_on");
        return new Row(rs.getLong("version"), rs.getString("status"), name(rs), age(rs, today),
                month == null ? null : YearMonth.from(month.toLocalDate()), rs.getString("schedule_reason"),
                interviewed == null ? null : interviewed.toLocalDate(),
                estimated == null ? null : estimated.toLocalDate(), null, null);
    }

    /**
     * The admission part of the entry page: scheduling, interview, admission (and its active case) and the
     * estimated admission date with its history. Takes a view already loaded (and audited) through the scope.
     */
    public EntryAdmission forEntry(EntryView view) {
        WaitingListEntry entry = entries.findById(view.entry().id()).orElseThrow(() -> new NotFound("entry"));
        return new EntryAdmission(entry.scheduledMonth(), entry.scheduledByName(), entry.scheduledAt(),
                entry.scheduledOn(), entry.scheduleReason(), interviews.current(entry).orElse(null),
                cases.findByEntryId(entry.id()).orElse(null), estimates.history(entry.id()));
    }

    /** An entry's estimated admission dates, newest first, for someone who may see the entry. Audited. */
    @Transactional
    public List<AdmissionEstimates.Estimate> estimates(Actor actor, UUID entryId) {
        actor.require(Permission.READ_CHILD_RECORDS);
        WaitingListEntry entry = access.load(actor, entryId);
        audit.viewed(actor, Subjects.entry(entry), "admission.audit.estimatesViewed");
        return estimates.history(entry.id());
    }

    /** A line of the active cases list. */
    public record CaseRow(UUID id, long version, UUID entryId, String childName, Integer age, String rut,
                          LocalDate admittedOn, LocalDate closedOn, CaseCloseReason closeReason) {

        public boolean open() {
            return closedOn == null;
        }
    }

    @Transactional
    public Page<CaseRow> cases(Actor actor, UUID programId, CaseFilter filter, int page, int size) {
        Pageable slice = Paging.of(page, size);
        actor.require(Permission.READ_CHILD_RECORDS);
        ProgramSummary program = programs.get(programId, actor.scope());
        audit.viewed(actor, AdmissionSubjects.cases(program.id()), "cases.audit.viewed");
        String where = " from active_case ac join child c on c.id = ac.child_id where ac.program_id = :programId and "
                + filter.condition;
        long total = jdbc.sql("select count(*)" + where).param("programId", programId).query(Long.class).single();
        LocalDate today = LocalDate.now(clock);
        List<CaseRow> rows = jdbc.sql("""
                        select ac.id, ac.version, ac.entry_id, ac.admitted_on, ac.closed_on, ac.close_reason,
                               c.given_names, c.paternal_surname, c.maternal_surname, c.birth_date, c.rut
                        """ + where + " order by " + filter.orderBy + ", ac.id limit :limit offset :offset")
                .param("programId", programId)
                .param("limit", slice.getPageSize())
                .param("offset", slice.getOffset())
                .query((rs, n) -> {
                    Date closed = rs.getDate("closed_on");
                    String reason = rs.getString("close_reason");
                    String rut = rs.getString("rut");
                    return new CaseRow(rs.getObject("id", UUID.class), rs.getLong("version"),
                            rs.getObject("entry_id", UUID.class), name(rs), age(rs, today),
                            rut == null ? null : Rut.parse(rut).formatted(), rs.getDate("admitted_on").toLocalDate(),
                            closed == null ? null : closed.toLocalDate(),
                            reason == null ? null : CaseCloseReason.valueOf(reason));
                })
                .list();
        return new PageImpl<>(rows, slice, total);
    }

    /** One active case with its child, for the close form. Audited. */
    public record CaseView(ActiveCase activeCase, Child child, ProgramSummary program) {
    }

    @Transactional
    public CaseView activeCase(Actor actor, UUID caseId) {
        actor.require(Permission.READ_CHILD_RECORDS);
        ActiveCase activeCase = caseAccess.load(actor, caseId);
        audit.viewed(actor, AdmissionSubjects.activeCase(activeCase), "cases.audit.caseViewed");
        return new CaseView(activeCase, children.get(activeCase.childId()),
                programs.find(activeCase.programId()).orElseThrow(() -> new NotFound("program")));
    }

    private static String name(ResultSet rs) throws SQLException {
        return ChildNames.full(rs.getString("given_names"), rs.getString("paternal_surname"),
                rs.getString("maternal_surname"));
    }

    private static Integer age(ResultSet rs, LocalDate today) throws SQLException {
        Date birth = rs.getDate("birth_date");
        return ChildNames.age(birth == null ? null : birth.toLocalDate(), today);
    }

    /**
     * @param interview  the interview of the current scheduling, or null
     * @param activeCase the case the admission opened, or null
     * @param estimates  estimated admission dates, newest first
     */
    /** @param scheduledOn the day the month was confirmed: the admission interview is not earlier */
    public record EntryAdmission(YearMonth scheduledMonth, String scheduledByName, Instant scheduledAt,
                                 LocalDate scheduledOn, String scheduleReason, AdmissionInterview interview, ActiveCase activeCase,
                                 List<AdmissionEstimates.Estimate> estimates) {

        public AdmissionEstimates.Estimate currentEstimate() {
            return estimates.isEmpty() ? null : estimates.get(0);
        }
    }
}
