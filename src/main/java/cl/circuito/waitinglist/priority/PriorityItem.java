package cl.circuito.waitinglist.priority;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.util.UUID;

/** One descriptor of a priority instrument, numbered across the whole instrument as on paper. */
@Entity
@Table(name = "priority_item")
public class PriorityItem {

    @Id
    private UUID id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "group_id")
    private PriorityGroup group;
    private UUID instrumentId;
    private int number;
    private String text;

    protected PriorityItem() {
    }

    PriorityItem(PriorityGroup group, UUID instrumentId, int number, String text) {
        this.id = UUID.randomUUID();
        this.group = group;
        this.instrumentId = instrumentId;
        this.number = number;
        this.text = text;
    }

    public UUID id() {
        return id;
    }

    public int number() {
        return number;
    }

    public String text() {
        return text;
    }
}
