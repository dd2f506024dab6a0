package cl.circuito.waitinglist;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

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
    void on(MovesTheRanking event) {
        estimates.recompute(event.programId());
    }
}
