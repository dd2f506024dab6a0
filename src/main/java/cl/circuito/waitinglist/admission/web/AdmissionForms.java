package cl.circuito.waitinglist.admission.web;

import cl.circuito.children.ValidRut;
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
public final class AdmissionForms {

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

    public static class InterviewForm {
        @NotNull @PastOrPresent @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate heldOn;
        @NotBlank @Size(max = 1000) @NoMarkup
        private String attendees;
        @NotNull
        private Boolean addressConfirmed;
        @NotBlank @Size(max = 500) @NoMarkup
        private String address;
        @Size(max = 4000) @NoMarkup
        private String interviewNotes;
        private Long version;

        public LocalDate getHeldOn() { return heldOn; }
        public void setHeldOn(LocalDate heldOn) { this.heldOn = heldOn; }
        public String getAttendees() { return attendees; }
        public void setAttendees(String attendees) { this.attendees = attendees; }
        public Boolean getAddressConfirmed() { return addressConfirmed; }
        public void setAddressConfirmed(Boolean addressConfirmed) { this.addressConfirmed = addressConfirmed; }
        public String getAddress() { return address; }
        public void setAddress(String address) { this.address = address; }
        public String getInterviewNotes() { return interviewNotes; }
        public void setInterviewNotes(String interviewNotes) { this.interviewNotes = interviewNotes; }
        public Long getVersion() { return version; }
        public void setVersion(Long version) { this.version = version; }
    }

    public static class AdmitForm {
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate admittedOn;
        private Long version;

        public LocalDate getAdmittedOn() { return admittedOn; }
        public void setAdmittedOn(LocalDate admittedOn) { this.admittedOn = admittedOn; }
        public Long getVersion() { return version; }
        public void setVersion(Long version) { this.version = version; }
    }

    public static class UnscheduleForm {
        @NotBlank @Size(max = 2000) @NoMarkup
        private String unscheduleReason;
        private Long version;

        public String getUnscheduleReason() { return unscheduleReason; }
        public void setUnscheduleReason(String unscheduleReason) { this.unscheduleReason = unscheduleReason; }
        public Long getVersion() { return version; }
        public void setVersion(Long version) { this.version = version; }
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
