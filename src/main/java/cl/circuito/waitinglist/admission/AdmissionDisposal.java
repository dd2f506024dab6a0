package cl.circuito.waitinglist.admission;

import cl.circuito.audit.AuditTrail;
import cl.circuito.shared.NotFound;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The admission capability's part of disposing of an entry (the retention capability decides when and audits it):
 * the admission interviews lose who came, the address and the notes; the active case the admission opened loses the
 * child and the closing's texts; the monthly plans lose the reasons written about the child. Dates, states and the
 * plans' lines stay: places, exit rates and the monthly figures still count them.
 */
@Component
public class AdmissionDisposal {

    private final AdmissionInterviews interviews;
    private final ActiveCases cases;
    private final AdmissionPlans plans;

    AdmissionDisposal(AdmissionInterviews interviews, ActiveCases cases, AdmissionPlans plans) {
        this.interviews = interviews;
        this.cases = cases;
        this.plans = plans;
    }

    /** A case the disposal erased, with the child it named (for the registry to forget) and its line in the trail. */
    public record DisposedCase(UUID childId, AuditTrail.Subject subject) {
    }

    /**
     * A case registered without an entry (the child was already in the program when it began using Circuito),
     * disposed of on its own: it loses the child and the closing's texts; its dates and reason stay. Flushed, so the
     * registry then sees the child is no longer referred to.
     */
    public DisposedCase disposeCase(UUID caseId, LocalDate on) {
        ActiveCase activeCase = cases.findById(caseId).orElseThrow(() -> new NotFound("activeCase"));
        UUID child = activeCase.childId();
        activeCase.dispose(on);
        cases.saveAndFlush(activeCase);
        return new DisposedCase(child, AdmissionSubjects.activeCase(activeCase));
    }

    public void disposeOfEntry(UUID entryId, LocalDate on) {
        interviews.findByEntryId(entryId).forEach(interview -> interview.dispose(on));
        cases.findByEntryId(entryId).ifPresent(activeCase -> activeCase.dispose(on));
        plans.findWithEntry(entryId).forEach(plan -> plan.forgetReasonsAbout(entryId, on));
    }
}
