package cl.circuito.mesas.plan;

import cl.circuito.mesas.mesa.MesaRuleViolation;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.UUID;

/** An activity of a plan's objective: what, who, when, and how it stands. Changed only through its {@link MesaPlan}. */
@Entity
@Table(name = "mesa_plan_activity")
public class PlanActivity {

    @Id
    private UUID id;
    private int position;
    private String description;
    private UUID responsibleMemberId;
    private String responsiblePerson;
    private LocalDate plannedOn;
    private boolean monthOnly;
    @Enumerated(EnumType.STRING)
    private PlanActivityStatus status;
    private LocalDate doneOn;
    private String note;

    protected PlanActivity() {
    }

    /**
     * What the co-facilitators write about an activity. {@code plannedOn} with {@code monthOnly}: "in that
     * month" (the day is ignored). A DONE activity needs the date it was done.
     */
    public record Details(String description, UUID responsibleMemberId, String responsiblePerson, LocalDate plannedOn,
                          boolean monthOnly, PlanActivityStatus status, LocalDate doneOn, String note) {
    }

    PlanActivity(int position, Details details) {
        this.id = UUID.randomUUID();
        this.position = position;
        apply(details);
    }

    void apply(Details d) {
        if (d.description() == null || d.description().isBlank()) {
            throw MesaRuleViolation.invalid("description", "mesamembers.error.required.activityDescription");
        }
        if (d.description().strip().length() > MesaPlan.MAX_TEXT) {
            throw MesaRuleViolation.invalid("description", "mesas.error.tooLong", MesaPlan.MAX_TEXT);
        }
        if (d.responsiblePerson() != null && d.responsiblePerson().strip().length() > 200) {
            throw MesaRuleViolation.invalid("responsiblePerson", "mesas.error.tooLong", 200);
        }
        if (d.note() != null && d.note().strip().length() > MesaPlan.MAX_TEXT) {
            throw MesaRuleViolation.invalid("note", "mesas.error.tooLong", MesaPlan.MAX_TEXT);
        }
        PlanActivityStatus status = d.status() == null ? PlanActivityStatus.PLANNED : d.status();
        if (status == PlanActivityStatus.DONE && d.doneOn() == null) {
            throw MesaRuleViolation.invalid("doneOn", "mesamembers.error.required.doneOn");
        }
        this.description = d.description().strip();
        this.responsibleMemberId = d.responsibleMemberId();
        this.responsiblePerson = blankToNull(d.responsiblePerson());
        this.plannedOn = d.monthOnly() && d.plannedOn() != null ? d.plannedOn().withDayOfMonth(1) : d.plannedOn();
        this.monthOnly = d.monthOnly() && d.plannedOn() != null;
        this.status = status;
        this.doneOn = status == PlanActivityStatus.DONE ? d.doneOn() : null;
        this.note = blankToNull(d.note());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public UUID id() {
        return id;
    }

    public int position() {
        return position;
    }

    public String description() {
        return description;
    }

    public UUID responsibleMemberId() {
        return responsibleMemberId;
    }

    public String responsiblePerson() {
        return responsiblePerson;
    }

    public LocalDate plannedOn() {
        return plannedOn;
    }

    public boolean monthOnly() {
        return monthOnly;
    }

    public PlanActivityStatus status() {
        return status;
    }

    public LocalDate doneOn() {
        return doneOn;
    }

    public String note() {
        return note;
    }
}
