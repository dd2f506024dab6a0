package cl.circuito.mesas.sessions.web;

import cl.circuito.mesas.sessions.AttendanceStatus;
import cl.circuito.mesas.sessions.MesaSession;
import cl.circuito.mesas.sessions.SessionAgendas;
import cl.circuito.mesas.sessions.SessionAttendance;
import cl.circuito.mesas.sessions.SessionPlanning;
import cl.circuito.shared.validation.NoRut;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The sessions' page forms: plain beans, so a refused form re-renders with what the user typed. */
final class SessionForms {

    private SessionForms() {
    }

    /** A session on any date (or a session moved: then with the version it was read at). */
    public static class SlotForm {
        private Long version;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate heldOn;
        @DateTimeFormat(iso = DateTimeFormat.ISO.TIME)
        private LocalTime startsAt;
        @DateTimeFormat(iso = DateTimeFormat.ISO.TIME)
        private LocalTime endsAt;
        @NoRut
        private String place;
        /** Set once the page asked: the date is a Saturday, Sunday or holiday and the user means it. */
        private boolean confirmNonBusinessDay;

        static SlotForm of(MesaSession s) {
            SlotForm form = new SlotForm();
            form.version = s.version();
            form.heldOn = s.heldOn();
            form.startsAt = s.startsAt();
            form.endsAt = s.endsAt();
            form.place = s.place();
            return form;
        }

        MesaSession.Slot slot() {
            return new MesaSession.Slot(heldOn, startsAt, endsAt, place);
        }

        public Long getVersion() { return version; }
        public void setVersion(Long version) { this.version = version; }
        public LocalDate getHeldOn() { return heldOn; }
        public void setHeldOn(LocalDate heldOn) { this.heldOn = heldOn; }
        public LocalTime getStartsAt() { return startsAt; }
        public void setStartsAt(LocalTime startsAt) { this.startsAt = startsAt; }
        public LocalTime getEndsAt() { return endsAt; }
        public void setEndsAt(LocalTime endsAt) { this.endsAt = endsAt; }
        public String getPlace() { return place; }
        public void setPlace(String place) { this.place = place; }
        public boolean isConfirmNonBusinessDay() { return confirmNonBusinessDay; }
        public void setConfirmNonBusinessDay(boolean confirm) { this.confirmNonBusinessDay = confirm; }
    }

    /** Whether the refusal a form got asks the user to confirm a Saturday, Sunday or holiday. */
    static boolean asksConfirmation(BindingResult result) {
        return result.getAllErrors().stream().anyMatch(e -> e.getCode() != null && SessionPlanning.asksConfirmation(e.getCode()));
    }

    /** The proposed dates ticked. */
    public static class ProposedForm {
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private List<LocalDate> dates = new ArrayList<>();
        private boolean confirmNonBusinessDay;

        public List<LocalDate> getDates() { return dates; }
        public void setDates(List<LocalDate> dates) { this.dates = dates; }
        public boolean isConfirmNonBusinessDay() { return confirmNonBusinessDay; }
        public void setConfirmNonBusinessDay(boolean confirm) { this.confirmNonBusinessDay = confirm; }
    }

    public static class CancelForm {
        private Long version;
        @NoRut
        private String cancelReason;

        public Long getVersion() { return version; }
        public void setVersion(Long version) { this.version = version; }
        public String getCancelReason() { return cancelReason; }
        public void setCancelReason(String cancelReason) { this.cancelReason = cancelReason; }
    }

    public static class ItemForm {
        /** The session's version, when an item is changed (adding one is not a change of what was read). */
        private Long version;
        @NoRut
        private String title;
        @NoRut
        private String description;
        @NoRut
        private String presenter;

        SessionAgendas.ItemText text() {
            return new SessionAgendas.ItemText(title, description, presenter);
        }

        public Long getVersion() { return version; }
        public void setVersion(Long version) { this.version = version; }
        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public String getDescription() { return description; }
        public void setDescription(String description) { this.description = description; }
        public String getPresenter() { return presenter; }
        public void setPresenter(String presenter) { this.presenter = presenter; }
    }

    /** One status per expected line (member and representative), and the guests who came. */
    public static class AttendanceForm {
        private Long version;
        private List<MarkForm> lines = new ArrayList<>();
        private List<UUID> presentGuests = new ArrayList<>();

        static AttendanceForm of(SessionAttendance.Sheet sheet) {
            AttendanceForm form = new AttendanceForm();
            form.version = sheet.session().version();
            for (SessionAttendance.Line line : sheet.lines()) {
                MarkForm mark = new MarkForm();
                mark.setMemberId(line.memberId());
                mark.setRepresentativeId(line.representativeId());
                mark.setStatus(line.status() == null ? AttendanceStatus.ABSENT : line.status());
                form.lines.add(mark);
            }
            sheet.guests().stream().filter(SessionAttendance.Guest::present).forEach(g -> form.presentGuests.add(g.id()));
            return form;
        }

        public Long getVersion() { return version; }
        public void setVersion(Long version) { this.version = version; }

        List<SessionAttendance.Mark> marks() {
            return lines.stream().map(l -> new SessionAttendance.Mark(l.memberId, l.representativeId, l.status)).toList();
        }

        public List<MarkForm> getLines() { return lines; }
        public void setLines(List<MarkForm> lines) { this.lines = lines; }
        public List<UUID> getPresentGuests() { return presentGuests; }
        public void setPresentGuests(List<UUID> presentGuests) { this.presentGuests = presentGuests; }
    }

    public static class MarkForm {
        private UUID memberId;
        private UUID representativeId;
        private AttendanceStatus status;

        public UUID getMemberId() { return memberId; }
        public void setMemberId(UUID memberId) { this.memberId = memberId; }
        public UUID getRepresentativeId() { return representativeId; }
        public void setRepresentativeId(UUID representativeId) { this.representativeId = representativeId; }
        public AttendanceStatus getStatus() { return status; }
        public void setStatus(AttendanceStatus status) { this.status = status; }
    }

    public static class GuestForm {
        @NoRut
        private String fullName;
        @NoRut
        private String institution;
        @NoRut
        private String position;
        private String email;

        SessionAttendance.GuestDetails details() {
            return new SessionAttendance.GuestDetails(fullName, institution, position, email);
        }

        public String getFullName() { return fullName; }
        public void setFullName(String fullName) { this.fullName = fullName; }
        public String getInstitution() { return institution; }
        public void setInstitution(String institution) { this.institution = institution; }
        public String getPosition() { return position; }
        public void setPosition(String position) { this.position = position; }
        public String getEmail() { return email; }
        public void setEmail(String email) { this.email = email; }
    }
}
