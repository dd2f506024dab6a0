package cl.circuito.waitinglist.priority;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.util.UUID;

/** How one descriptor was marked in one assessment. */
@Embeddable
public class AssessmentAnswer {

    private UUID itemId;
    private int itemNumber;
    @Enumerated(EnumType.STRING)
    private PriorityAnswer answer;

    protected AssessmentAnswer() {
    }

    AssessmentAnswer(UUID itemId, int itemNumber, PriorityAnswer answer) {
        this.itemId = itemId;
        this.itemNumber = itemNumber;
        this.answer = answer;
    }

    public UUID itemId() {
        return itemId;
    }

    public int itemNumber() {
        return itemNumber;
    }

    public PriorityAnswer answer() {
        return answer;
    }
}
