package cl.circuito.waitinglist.admission;

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

    public void disposeOfEntry(UUID entryId, LocalDate on) {
        interviews.findByEntryId(entryId).forEach(interview -> interview.dispose(on));
        cases.findByEntryId(entryId).ifPresent(activeCase -> activeCase.dispose(on));
        plans.findWithEntry(entryId).forEach(plan -> plan.forgetReasonsAbout(entryId, on));
    }
}
