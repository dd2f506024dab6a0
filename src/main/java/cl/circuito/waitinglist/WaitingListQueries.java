package cl.circuito.waitinglist;

import java.util.Map;
import java.util.HashMap;
import cl.circuito.waitinglist.entry.WaitClock;
import cl.circuito.waitinglist.entry.WaitFilter;
import cl.circuito.audit.AuditEvent;
import cl.circuito.audit.AuditHistory;
import cl.circuito.audit.AuditTrail;
import cl.circuito.children.ChildRegistry;
import cl.circuito.network.ProgramDirectory;
import cl.circuito.network.ProgramSummary;
import cl.circuito.shared.NotFound;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Permission;
import cl.circuito.waitinglist.entry.Attachment;
import cl.circuito.waitinglist.entry.AttachmentContents;
import cl.circuito.waitinglist.entry.Attachments;
import cl.circuito.waitinglist.entry.Deadline;
import cl.circuito.waitinglist.entry.Deadlines;
import cl.circuito.waitinglist.entry.EntryAccess;
import cl.circuito.waitinglist.entry.EntryRow;
import cl.circuito.waitinglist.entry.EntryView;
import cl.circuito.waitinglist.entry.ProgramCounts;
import cl.circuito.waitinglist.entry.Subjects;
import cl.circuito.waitinglist.entry.WaitingListEntry;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Reads of the waiting list, always through the asker's scope, and always leaving a trace when a
 * child's record is opened.
 */
@Service
@Transactional(readOnly = true)
public class WaitingListQueries {

    /** Calendar days that surely hold more than {@link Deadline#SOON_THRESHOLD} business days ahead. */
    private static final int SOON_WINDOW_CALENDAR_DAYS = 12;
    private static final int NEEDING_DECISION_CAP = 10_000;

    private final WaitingListSearch search;
    private final EntryAccess access;
    private final Attachments attachments;
    private final AttachmentContents contents;
    private final ProgramDirectory programs;
    private final ChildRegistry children;
    private final Deadlines deadlines;
    private final AuditTrail audit;
    private final WaitClock waitClock;

    WaitingListQueries(WaitingListSearch search, EntryAccess access,
                       Attachments attachments, AttachmentContents contents, ProgramDirectory programs,
                       ChildRegistry children, Deadlines deadlines, AuditTrail audit, WaitClock waitClock) {
        this.waitClock = waitClock;
        this.search = search;
        this.access = access;
        this.attachments = attachments;
        this.contents = contents;
        this.programs = programs;
        this.children = children;
        this.deadlines = deadlines;
        this.audit = audit;
    }

    /** A program's list, filtered, searched and paginated. */
    @Transactional
    public Page<EntryRow> list(Actor actor, UUID programId, ListFilter filter, String query, ListSort sort, int page,
                               int size) {
        return listWithWaits(actor, programId, filter, WaitFilter.ANY, query, sort, page, size).rows();
    }

    /**
     * A page of the list and each open child's wait against the program's target (business days of its comuna, one
     * calendar counter for the page; the breach filters are conditions on the receipt date).
     */
    @Transactional
    public ListPage listWithWaits(Actor actor, UUID programId, ListFilter filter, WaitFilter wait, String query,
                                  ListSort sort, int page, int size) {
        actor.require(Permission.READ_CHILD_RECORDS);
        ProgramSummary program = programs.get(programId, actor.scope());
        audit.viewed(actor, Subjects.list(program.id()), "audit.list.viewed");
        WaitClock.Cutoffs cutoffs = waitClock.cutoffs(program.id(), program.comunaCode(), deadlines.today());
        Page<EntryRow> rows = search.search(new WaitingListSearch.Criteria(Set.of(program.id()), filter, query, sort,
                null, wait, cutoffs), page, size, deadlines.today(), deadlines.asOfTodayForPage());
        Map<UUID, WaitClock.Wait> waits = new HashMap<>();
        rows.forEach(row -> {
            if (row.status() != EntryStatus.EXITED) {
                waits.put(row.id(), cutoffs.of(row.receivedOn()));
            }
        });
        return new ListPage(rows, waits, cutoffs);
    }

    /** @param waits each open row's wait against the target, by entry id (none for children who left the list) */
    public record ListPage(Page<EntryRow> rows, Map<UUID, WaitClock.Wait> waits, WaitClock.Cutoffs cutoffs) {
    }

