package cl.circuito.waitinglist.monitoring;

import cl.circuito.audit.AuditTrail;
import cl.circuito.network.ProgramDirectory;
import cl.circuito.network.ProgramSummary;
import cl.circuito.shared.Paging;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Permission;
import cl.circuito.waitinglist.entry.Deadlines;
import cl.circuito.waitinglist.entry.EntryAccess;
import cl.circuito.waitinglist.entry.Subjects;
import cl.circuito.waitinglist.entry.WaitingListEntry;
import cl.circuito.waitinglist.monitoring.MonitoringMonthReads.Part;
import cl.circuito.waitinglist.monitoring.MonitoringRows.JudicialActionRow;
import cl.circuito.waitinglist.monitoring.MonitoringRows.PlannedChild;
import cl.circuito.waitinglist.monitoring.MonitoringRows.WaitingChild;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Reads of monitoring and judicial actions. The methods taking an {@link Actor} check the permission and
 * load through the actor's scope (and leave a trace); {@link #progress} and {@link #openJudicialActions}
 * are unscoped counts for callers that already checked the scope (the dashboard).
 */
@Service
@Transactional(readOnly = true)
public class MonitoringQueries {

    /** Children listed apart from the plan (left the list, removed): a month's plan is never near this many. */
    private static final int MAX_APART = 200;

    /** Children offered at once to add to a plan: more means the director should type more of the name or RUT. */
    public static final int ADDABLE_SHOWN = 20;

    private final MonitoringReadModel readModel;
    private final MonitoringMonthReads monthReads;
    private final MonitoringActions actions;
    private final JudicialActions judicialActions;
    private final EntryAccess access;
    private final ProgramDirectory programs;
    private final Deadlines deadlines;
    private final AuditTrail audit;

    MonitoringQueries(MonitoringReadModel readModel, MonitoringMonthReads monthReads, MonitoringActions actions, JudicialActions judicialActions, EntryAccess access,
                      ProgramDirectory programs, Deadlines deadlines, AuditTrail audit) {
        this.readModel = readModel;
        this.monthReads = monthReads;
        this.actions = actions;
        this.judicialActions = judicialActions;
        this.access = access;
        this.programs = programs;
        this.deadlines = deadlines;
        this.audit = audit;
    }

    /** Planned, done and never-monitored counts of a program's month: the month page's header. Unscoped. */
    public MonitoringProgress progress(UUID programId, YearMonth month) {
        return monthReads.header(programId, month).progress();
    }

    /** Unresolved judicial actions per program (programs without any are absent), in one query. Unscoped. */
    public Map<UUID, Integer> openJudicialActions(Collection<UUID> programIds) {
        return readModel.openJudicialActions(programIds);
    }

    /**
     * The plan's header, when the month has one.
     *
     * @param requiredSize the sample's minimum when it was planned (every waiting child when in person)
     */
    public record PlanHeader(UUID id, long version, MonitoringPlanKind kind, int waitingAtCreation, int requiredSize,
                             Instant createdAt, String createdByName) {
    }

    /**
     * A program's monitoring month as its page shows it.
     *
     * @param plan        null when the month is not planned yet
     * @param proposal    a page of what Circuito proposes, when the month is not planned yet (else empty):
     *                    {@code requiredNow} children in all
     * @param waitingNow  children waiting today; {@code requiredNow} is the sample the rule asks of them
     * @param planned     the page of the children the plan counts (done or pending): {@code progress.planned()}
     *                    of them in all, {@code progress.done()} done
     * @param left        planned children who left the list during the month (admitted, other exits, back under
     *                    review) without being monitored in it: no longer planned, not pending
     * @param addQuery    what the director typed to find a child to add to the plan (null when nothing)
     * @param addable     the first {@value #ADDABLE_SHOWN} children on the list outside the plan that match it
     * @param moreAddable more children than those match it: the director should type more of the name or RUT
     * @param editable    the month is the current one or later: it may be planned and changed
     */
    public record MonitoringMonth(ProgramSummary program, YearMonth month, MonitoringProgress progress,
                                  PlanHeader plan, Page<PlannedChild> proposal, MonitoringPlanKind kindNow,
                                  int waitingNow, int requiredNow, Page<PlannedChild> planned,
                                  List<PlannedChild> left, List<PlannedChild> removed, Page<WaitingChild> neverMonitored,
                                  String addQuery, List<WaitingChild> addable, boolean moreAddable,
                                  int openJudicialActions, boolean editable, boolean behindPlan, int expectedByToday) {
    }

    /**
     * The month's page in two queries after the program's, whatever the length of the list: header counts, then
     * the rows (a page of the plan or of the proposal, a page of the never monitored, the short lists).
     */
    @Transactional
    public MonitoringMonth month(Actor actor, UUID programId, YearMonth month, int plannedPage, int neverPage,
                                 int pageSize) {
        return month(actor, programId, month, plannedPage, neverPage, pageSize, null);
    }

