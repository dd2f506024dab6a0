package cl.circuito.mesas.plan;

import cl.circuito.mesas.mesa.MesaRuleViolation;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/** An objective of a plan, with the activities that pursue it. Changed only through its {@link MesaPlan}. */
@Entity
@Table(name = "mesa_plan_objective")
public class PlanObjective {

    @Id
    private UUID id;
    private int position;
    private String text;
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "objective_id", nullable = false)
    @OrderBy("position")
    private List<PlanActivity> activities = new ArrayList<>();

    protected PlanObjective() {
    }

    PlanObjective(int position, String text) {
        this.id = UUID.randomUUID();
        this.position = position;
        rewrite(text);
    }

    void rewrite(String text) {
        if (text == null || text.isBlank()) {
            throw MesaRuleViolation.invalid("text", "mesamembers.error.required.objective");
        }
        if (text.strip().length() > MesaPlan.MAX_TEXT) {
            throw MesaRuleViolation.invalid("text", "mesas.error.tooLong", MesaPlan.MAX_TEXT);
        }
        this.text = text.strip();
    }

    List<PlanActivity> mutableActivities() {
        return activities;
    }

    public UUID id() {
        return id;
    }

    public int position() {
        return position;
    }

    public String text() {
        return text;
    }

    public List<PlanActivity> activities() {
        return Collections.unmodifiableList(activities);
    }
}
