package cl.circuito.waitinglist.monitoring.web;

import cl.circuito.shared.validation.NoMarkup;
import cl.circuito.waitinglist.monitoring.JudicialActionKind;
import cl.circuito.waitinglist.MonitoringActionKind;
import cl.circuito.waitinglist.MonitoringOutcome;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/**
 * The monitoring plan's page form (the entry page's monitoring forms are {@link MonitoringInputs}). Bound under the
 * model name "monitoring", so a field's label is the bundle's "monitoring.reason"…
 */
final class MonitoringForms {

    private MonitoringForms() {
    }

    /** A child added to, or removed from (with a reason), the month's plan. */
    static class PlanChildForm {
        /** The plan's version, when a child is removed from it. */
        private Long version;
        private UUID entryId;
        @Size(max = 500) @NoMarkup
        private String reason;

        public Long getVersion() { return version; }
        public void setVersion(Long version) { this.version = version; }
        public UUID getEntryId() { return entryId; }
        public void setEntryId(UUID entryId) { this.entryId = entryId; }
        public String getReason() { return reason; }
        public void setReason(String reason) { this.reason = reason; }
    }
}
