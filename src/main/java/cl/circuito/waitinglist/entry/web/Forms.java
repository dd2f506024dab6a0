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

    /** The correction of a child's identity from the entry page. */
    static class ChildForm extends ChildFields {
    }
}