    /**
     * Pending decisions due within {@link Deadline#SOON_THRESHOLD} business days of {@code today} or
     * overdue, across the actor's programs, most urgent first: the deadline alerts. One query; the cap
     * only guards memory against a nationwide scope, far above what programs hold.
     */
    public List<EntryRow> needingDecision(Actor actor, LocalDate today) {
        if (!actor.can(Permission.READ_CHILD_RECORDS)) {
            return List.of();
        }
        Set<UUID> visible = programs.visibleIds(actor.scope());
        if (visible.isEmpty()) {
            return List.of();
        }
        return search.search(new WaitingListSearch.Criteria(visible, ListFilter.UNDER_REVIEW, null, ListSort.DEADLINE,
                        today.plusDays(SOON_WINDOW_CALENDAR_DAYS)), 0, NEEDING_DECISION_CAP, today,
                        deadlines.asOfForPage(today))
                .stream()
                .filter(row -> row.deadline().overdue() || row.deadline().soon())
                .sorted(Comparator.comparing((EntryRow row) -> row.deadline().dueOn()))
                .toList();
    }

    /** For each program the actor sees: entries awaiting a decision, overdue ones, and children waiting. */
    public List<ProgramOverview> overview(Actor actor) {
        List<ProgramSummary> visible = programs.visibleTo(actor.scope());
        if (visible.isEmpty() || !actor.can(Permission.READ_CHILD_RECORDS)) {
            return List.of();
        }
        var counts = search.counts(visible.stream().map(ProgramSummary::id).toList(), deadlines.today());
        return visible.stream()
                .map(p -> new ProgramOverview(p, counts.getOrDefault(p.id(), ProgramCounts.NONE)))
                .toList();
    }

    public record ProgramOverview(ProgramSummary program, ProgramCounts counts) {
    }

    /** One entry with its child, deadline, timeline and attachments. Opening it is audited. */
    @Transactional
    public EntryView entry(Actor actor, UUID entryId) {
        actor.require(Permission.READ_CHILD_RECORDS);
        WaitingListEntry entry = access.load(actor, entryId);
        audit.viewed(actor, Subjects.entry(entry), "audit.entry.viewed");
        ProgramSummary program = programs.find(entry.programId()).orElseThrow(() -> new NotFound("program"));
        Deadline deadline = entry.isAwaitingDecision()
                ? deadlines.asOfToday(entry.admissibilityDueOn(), program.comunaCode()) : null;
        List<String> others = access.otherProgramsOf(entry.childId(), entry.programId());
        entry.timeline().size(); // loads the timeline inside the transaction
        return new EntryView(entry, children.get(entry.childId()), program,
                programs.referrer(entry.referrerId()).orElseThrow(() -> new NotFound("referrer")), deadline,
                attachments.findByEntryIdOrderByUploadedAtAsc(entry.id()), others);
    }

    /** The entry's audit history: every change and every view of the entry and its child. */
    public Page<AuditEvent> history(Actor actor, UUID entryId, int page) {
        return history(actor, entryId, AuditHistory.Filter.ALL, page);
    }

    /** The entry's audit history, all of it or only its changes or only its reads. */
    public Page<AuditEvent> history(Actor actor, UUID entryId, AuditHistory.Filter filter, int page) {
        actor.require(Permission.READ_CHILD_RECORDS);
        WaitingListEntry entry = access.load(actor, entryId);
        return audit.history(List.of(entry.id(), entry.childId()), filter, page, 50);
    }

    public record Download(String fileName, String contentType, byte[] content) {
    }

    /** An attachment's bytes, for someone who may see its entry. The download is audited. */
    @Transactional
    public Download attachment(Actor actor, UUID entryId, UUID attachmentId) {
        actor.require(Permission.READ_CHILD_RECORDS);
        WaitingListEntry entry = access.load(actor, entryId);
        Attachment attachment = attachments.findById(attachmentId)
                .filter(a -> a.entryId().equals(entry.id()))
                .orElseThrow(() -> new NotFound("attachment"));
        byte[] bytes = contents.findById(attachment.id()).orElseThrow(() -> new NotFound("attachment")).content();
        audit.viewed(actor, Subjects.entry(entry), "audit.attachment.downloaded");
        return new Download(attachment.fileName(), attachment.contentType(), bytes);
    }
}
