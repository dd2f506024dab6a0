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
import cl.circuito.waitinglist.admission.AdmissionDisposal;
import cl.circuito.waitinglist.entry.Subjects;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cl.circuito.audit.AuditField.ADMITTED_ON;
import static cl.circuito.audit.AuditField.CLOSED_ON;
import static cl.circuito.audit.AuditField.REASON;

/**
 * The active cases of children who were already in the program when it began using Circuito (RecordKind
 * MONITORING: active cases are kept until the program ends, as the entries are). A case an admission opened goes with
 * its entry ({@link EntryRetention}); these have no entry, so they end on their own once the program has ended and
 * the case is closed. Disposal keeps the case's dates and closing reason (places and exit rates count them) and
 * erases the child and the closing's texts; the child's identity goes too once nothing refers to it.
 */
@Component
class CaseRetention implements DisposableRecords {

    private final DueCases due;
    private final AdmissionDisposal admission;
    private final ChildRegistry registry;
    private final ProgramDirectory programs;
    private final AuditTrail audit;
    private final Messages messages;

    CaseRetention(DueCases due, AdmissionDisposal admission, ChildRegistry registry, ProgramDirectory programs,
                  AuditTrail audit, Messages messages) {
        this.due = due;
        this.admission = admission;
        this.registry = registry;
        this.programs = programs;
        this.audit = audit;
        this.messages = messages;
    }

    @Override
    public RecordKind kind() {
        return RecordKind.MONITORING;
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
        return due.page(programs.get(holderId, actor.scope()).id(), today, page, size).map(this::listed);
    }

    /** All the chosen cases or none: another program's is not found (404); one not yet due refuses the act (409). */
    @Override
    @Transactional
    public List<DueRecord> dispose(Actor actor, UUID holderId, DisposalChoice choice, LocalDate today) {
        actor.require(Permission.DISPOSE_RECORDS);
        ProgramSummary program = programs.get(holderId, actor.scope());
        List<DueCases.Candidate> chosen = due.of(program.id(), choice.ids());
        if (chosen.size() < choice.ids().size()) {
            throw new NotFound("activeCase");
        }
        chosen.forEach(candidate -> requireDue(candidate, today));
        for (DueCases.Candidate candidate : chosen) {
            AdmissionDisposal.DisposedCase disposed = admission.disposeCase(candidate.id(), today);
            audit.changed(actor, AuditAction.DISPOSED, disposed.subject(), "waitinglist.retention.audit.caseDisposed",
                    AuditDetails.of(REASON, choice.reason()).with(ADMITTED_ON, candidate.admittedOn())
                            .with(CLOSED_ON, candidate.closedOn()));
            if (registry.forgetIfUnreferenced(disposed.childId())) {
                audit.changed(actor, AuditAction.DISPOSED, Subjects.child(disposed.childId(), program.id()),
                        "waitinglist.retention.audit.identityErased", AuditDetails.of(REASON, choice.reason()));
            }
        }
        return chosen.stream().map(this::listed).toList();
    }

    private static void requireDue(DueCases.Candidate activeCase, LocalDate today) {
        if (activeCase.disposedOn() != null) {
            throw DisposalRefused.notDisposable("waitinglist.retention.error.entryAlreadyDisposed",
                    ChileanDates.day(activeCase.disposedOn()));
        }
        if (activeCase.programEndedOn() == null || activeCase.programEndedOn().isAfter(today)) {
            throw DisposalRefused.notDisposable("waitinglist.retention.error.caseProgramRunning",
                    activeCase.childName());
        }
        if (activeCase.closedOn() == null) {
            throw DisposalRefused.notDisposable("waitinglist.retention.error.caseStillOpen", activeCase.childName());
        }
    }

    private DueRecord listed(DueCases.Candidate activeCase) {
        String reason = activeCase.closeReason() == null ? null
                : messages.get("cases.reason." + activeCase.closeReason().name());
        return new DueRecord(activeCase.id(), activeCase.childName(),
                messages.get("waitinglist.retention.case.detail", ChileanDates.day(activeCase.admittedOn()),
                        ChileanDates.day(activeCase.closedOn()), reason),
                activeCase.closedOn(), activeCase.dueSince());
    }
}
