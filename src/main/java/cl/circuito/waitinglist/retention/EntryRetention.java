package cl.circuito.waitinglist.retention;

import cl.circuito.audit.AuditAction;
import cl.circuito.audit.AuditDetails;
import cl.circuito.audit.AuditTrail;
import cl.circuito.children.ChildRegistry;
import cl.circuito.network.ProgramDirectory;
import cl.circuito.network.ProgramSummary;
import cl.circuito.shared.NotFound;
import cl.circuito.shared.privacy.DisposableRecords;
import cl.circuito.shared.privacy.DisposalChoice;
import cl.circuito.shared.privacy.DueRecord;
import cl.circuito.shared.privacy.RecordKind;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Permission;
import cl.circuito.shared.text.ChileanDates;
import cl.circuito.shared.web.Messages;
import cl.circuito.waitinglist.EntryStatus;
import cl.circuito.waitinglist.admission.AdmissionDisposal;
import cl.circuito.waitinglist.entry.EntryDisposal;
import cl.circuito.waitinglist.entry.Subjects;
import cl.circuito.waitinglist.entry.WaitingListEntries;
import cl.circuito.waitinglist.entry.WaitingListEntry;
import cl.circuito.waitinglist.monitoring.MonitoringDisposal;
import cl.circuito.waitinglist.priority.AssessmentDisposal;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static cl.circuito.audit.AuditField.ATTACHMENTS;
import static cl.circuito.audit.AuditField.EXITED_ON;
import static cl.circuito.audit.AuditField.EXIT_REASON;
import static cl.circuito.audit.AuditField.REASON;
import static cl.circuito.audit.AuditField.RECEIVED_ON;

/**
 * The F-SGC-030 register's entries at the end of their retention (I-SGC-01: kept up to date until the program ends,
 * then deleted), with everything that hangs from each: the timeline, the family's contact, the attachments, the
 * monitoring and judicial actions, the admission interview, the active case and the priority assessments
 * ({@code RecordKind} CONTACTS, ATTACHMENTS and MONITORING go with them). Disposal keeps what the figures count —
 * the rows, with their program, referrer, dates, states, exit reasons, priorities, scores and counts — and erases who
 * the child is and every free text; each capability's aggregate erases its own part. The child's identity in the
 * registry goes too, once no record of any program (or Mesa) refers to it.
 */
@Component
class EntryRetention implements DisposableRecords {

    private final DueEntries due;
    private final WaitingListEntries entries;
    private final EntryDisposal entryDisposal;
    private final AssessmentDisposal assessments;
    private final MonitoringDisposal monitoring;
    private final AdmissionDisposal admission;
    private final ChildRegistry registry;
    private final ProgramDirectory programs;
    private final AuditTrail audit;
    private final Messages messages;

    EntryRetention(DueEntries due, WaitingListEntries entries, EntryDisposal entryDisposal,
                   AssessmentDisposal assessments, MonitoringDisposal monitoring, AdmissionDisposal admission,
                   ChildRegistry registry, ProgramDirectory programs, AuditTrail audit, Messages messages) {
        this.due = due;
        this.entries = entries;
        this.entryDisposal = entryDisposal;
        this.assessments = assessments;
        this.monitoring = monitoring;
        this.admission = admission;
        this.registry = registry;
        this.programs = programs;
        this.audit = audit;
        this.messages = messages;
    }