    /** As {@link #month(Actor, UUID, YearMonth, int, int, int)}, with the children to add that match {@code addQuery}. */
    @Transactional
    public MonitoringMonth month(Actor actor, UUID programId, YearMonth month, int plannedPage, int neverPage,
                                 int pageSize, String addQuery) {
        actor.require(Permission.READ_CHILD_RECORDS);
        ProgramSummary program = programs.get(programId, actor.scope());
        audit.viewed(actor, Subjects.list(program.id()), "monitoring.audit.monthViewed");
        var today = deadlines.today();
        boolean editable = !month.isBefore(YearMonth.from(today));
        Pageable slice = Paging.of(plannedPage, pageSize);
        Pageable neverSlice = Paging.of(neverPage, pageSize);
        MonitoringMonthReads.Header header = monthReads.header(programId, month);
        MonitoringProgress progress = header.progress();
        int waiting = header.waiting();
        MonitoringPlanKind kindNow = program.hasSupportProfessional() ? MonitoringPlanKind.ALL_IN_PERSON
                : MonitoringPlanKind.SAMPLE;
        int requiredNow = kindNow == MonitoringPlanKind.ALL_IN_PERSON ? waiting : MonitoringSample.size(waiting);
        MonitoringMonthReads.PlanRow plan = header.plan();
        if (plan == null) {
            MonitoringMonthReads.Rows rows = monthReads.proposal(programId, kindNow, requiredNow, slice.getOffset(),
                    slice.getPageSize(), neverSlice.getOffset(), neverSlice.getPageSize());
            return new MonitoringMonth(program, month, progress, null,
                    new PageImpl<>(rows.of(Part.PROPOSED), slice, requiredNow), kindNow, waiting, requiredNow,
                    Page.empty(), List.of(), List.of(),
                    new PageImpl<>(rows.waiting(Part.NEVER), neverSlice, progress.neverMonitored()), null, List.of(),
                    false, header.openJudicialActions(), editable, false, 0);
        }
        String searched = editable && addQuery != null && !addQuery.isBlank() ? addQuery.strip() : null;
        MonitoringMonthReads.Rows rows = monthReads.plan(programId, plan.id(), month, slice.getOffset(),
                slice.getPageSize(), MAX_APART, neverSlice.getOffset(), neverSlice.getPageSize(), searched,
                ADDABLE_SHOWN + 1);
        List<WaitingChild> addable = rows.waiting(Part.ADDABLE);
        return new MonitoringMonth(program, month, progress,
                new PlanHeader(plan.id(), plan.version(), plan.kind(), plan.waitingAtCreation(), plan.requiredSize(),
                        plan.createdAt(), plan.createdByName()),
                Page.empty(), kindNow, waiting, requiredNow,
                new PageImpl<>(rows.of(Part.PLANNED), slice, progress.planned()),
                rows.of(Part.LEFT_THE_LIST), rows.of(Part.REMOVED),
                new PageImpl<>(rows.waiting(Part.NEVER), neverSlice, progress.neverMonitored()),
                searched, addable.stream().limit(ADDABLE_SHOWN).toList(), addable.size() > ADDABLE_SHOWN,
                header.openJudicialActions(), editable,
                progress.behindOn(today), progress.expectedBy(today));
    }

    /** An entry's monitoring history and judicial actions, newest first. */
    public record EntryMonitoring(List<MonitoringAction> actions, List<JudicialAction> judicialActions) {
    }

    /** For a reader of the entry's monitoring alone (the API): the read is audited. */
    @Transactional
    public EntryMonitoring ofEntry(Actor actor, UUID entryId) {
        actor.require(Permission.READ_CHILD_RECORDS);
        WaitingListEntry entry = access.load(actor, entryId);
        audit.viewed(actor, Subjects.entry(entry), "monitoring.audit.entryViewed");
        return history(entry.id());
    }

    /** For a page that already audited opening this entry (the entry page): not audited again. */
    public EntryMonitoring ofViewedEntry(Actor actor, UUID entryId) {
        actor.require(Permission.READ_CHILD_RECORDS);
        return history(access.load(actor, entryId).id());
    }

    /** A program's judicial actions, unresolved first and oldest first; the read is audited. */
    @Transactional
    public Page<JudicialActionRow> judicialActions(Actor actor, UUID programId, boolean unresolvedOnly, int page,
                                                   int size) {
        actor.require(Permission.READ_CHILD_RECORDS);
        ProgramSummary program = programs.get(programId, actor.scope());
        audit.viewed(actor, Subjects.list(program.id()), "judicial.audit.listViewed");
        return readModel.judicialActions(Set.of(program.id()), unresolvedOnly, page, size);
    }

    private EntryMonitoring history(UUID entryId) {
        return new EntryMonitoring(actions.findByEntryIdOrderByPerformedOnDescRecordedAtDesc(entryId),
                judicialActions.findByEntryIdOrderByOpenedOnDesc(entryId));
    }
}
