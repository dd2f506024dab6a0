package cl.circuito.waitinglist.admission.web;

import cl.circuito.shared.validation.NoMarkup;
import cl.circuito.waitinglist.admission.CaseCloseReason;
import cl.circuito.waitinglist.web.ChildFields;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The monthly admission's and the active cases' forms (mutable beans: Spring binds and re-renders them). */
final class AdmissionForms {

    private AdmissionForms() {
    }

    /** The director's choice for the month: ticked children, and a reason per difference with the proposal. */
    static class PlanForm {
        @NotNull @DateTimeFormat(pattern = "yyyy-MM")
        private YearMonth month;
        private List<UUID> chosen = new ArrayList<>();
        private Map<String, String> reasons = new HashMap<>();

        public YearMonth getMonth() { return month; }
        public void setMonth(YearMonth month) { this.month = month; }
        public List<UUID> getChosen() { return chosen; }
        public void setChosen(List<UUID> chosen) { this.chosen = chosen == null ? new ArrayList<>() : chosen; }
        public Map<String, String> getReasons() { return reasons; }
        public void setReasons(Map<String, String> reasons) { this.reasons = reasons == null ? new HashMap<>() : reasons; }

        boolean isChosen(UUID entryId) {
            return chosen.contains(entryId);
        }

        Map<UUID, String> reasonsByEntry() {
            Map<UUID, String> byEntry = new HashMap<>();
            reasons.forEach((key, value) -> {
                try {
                    byEntry.put(UUID.fromString(key), value);
                } catch (IllegalArgumentException ignored) {
                    // not one of the rows of the page: nothing to attach it to
                }
            });
            return byEntry;
        }
    }

    static class ExistingCaseForm extends ChildFields.Registering {
        @NotNull @PastOrPresent @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate admittedOn;

        public LocalDate getAdmittedOn() { return admittedOn; }
        public void setAdmittedOn(LocalDate admittedOn) { this.admittedOn = admittedOn; }
    }

    static class CloseCaseForm {
        @NotNull @PastOrPresent @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate closedOn;
        @NotNull
        private CaseCloseReason closeReason;
        @NotBlank @Size(max = 4000) @NoMarkup
        private String closeNotes;
        @Size(max = 2000) @NoMarkup
        private String ageOverrideReason;
        private Long version;

        public String getAgeOverrideReason() { return ageOverrideReason; }
        public void setAgeOverrideReason(String ageOverrideReason) { this.ageOverrideReason = ageOverrideReason; }

        public LocalDate getClosedOn() { return closedOn; }
        public void setClosedOn(LocalDate closedOn) { this.closedOn = closedOn; }
        public CaseCloseReason getCloseReason() { return closeReason; }
        public void setCloseReason(CaseCloseReason closeReason) { this.closeReason = closeReason; }
        public String getCloseNotes() { return closeNotes; }
        public void setCloseNotes(String closeNotes) { this.closeNotes = closeNotes; }
        public Long getVersion() { return version; }
        public void setVersion(Long version) { this.version = version; }
    }
}
