package cl.circuito.waitinglist.priority.web;

import cl.circuito.shared.validation.NoMarkup;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The priority guide's page forms that cannot be the API's request (what both channels share is
 * {@link PriorityInputs}): mutable beans Spring binds and re-renders with what the user typed.
 */
final class PriorityForms {

    private PriorityForms() {
    }

    /**
     * choice: "1", "2", or "COMPUTED" to go back to what the guide computed; one must be chosen. The API's
     * {@code PriorityOverrideBody} sends a priority that is null to go back, so it could not tell a choice left
     * unmade from going back.
     */
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

    /**
     * A new instrument or version, in the plain-text editor ("#" lines are group titles, parsed by
     * {@code InstrumentText}, whose refusals name the text). The API's {@code PriorityInstrumentBody} and
     * {@code PriorityVersionBody} send the groups as a list instead.
     */
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
}
