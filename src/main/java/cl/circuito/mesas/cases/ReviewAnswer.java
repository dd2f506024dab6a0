package cl.circuito.mesas.cases;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** One answered section of a review, under the label the section had when the case was presented. */
@Entity
@Table(name = "mesa_case_review_answer")
public class ReviewAnswer {

    @Id
    private UUID id;
    private int position;
    private String label;
    private boolean question;
    private String content;

    protected ReviewAnswer() {
    }

    ReviewAnswer(int position, String label, boolean question, String content) {
        this.id = UUID.randomUUID();
        this.position = position;
        this.label = label;
        this.question = question;
        this.content = content;
    }

    /** The answer's text goes with its case's disposal; the section's label stays. */
    void erase() {
        this.content = null;
    }

    public int position() {
        return position;
    }

    public String label() {
        return label;
    }

    public boolean question() {
        return question;
    }

    public String content() {
        return content;
    }
}
