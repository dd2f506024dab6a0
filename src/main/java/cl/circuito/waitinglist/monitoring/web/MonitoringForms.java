package cl.circuito.waitinglist.monitoring.web;

import cl.circuito.shared.validation.NoMarkup;
import cl.circuito.waitinglist.JudicialActionKind;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The monitoring forms. Required values and dates are checked by the domain (one Spanish message per
 * rule, the same on the pages and the API); the forms only bound the text. They are bound under the model
 * names "monitoring" and "judicial", so a field's label is the bundle's "monitoring.notes", "judicial.answer"…
 */
final class MonitoringForms {

    private MonitoringForms() {
    }

    /** The unresolved judicial action's next step: the request (kind, date) or the court's answer (text, date). */
    static class JudicialForm {
        private JudicialActionKind kind;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate requestedOn;
        @Size(max = 4000) @NoMarkup
        private String answer;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate answeredOn;
        private Long version;

        public JudicialActionKind getKind() { return kind; }
        public void setKind(JudicialActionKind kind) { this.kind = kind; }
        public LocalDate getRequestedOn() { return requestedOn; }
        public void setRequestedOn(LocalDate requestedOn) { this.requestedOn = requestedOn; }
        public String getAnswer() { return answer; }
        public void setAnswer(String answer) { this.answer = answer; }
        public LocalDate getAnsweredOn() { return answeredOn; }
        public void setAnsweredOn(LocalDate answeredOn) { this.answeredOn = answeredOn; }
        public Long getVersion() { return version; }
        public void setVersion(Long version) { this.version = version; }
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