    @Override
    public RecordKind kind() {
        return RecordKind.ENTRIES;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, Integer> dueCounts(Collection<UUID> holderIds, LocalDate today) {
        return due.counts(holderIds, today);
    }

    @Override
    @Transactional(readOnly = true)
    public Page<DueRecord> due(Actor actor, UUID holderId, LocalDate today, int page, int size) {
        actor.require(Permission.READ_CHILD_RECORDS);
        ProgramSummary program = programs.get(holderId, actor.scope());
        return due.page(program.id(), today, page, size).map(this::listed);
    }

    /**
     * All the chosen entries or none: one of another program is not found (404); one whose program has not ended,
     * still on the list, with its active case open or a judicial action unresolved, or already disposed of, refuses
     * the whole act (409 naming the child).
     */
    @Override
    @Transactional
    public List<DueRecord> dispose(Actor actor, UUID holderId, DisposalChoice choice, LocalDate today) {
        actor.require(Permission.DISPOSE_RECORDS);
        ProgramSummary program = programs.get(holderId, actor.scope());
        List<DueEntries.Candidate> chosen = due.of(program.id(), choice.ids());
        if (chosen.size() < choice.ids().size()) {
            throw new NotFound("entry");
        }
        chosen.forEach(candidate -> requireDue(candidate, today));
        Map<UUID, WaitingListEntry> loaded = entries.findAllByIds(choice.ids()).stream()
                .collect(Collectors.toMap(WaitingListEntry::id, Function.identity()));
        Set<UUID> children = new LinkedHashSet<>();
        for (DueEntries.Candidate candidate : chosen) {
            WaitingListEntry entry = loaded.get(candidate.id());
            children.add(entry.childId());
            int attachments = entryDisposal.dispose(entry, today);
            assessments.disposeOfEntry(entry.id(), today);
            monitoring.disposeOfEntry(entry.id(), today);
            admission.disposeOfEntry(entry.id(), today);
            audit.changed(actor, AuditAction.DISPOSED, Subjects.entry(entry), "waitinglist.retention.audit.entryDisposed",
                    AuditDetails.of(REASON, choice.reason()).with(RECEIVED_ON, entry.receivedOn())
                            .with(EXITED_ON, entry.exitedOn()).with(EXIT_REASON, entry.exitReason())
                            .with(ATTACHMENTS, attachments));
        }
        // The links are gone from the database before the registry asks its foreign keys who still refers to a child.
        entries.flush();
        for (UUID child : children) {
            if (registry.forgetIfUnreferenced(child)) {
                audit.changed(actor, AuditAction.DISPOSED, Subjects.child(child, program.id()),
                        "waitinglist.retention.audit.identityErased", AuditDetails.of(REASON, choice.reason()));
            }
        }
        return chosen.stream().map(this::listed).toList();
    }

    private static void requireDue(DueEntries.Candidate entry, LocalDate today) {
        if (entry.disposedOn() != null) {
            throw DisposalRefused.notDisposable("waitinglist.retention.error.entryAlreadyDisposed",
                    ChileanDates.day(entry.disposedOn()));
        }
        if (entry.programEndedOn() == null || entry.programEndedOn().isAfter(today)) {
            throw DisposalRefused.notDisposable("waitinglist.retention.error.programRunning", entry.childName());
        }
        if (entry.status() != EntryStatus.EXITED) {
            throw DisposalRefused.notDisposable("waitinglist.retention.error.entryOnTheList", entry.childName());
        }
        if (entry.caseOpen()) {
            throw DisposalRefused.notDisposable("waitinglist.retention.error.caseOpen", entry.childName());
        }
        if (entry.judicialActionOpen()) {
            throw DisposalRefused.notDisposable("waitinglist.retention.error.judicialActionOpen", entry.childName());
        }
        if (entry.guidesKeptUntil() != null && entry.guidesKeptUntil().isAfter(today)) {
            throw DisposalRefused.notDisposable("waitinglist.retention.error.guidesKept", entry.childName(),
                    ChileanDates.day(entry.guidesKeptUntil()));
        }
    }

    private DueRecord listed(DueEntries.Candidate entry) {
        String exit = entry.exitReason() == null ? null : messages.get("exitReason." + entry.exitReason());
        return new DueRecord(entry.id(), entry.childName(),
                messages.get("waitinglist.retention.entry.detail", ChileanDates.day(entry.receivedOn()),
                        ChileanDates.day(entry.exitedOn()), exit),
                entry.exitedOn(), entry.dueSince());
    }
}
