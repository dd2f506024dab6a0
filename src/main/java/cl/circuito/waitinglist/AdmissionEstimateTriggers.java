package cl.circuito.waitinglist;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

import java.util.UUID;

/**
 * Recomputes a program's estimated admission dates once a change that moves its ranking or its places has
 * committed. In a new transaction of its own: a failure here never undoes the user's change (the nightly run
 * catches up).
 */
@Component
class AdmissionEstimateTriggers {

    private final AdmissionEstimates estimates;

    AdmissionEstimateTriggers(AdmissionEstimates estimates) {
        this.estimates = estimates;
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(Events.ChildDeclaredEligible event) {
        recompute(event.programId());
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(Events.DecisionReopened event) {
        recompute(event.programId());
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(Events.EntryExited event) {
        recompute(event.programId());
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(AdmissionEvents.ChildScheduledForAdmission event) {
        recompute(event.programId());
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(AdmissionEvents.AdmissionUnscheduled event) {
        recompute(event.programId());
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(AdmissionEvents.ActiveCaseOpened event) {
        recompute(event.programId());
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(AdmissionEvents.ActiveCaseClosed event) {
        recompute(event.programId());
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(RankingEvents.RankingChanged event) {
        recompute(event.programId());
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(PriorityEvents.PriorityAssessed event) {
        recompute(event.programId());
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(PriorityEvents.PriorityOverridden event) {
        recompute(event.programId());
    }

    private void recompute(UUID programId) {
        estimates.recompute(programId);
    }
}
