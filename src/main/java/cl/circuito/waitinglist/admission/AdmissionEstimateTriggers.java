package cl.circuito.waitinglist.admission;

import cl.circuito.waitinglist.entry.MovesTheRanking;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Recomputes a program's estimated admission dates once a change that moves its ranking or its places has
 * committed, off the request's thread and in a transaction of its own: a failure here never undoes the user's
 * change (the event stays incomplete and is resubmitted; the nightly run catches up too).
 */
@Component
public class AdmissionEstimateTriggers {

    private final AdmissionEstimates estimates;

    AdmissionEstimateTriggers(AdmissionEstimates estimates) {
        this.estimates = estimates;
    }

    @ApplicationModuleListener
    void on(MovesTheRanking event) {
        estimates.recompute(event.programId());
    }
}
