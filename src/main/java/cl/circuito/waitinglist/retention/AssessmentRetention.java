package cl.circuito.waitinglist.retention;

import cl.circuito.audit.AuditAction;
import cl.circuito.audit.AuditDetails;
import cl.circuito.audit.AuditTrail;
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
import cl.circuito.waitinglist.entry.Subjects;
import cl.circuito.waitinglist.priority.AssessmentDisposal;
import cl.circuito.waitinglist.priority.PriorityAssessment;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static cl.circuito.audit.AuditField.ASSESSED_ON;
import static cl.circuito.audit.AuditField.PRIORITY;
import static cl.circuito.audit.AuditField.REASON;
import static cl.circuito.audit.AuditField.SCORE;

/**
 * The priority guides applied (I-SGC-01, annex 1) at the end of their retention: five years after the guide was
 * applied, once the child no longer waits. Disposal erases the item-by-item answers, the notes and the override's
 * reason; the score, the "no data" count, the cut, the computed, override and final priorities and their dates stay,
 * so the figures and the entry's history still read them.
 */
@Component
class AssessmentRetention implements DisposableRecords {

    private final DueAssessments due;
    private final AssessmentDisposal assessments;
    private final ProgramDirectory programs;
    private final AuditTrail audit;
    private final Messages messages;

    AssessmentRetention(DueAssessments due, AssessmentDisposal assessments, ProgramDirectory programs,
                        AuditTrail audit, Messages messages) {
        this.due = due;
        this.assessments = assessments;
        this.programs = programs;
        this.audit = audit;
        this.messages = messages;
    }

    @Override
    public RecordKind kind() {
        return RecordKind.ASSESSMENTS;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, Integer> dueCounts(Collection<UUID> holderIds, LocalDate today) {
        return due.counts(holderIds, years(), today);
    }

    @Override
    @Transactional(readOnly = true)
    public Page<DueRecord> due(Actor actor, UUID holderId, LocalDate today, int page, int size) {
        actor.require(Permission.READ_CHILD_RECORDS);
        ProgramSummary program = programs.get(holderId, actor.scope());
        return due.page(program.id(), years(), today, page, size).map(this::listed);
    }

    /**
     * All the chosen assessments or none: one of another program is not found (404); one still within its five
     * years, whose child still waits, or already disposed of refuses the whole act (409 naming the child).
     */
    @Override
    @Transactional
    public List<DueRecord> dispose(Actor actor, UUID holderId, DisposalChoice choice, LocalDate today) {
        actor.require(Permission.DISPOSE_RECORDS);
        ProgramSummary program = programs.get(holderId, actor.scope());
        List<DueAssessments.Candidate> chosen = due.of(program.id(), choice.ids(), years());
        if (chosen.size() < choice.ids().size()) {
            throw new NotFound("priorityAssessment");
        }
        chosen.forEach(candidate -> requireDue(candidate, today));
        Map<UUID, PriorityAssessment> loaded = assessments.find(choice.ids()).stream()
                .collect(Collectors.toMap(PriorityAssessment::id, Function.identity()));
        for (DueAssessments.Candidate candidate : chosen) {
            PriorityAssessment assessment = loaded.get(candidate.id());
            assessments.dispose(assessment, today);
            audit.changed(actor, AuditAction.DISPOSED, Subjects.entry(assessment.entryId(), assessment.programId()),
                    "waitinglist.retention.audit.assessmentDisposed",
                    AuditDetails.of(REASON, choice.reason()).with(ASSESSED_ON, assessment.assessedOn())
                            .with(PRIORITY, assessment.finalPriority()).with(SCORE, assessment.score()));
        }
        return chosen.stream().map(this::listed).toList();
    }

    private void requireDue(DueAssessments.Candidate assessment, LocalDate today) {
        String assessedOn = ChileanDates.day(assessment.assessedOn());
        if (assessment.disposedOn() != null) {
            throw DisposalRefused.notDisposable("waitinglist.retention.error.assessmentAlreadyDisposed", assessedOn,
                    ChileanDates.day(assessment.disposedOn()));
        }
        if (assessment.entryStatus() != EntryStatus.EXITED) {
            throw DisposalRefused.notDisposable("waitinglist.retention.error.assessmentStillWaiting",
                    label(assessment), assessedOn);
        }
        if (assessment.dueSince().isAfter(today)) {
            throw DisposalRefused.notDisposable("waitinglist.retention.error.assessmentNotDue", label(assessment),
                    assessedOn, ChileanDates.day(assessment.dueSince()));
        }
    }

    private DueRecord listed(DueAssessments.Candidate assessment) {
        return new DueRecord(assessment.id(), label(assessment),
                messages.get("waitinglist.retention.assessment.detail", ChileanDates.day(assessment.assessedOn()),
                        assessment.finalPriority()),
                assessment.assessedOn(), assessment.dueSince());
    }

    /** The child's name; an assessment whose entry was disposed of names no child any more. */
    private String label(DueAssessments.Candidate assessment) {
        return assessment.childName().isEmpty() ? messages.get("waitinglist.retention.disposedRecord")
                : assessment.childName();
    }

    private static int years() {
        return RecordKind.ASSESSMENTS.retention().period().getYears();
    }
}
