package cl.circuito.waitinglist.priority;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A heading of a priority instrument ("I. En relación al tipo de delito") and its descriptors. */
@Entity
@Table(name = "priority_group")
public class PriorityGroup {

    @Id
    private UUID id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "instrument_id")
    private PriorityInstrument instrument;
    private int position;
    private String title;
    @OneToMany(mappedBy = "group", cascade = CascadeType.ALL)
    @OrderBy("number")
    private List<PriorityItem> items = new ArrayList<>();

    protected PriorityGroup() {
    }

    PriorityGroup(PriorityInstrument instrument, int position, String title) {
        this.id = UUID.randomUUID();
        this.instrument = instrument;
        this.position = position;
        this.title = title;
    }

    PriorityItem add(int number, String text) {
        PriorityItem item = new PriorityItem(this, instrument.id(), number, text);
        items.add(item);
        return item;
    }

    public UUID id() {
        return id;
    }

    public int position() {
        return position;
    }

    public String title() {
        return title;
    }

    public List<PriorityItem> items() {
        return List.copyOf(items);
    }
}
