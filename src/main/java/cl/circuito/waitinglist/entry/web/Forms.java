package cl.circuito.waitinglist.entry.web;

import cl.circuito.shared.validation.NoMarkup;
import cl.circuito.waitinglist.entry.BackgroundActionKind;
import cl.circuito.waitinglist.ExitReason;
import cl.circuito.waitinglist.web.ChildFields;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The pages' forms. Mutable beans because Spring binds form fields into them and re-renders them,
 * with what the user typed, when something is wrong.
 */
final class Forms {

    private Forms() {
    }

    static class ReferralForm extends ChildFields.Registering {
        @NotNull
        private UUID referrerId;
        @Size(max = 30) @NoMarkup
        private String courtRit;
        @Size(max = 30) @NoMarkup
        private String courtRuc;
        @NotBlank @Size(max = 4000) @NoMarkup
        private String reason;
        @NotNull @PastOrPresent @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate receivedOn;
        @NotNull
        private Boolean backgroundSufficient;
        private List<MultipartFile> attachments = new ArrayList<>();
        /** The files of an earlier submit kept in the session ({@link ReferralUploads}), by their token. */
        @Size(max = 64)
        private String keptFiles;

        public UUID getReferrerId() { return referrerId; }
        public void setReferrerId(UUID referrerId) { this.referrerId = referrerId; }
        public String getCourtRit() { return courtRit; }
        public void setCourtRit(String courtRit) { this.courtRit = courtRit; }
        public String getCourtRuc() { return courtRuc; }
        public void setCourtRuc(String courtRuc) { this.courtRuc = courtRuc; }
        public String getReason() { return reason; }
        public void setReason(String reason) { this.reason = reason; }
        public LocalDate getReceivedOn() { return receivedOn; }
        public void setReceivedOn(LocalDate receivedOn) { this.receivedOn = receivedOn; }
        public Boolean getBackgroundSufficient() { return backgroundSufficient; }
        public void setBackgroundSufficient(Boolean backgroundSufficient) { this.backgroundSufficient = backgroundSufficient; }
        public String getKeptFiles() { return keptFiles; }
        public void setKeptFiles(String keptFiles) { this.keptFiles = keptFiles; }
        public List<MultipartFile> getAttachments() { return attachments; }
        public void setAttachments(List<MultipartFile> attachments) { this.attachments = attachments; }
    }

    static class BackgroundActionForm {
        @NotNull
        private BackgroundActionKind actionKind;
        @NotNull @PastOrPresent @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate performedOn;
        private UUID performedBy;
        @Size(max = 4000) @NoMarkup
        private String notes;

        public BackgroundActionKind getActionKind() { return actionKind; }
        public void setActionKind(BackgroundActionKind actionKind) { this.actionKind = actionKind; }
        public LocalDate getPerformedOn() { return performedOn; }
        public void setPerformedOn(LocalDate performedOn) { this.performedOn = performedOn; }
        public UUID getPerformedBy() { return performedBy; }
        public void setPerformedBy(UUID performedBy) { this.performedBy = performedBy; }
        public String getNotes() { return notes; }
        public void setNotes(String notes) { this.notes = notes; }
    }

    static class SufficiencyForm {
        private boolean backgroundSufficient;
        @NotBlank @Size(max = 2000) @NoMarkup
        private String reason;
        private Long version;

        public boolean isBackgroundSufficient() { return backgroundSufficient; }
        public void setBackgroundSufficient(boolean backgroundSufficient) { this.backgroundSufficient = backgroundSufficient; }
        public String getReason() { return reason; }
        public void setReason(String reason) { this.reason = reason; }
        public Long getVersion() { return version; }
        public void setVersion(Long version) { this.version = version; }
    }

    static class DecisionForm {
        @NotNull
        private ApiRecords.Outcome outcome;
        @NotNull @PastOrPresent @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate decidedOn;
        @Size(max = 4000) @NoMarkup
        private String decisionReason;
        private UUID pertinentProgramId;
        @Size(max = 300) @NoMarkup
        private String pertinentProgramName;
        private Long version;

        public ApiRecords.Outcome getOutcome() { return outcome; }
        public void setOutcome(ApiRecords.Outcome outcome) { this.outcome = outcome; }
        public LocalDate getDecidedOn() { return decidedOn; }
        public void setDecidedOn(LocalDate decidedOn) { this.decidedOn = decidedOn; }
        public String getDecisionReason() { return decisionReason; }
        public void setDecisionReason(String decisionReason) { this.decisionReason = decisionReason; }
        public UUID getPertinentProgramId() { return pertinentProgramId; }
        public void setPertinentProgramId(UUID pertinentProgramId) { this.pertinentProgramId = pertinentProgramId; }
        public String getPertinentProgramName() { return pertinentProgramName; }
        public void setPertinentProgramName(String pertinentProgramName) { this.pertinentProgramName = pertinentProgramName; }
        public Long getVersion() { return version; }
        public void setVersion(Long version) { this.version = version; }
    }

    static class ReopenForm {
        @NotBlank @Size(max = 2000) @NoMarkup
        private String reason;
        private Long version;

        public String getReason() { return reason; }
        public void setReason(String reason) { this.reason = reason; }
        public Long getVersion() { return version; }
        public void setVersion(Long version) { this.version = version; }
    }

    static class ExitForm {
        @NotNull
        private ExitReason exitReason;
        @NotNull @PastOrPresent @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate exitedOn;
        @NotBlank @Size(max = 4000) @NoMarkup
        private String notes;
        @Size(max = 2000) @NoMarkup
        private String ageOverrideReason;
        private Long version;

        public String getAgeOverrideReason() { return ageOverrideReason; }
        public void setAgeOverrideReason(String ageOverrideReason) { this.ageOverrideReason = ageOverrideReason; }
        public ExitReason getExitReason() { return exitReason; }
        public void setExitReason(ExitReason exitReason) { this.exitReason = exitReason; }
        public LocalDate getExitedOn() { return exitedOn; }
        public void setExitedOn(LocalDate exitedOn) { this.exitedOn = exitedOn; }
        public String getNotes() { return notes; }
        public void setNotes(String notes) { this.notes = notes; }
        public Long getVersion() { return version; }
        public void setVersion(Long version) { this.version = version; }
    }

    /** The correction of a child's identity from the entry page. */
    static class ChildForm extends ChildFields {
    }
}
