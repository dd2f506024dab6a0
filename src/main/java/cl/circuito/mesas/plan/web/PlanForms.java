package cl.circuito.mesas.plan.web;

import cl.circuito.mesas.mesa.web.MesaForms;
import cl.circuito.mesas.ActivityKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import cl.circuito.mesas.plan.ActivityRow;
import cl.circuito.mesas.plan.MesaActivity;
import cl.circuito.mesas.plan.MesaPlan;
import cl.circuito.mesas.plan.PlanActivity;
import cl.circuito.mesas.plan.PlanActivityStatus;
import cl.circuito.mesas.plan.PlanPeriod;
import cl.circuito.mesas.plan.PlanView;
import cl.circuito.shared.validation.NoRut;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The plan and activity pages' forms. Mutable beans because Spring binds them; numbers are text so that a failed
 * submit shows what the user typed.
 */
final class PlanForms {

    private PlanForms() {
    }

    static class PlanForm {
        private Long version;
        private PlanPeriod periodKind = PlanPeriod.SEMESTER;
        @NotBlank
        private String year;
        private Integer semester;
        @NoRut
        @NotBlank
        private String title;

        static PlanForm of(PlanView p) {
            PlanForm f = new PlanForm();
            f.version = p.version();
            f.periodKind = p.periodKind();
            f.year = String.valueOf(p.year());
            f.semester = p.semester();
            f.title = p.title();
            return f;
        }

        MesaPlan.Heading heading() {
            return new MesaPlan.Heading(periodKind, MesaForms.number(year, "year"), semester, title);
        }

        public Long getVersion() { return version; }
        public void setVersion(Long version) { this.version = version; }
        public PlanPeriod getPeriodKind() { return periodKind; }
        public void setPeriodKind(PlanPeriod periodKind) { this.periodKind = periodKind; }
        public String getYear() { return year; }
        public void setYear(String year) { this.year = year; }
        public Integer getSemester() { return semester; }
        public void setSemester(Integer semester) { this.semester = semester; }
        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
    }

    static class ObjectiveForm {
        private Long version;
        @NoRut
        private String text;

        public Long getVersion() { return version; }
        public void setVersion(Long version) { this.version = version; }
        public String getText() { return text; }
        public void setText(String text) { this.text = text; }
    }

    static class PlanActivityForm {
        private Long version;
        @NoRut
        private String description;
        private UUID responsibleMemberId;
        @NoRut
        private String responsiblePerson;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate plannedOn;
        private boolean monthOnly;
        private PlanActivityStatus status = PlanActivityStatus.PLANNED;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate doneOn;
        @NoRut
        private String note;

        static PlanActivityForm of(long version, PlanView.Activity a) {
            PlanActivityForm f = new PlanActivityForm();
            f.version = version;
            f.description = a.description();
            f.responsibleMemberId = a.responsibleMemberId();
            f.responsiblePerson = a.responsiblePerson();
            f.plannedOn = a.plannedOn();
            f.monthOnly = a.monthOnly();
            f.status = a.status();
            f.doneOn = a.doneOn();
            f.note = a.note();
            return f;
        }

        PlanActivity.Details details() {
            return new PlanActivity.Details(description, responsibleMemberId, responsiblePerson, plannedOn, monthOnly,
                    status, doneOn, note);
        }

        public Long getVersion() { return version; }
        public void setVersion(Long version) { this.version = version; }
        public String getDescription() { return description; }
        public void setDescription(String description) { this.description = description; }
        public UUID getResponsibleMemberId() { return responsibleMemberId; }
        public void setResponsibleMemberId(UUID responsibleMemberId) { this.responsibleMemberId = responsibleMemberId; }
        public String getResponsiblePerson() { return responsiblePerson; }
        public void setResponsiblePerson(String responsiblePerson) { this.responsiblePerson = responsiblePerson; }
        public LocalDate getPlannedOn() { return plannedOn; }
        public void setPlannedOn(LocalDate plannedOn) { this.plannedOn = plannedOn; }
        public boolean isMonthOnly() { return monthOnly; }
        public void setMonthOnly(boolean monthOnly) { this.monthOnly = monthOnly; }
        public PlanActivityStatus getStatus() { return status; }
        public void setStatus(PlanActivityStatus status) { this.status = status; }
        public LocalDate getDoneOn() { return doneOn; }
        public void setDoneOn(LocalDate doneOn) { this.doneOn = doneOn; }
        public String getNote() { return note; }
        public void setNote(String note) { this.note = note; }
    }

    static class ActivityForm {
        private Long version;
        private ActivityKind kind;
        @NotBlank
        @NoRut
        private String title;
        @NoRut
        private String audience;
        @NotNull
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate heldOn;
        @NoRut
        private String place;
        private String participantsCount;
        @NoRut
        private String participantsDescription;
        private UUID responsibleMemberId;
        @NoRut
        private String description;

        static ActivityForm of(ActivityRow a) {
            ActivityForm f = new ActivityForm();
            f.version = a.version();
            f.kind = a.kind();
            f.title = a.title();
            f.audience = a.audience();
            f.heldOn = a.heldOn();
            f.place = a.place();
            f.participantsCount = a.participantsCount() == null ? null : a.participantsCount().toString();
            f.participantsDescription = a.participantsDescription();
            f.responsibleMemberId = a.responsibleMemberId();
            f.description = a.description();
            return f;
        }

        MesaActivity.Details details() {
            return new MesaActivity.Details(kind, title, audience, heldOn, place,
                    MesaForms.number(participantsCount, "participantsCount"), participantsDescription, responsibleMemberId,
                    description);
        }

        public Long getVersion() { return version; }
        public void setVersion(Long version) { this.version = version; }
        public ActivityKind getKind() { return kind; }
        public void setKind(ActivityKind kind) { this.kind = kind; }
        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public String getAudience() { return audience; }
        public void setAudience(String audience) { this.audience = audience; }
        public LocalDate getHeldOn() { return heldOn; }
        public void setHeldOn(LocalDate heldOn) { this.heldOn = heldOn; }
        public String getPlace() { return place; }
        public void setPlace(String place) { this.place = place; }
        public String getParticipantsCount() { return participantsCount; }
        public void setParticipantsCount(String participantsCount) { this.participantsCount = participantsCount; }
        public String getParticipantsDescription() { return participantsDescription; }
        public void setParticipantsDescription(String participantsDescription) { this.participantsDescription = participantsDescription; }
        public UUID getResponsibleMemberId() { return responsibleMemberId; }
        public void setResponsibleMemberId(UUID responsibleMemberId) { this.responsibleMemberId = responsibleMemberId; }
        public String getDescription() { return description; }
        public void setDescription(String description) { this.description = description; }
    }
}
