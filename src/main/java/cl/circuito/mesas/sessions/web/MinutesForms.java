package cl.circuito.mesas.sessions.web;

import cl.circuito.mesas.agreements.AgreementStatus;
import cl.circuito.mesas.agreements.web.AgreementTermsForm;
import cl.circuito.shared.validation.NoRut;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The forms of the minutes and agreements pages. Mutable beans because Spring binds them and the page shows them
 * again, with what the user typed, when a rule refuses them. The rules are the aggregates'.
 */
public final class MinutesForms {

    private MinutesForms() {
    }

    /** The notes and decisions of one agenda item. */
    public static class ItemForm {
        private Long version;
        @NoRut
        private String notes;
        @NoRut
        private String decisions;

        public Long getVersion() { return version; }
        public void setVersion(Long version) { this.version = version; }
        public String getNotes() { return notes; }
        public void setNotes(String notes) { this.notes = notes; }
        public String getDecisions() { return decisions; }
        public void setDecisions(String decisions) { this.decisions = decisions; }
    }

    public static class VersionForm {
        private Long version;

        public Long getVersion() { return version; }
        public void setVersion(Long version) { this.version = version; }
    }

    public static class ApproveForm {
        private Long previousVersion;
        @NoRut
        private String approvedBy;
        @NoRut
        private String corrections;

        public Long getPreviousVersion() { return previousVersion; }
        public void setPreviousVersion(Long previousVersion) { this.previousVersion = previousVersion; }
        public String getApprovedBy() { return approvedBy; }
        public void setApprovedBy(String approvedBy) { this.approvedBy = approvedBy; }
        public String getCorrections() { return corrections; }
        public void setCorrections(String corrections) { this.corrections = corrections; }
    }

    /** A new agreement under an agenda item, or the amended terms of one (with its version). */
    public static class AgreementForm extends AgreementTermsForm {
        private Long version;
        private UUID itemId;

        public Long getVersion() { return version; }
        public void setVersion(Long version) { this.version = version; }
        public UUID getItemId() { return itemId; }
        public void setItemId(UUID itemId) { this.itemId = itemId; }
    }

    /**
     * A status update (or, at a session, a review). {@code from} is the page the form was on, shown again if the
     * update is refused: detail, list, my, minutes.
     */
    public static class StatusForm {
        private Long version;
        private AgreementStatus status;
        @NoRut
        private String note;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate closedOn;
        private UUID atSession;
        private String from;

        public Long getVersion() { return version; }
        public void setVersion(Long version) { this.version = version; }
        public AgreementStatus getStatus() { return status; }
        public void setStatus(AgreementStatus status) { this.status = status; }
        public String getNote() { return note; }
        public void setNote(String note) { this.note = note; }
        public LocalDate getClosedOn() { return closedOn; }
        public void setClosedOn(LocalDate closedOn) { this.closedOn = closedOn; }
        public UUID getAtSession() { return atSession; }
        public void setAtSession(UUID atSession) { this.atSession = atSession; }
        public String getFrom() { return from; }
        public void setFrom(String from) { this.from = from; }
    }
}
