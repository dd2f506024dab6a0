package cl.circuito.waitinglist.priority;

import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The priority capability's part of disposing of records (the retention capability decides when and audits it):
 * an assessment loses its answers, notes and override's reason by its own verb, whether its five years ended or its
 * entry was disposed of with everything hanging from it.
 */
@Component
public class AssessmentDisposal {

    private final PriorityAssessmentRecords assessments;

    AssessmentDisposal(PriorityAssessmentRecords assessments) {
        this.assessments = assessments;
    }

    /** These assessments, wherever they are (the caller checks whose they are). */
    public List<PriorityAssessment> find(Collection<UUID> assessmentIds) {
        return assessments.findAllById(assessmentIds);
    }

    public void dispose(PriorityAssessment assessment, LocalDate on) {
        assessment.dispose(on);
        assessments.save(assessment);
    }

    /** Every assessment of the entry not yet disposed of, disposed of with it. */
    public void disposeOfEntry(UUID entryId, LocalDate on) {
        assessments.findByEntryIdOrderByAssessedAtDesc(entryId).stream()
                .filter(assessment -> assessment.disposedOn() == null)
                .forEach(assessment -> dispose(assessment, on));
    }
}
