package cl.circuito.waitinglist.monitoring;

import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The monitoring capability's part of disposing of an entry (the retention capability decides when and audits it):
 * the monitoring actions lose their notes, the judicial actions the court's answer, the month's plans the reasons
 * for taking the child out. Kinds, days, outcomes and the plans' lines stay: the month's progress, the dashboard and
 * the alerts still count them.
 */
@Component
public class MonitoringDisposal {

    private final MonitoringActions actions;
    private final JudicialActions judicialActions;
    private final MonitoringPlans plans;

    MonitoringDisposal(MonitoringActions actions, JudicialActions judicialActions, MonitoringPlans plans) {
        this.actions = actions;
        this.judicialActions = judicialActions;
        this.plans = plans;
    }

    public void disposeOfEntry(UUID entryId, LocalDate on) {
        actions.findByEntryIdOrderByPerformedOnDescRecordedAtDesc(entryId).forEach(MonitoringAction::eraseNotes);
        judicialActions.findByEntryIdOrderByOpenedOnDesc(entryId).forEach(action -> action.dispose(on));
        plans.findWithEntry(entryId).forEach(plan -> plan.forgetReasonsAbout(entryId, on));
    }
}
