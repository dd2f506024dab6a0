package cl.circuito.letters.drafting.web;

import cl.circuito.letters.templates.BatchMode;
import cl.circuito.letters.drafting.LetterKind;
import cl.circuito.letters.drafting.SendingChannel;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The letters pages' forms. Mutable beans because Spring binds them and re-renders them, with what the user
 * typed, when something is wrong. The rules (required text, lengths, dates) are the aggregate's: its errors
 * name the field, so the page and the API say the same thing.
 */
final class LetterForms {

    private LetterForms() {
    }

    static class EditForm {
        private Long version;
        private String subject;
        private String body;

        public Long getVersion() { return version; }
        public void setVersion(Long version) { this.version = version; }
        public String getSubject() { return subject; }
        public void setSubject(String subject) { this.subject = subject; }
        public String getBody() { return body; }
        public void setBody(String body) { this.body = body; }
    }

    static class IssueForm {
        private Long version;
        private boolean confirmed;

        public Long getVersion() { return version; }
        public void setVersion(Long version) { this.version = version; }
        public boolean isConfirmed() { return confirmed; }
        public void setConfirmed(boolean confirmed) { this.confirmed = confirmed; }
    }

    static class SendingForm {
        private Long version;
        private SendingChannel sentVia;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate sentOn;
        private String sentReference;

        public Long getVersion() { return version; }
        public void setVersion(Long version) { this.version = version; }
        public SendingChannel getSentVia() { return sentVia; }
        public void setSentVia(SendingChannel sentVia) { this.sentVia = sentVia; }
        public LocalDate getSentOn() { return sentOn; }
        public void setSentOn(LocalDate sentOn) { this.sentOn = sentOn; }
        public String getSentReference() { return sentReference; }
        public void setSentReference(String sentReference) { this.sentReference = sentReference; }
    }

    static class DiscardForm {
        private Long version;
        private String reason;

        public Long getVersion() { return version; }
        public void setVersion(Long version) { this.version = version; }
        public String getReason() { return reason; }
        public void setReason(String reason) { this.reason = reason; }
    }

    /** Regenerating the text or confirming it against the current facts: only the version read. */
    static class FactsForm {
        private Long version;

        public Long getVersion() { return version; }
        public void setVersion(Long version) { this.version = version; }
    }

    /** The addressee the director chooses: a referring body of the network (a family court for a request). */
    static class AddresseeForm {
        private Long version;
        private UUID referrerId;

        public Long getVersion() { return version; }
        public void setVersion(Long version) { this.version = version; }
        public UUID getReferrerId() { return referrerId; }
        public void setReferrerId(UUID referrerId) { this.referrerId = referrerId; }
    }

    static class DraftForm {
        private LetterKind kind;

        public LetterKind getKind() { return kind; }
        public void setKind(LetterKind kind) { this.kind = kind; }
    }

    static class BatchForm {
        private BatchMode mode;
        private boolean confirmed;
        private List<UUID> letterIds = new ArrayList<>();

        public BatchMode getMode() { return mode; }
        public void setMode(BatchMode mode) { this.mode = mode; }
        public boolean isConfirmed() { return confirmed; }
        public void setConfirmed(boolean confirmed) { this.confirmed = confirmed; }
        public List<UUID> getLetterIds() { return letterIds; }
        public void setLetterIds(List<UUID> letterIds) { this.letterIds = letterIds; }
    }
}
