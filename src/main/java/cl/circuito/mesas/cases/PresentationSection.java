package cl.circuito.mesas.cases;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** One section of a presentation format: what the presenting program answers, in order. */
@Entity
@Table(name = "mesa_presentation_section")
public class PresentationSection {

    @Id
    private UUID id;
    private int position;
    private String label;
    private String help;
    private boolean required;
    private boolean question;

    protected PresentationSection() {
    }

    PresentationSection(UUID id, int position, String label, String help, boolean required, boolean question) {
        this.id = id;
        this.position = position;
        this.label = label;
        this.help = help;
        this.required = required;
        this.question = question;
    }

    public UUID id() {
        return id;
    }

    public int position() {
        return position;
    }

    public String label() {
        return label;
    }

    public String help() {
        return help;
    }

    /** Required sections must be answered; the question always is. */
    public boolean required() {
        return required || question;
    }

    /** The section that asks the Mesa its question. */
    public boolean question() {
        return question;
    }
}
