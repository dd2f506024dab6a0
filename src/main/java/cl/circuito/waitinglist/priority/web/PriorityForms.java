package cl.circuito.waitinglist.priority.web;

import cl.circuito.shared.validation.NoMarkup;
import cl.circuito.waitinglist.priority.PriorityAnswer;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** The priority guide's page forms: mutable beans Spring binds and re-renders with what the user typed. */
final class PriorityForms {

    private PriorityForms() {
    }

    /** The guide itself: {@code answers[n]} is descriptor n's mark. */
    static class AssessmentForm {
        private Long version;
        @NotNull @PastOrPresent @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate assessedOn;
        private Map<Integer, PriorityAnswer> answers = new HashMap<>();
        @Size(max = 4000) @NoMarkup
        private String notes;
        private boolean removeOverride;

        public Long getVersion() { return version; }
        public void setVersion(Long version) { this.version = version; }
        public LocalDate getAssessedOn() { return assessedOn; }
        public void setAssessedOn(LocalDate assessedOn) { this.assessedOn = assessedOn; }
        public Map<Integer, PriorityAnswer> getAnswers() { return answers; }
        public void setAnswers(Map<Integer, PriorityAnswer> answers) { this.answers = answers; }
        public String getNotes() { return notes; }
        public void setNotes(String notes) { this.notes = notes; }
        public boolean isRemoveOverride() { return removeOverride; }
        public void setRemoveOverride(boolean removeOverride) { this.removeOverride = removeOverride; }
    }

    /** choice: "1", "2", or "COMPUTED" to go back to what the guide computed. */
    static class OverrideForm {
        static final String COMPUTED = "COMPUTED";

        private Long version;
        @NotBlank
        private String choice;
        @NotBlank @Size(max = 2000) @NoMarkup
        private String reason;

        /** The priority to set, or null to remove the override; an unknown choice is left to the service to refuse. */
        Integer priority() {
            if (choice == null || COMPUTED.equals(choice)) {
                return null;
            }
            try {
                return Integer.valueOf(choice);
            } catch (NumberFormatException e) {
                return 0;
            }
        }

        public Long getVersion() { return version; }
        public void setVersion(Long version) { this.version = version; }
        public String getChoice() { return choice; }
        public void setChoice(String choice) { this.choice = choice; }
        public String getReason() { return reason; }
        public void setReason(String reason) { this.reason = reason; }
    }

    /** A new instrument or version, in the plain-text editor ("#" lines are group titles). */
    static class InstrumentForm {
        @Size(max = 40)
        private String code;
        @NotBlank @Size(max = 300) @NoMarkup
        private String name;
        @NotNull
        private Integer defaultCut;
        @NotBlank @Size(max = 100_000) @NoMarkup
        private String content;

        public String getCode() { return code; }
        public void setCode(String code) { this.code = code; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public Integer getDefaultCut() { return defaultCut; }
        public void setDefaultCut(Integer defaultCut) { this.defaultCut = defaultCut; }
        public String getContent() { return content; }
        public void setContent(String content) { this.content = content; }
    }

    static class SettingForm {
        private Long version;
        @NotNull
        private UUID instrumentId;
        @NotNull
        private Integer cut;

        public Long getVersion() { return version; }
        public void setVersion(Long version) { this.version = version; }
        public UUID getInstrumentId() { return instrumentId; }
        public void setInstrumentId(UUID instrumentId) { this.instrumentId = instrumentId; }
        public Integer getCut() { return cut; }
        public void setCut(Integer cut) { this.cut = cut; }
    }
}
