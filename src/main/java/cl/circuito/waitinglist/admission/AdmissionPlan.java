package cl.circuito.waitinglist.admission;

import cl.circuito.waitinglist.entry.Staff;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A confirmed monthly admission: what Circuito proposed (the top of the ranking for the free places), what the
 * director chose, and the reason for every difference. The record the director answers for.
 */
@Entity
@Table(name = "admission_plan")
public class AdmissionPlan {

    @Id
    private UUID id;
    private UUID programId;
    private LocalDate month;
    private Instant confirmedAt;
    private UUID confirmedBy;
    private String confirmedByName;
    private int freePlacesAtConfirmation;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<Item> items = new ArrayList<>();

    protected AdmissionPlan() {
    }

    AdmissionPlan(UUID programId, YearMonth month, int freePlaces, Staff actor, Instant now) {
        this.id = UUID.randomUUID();
        this.programId = programId;
        this.month = month.atDay(1);
        this.freePlacesAtConfirmation = freePlaces;
        this.confirmedAt = now;
        this.confirmedBy = actor.id();
        this.confirmedByName = actor.name();
    }

    void add(UUID entryId, boolean proposed, boolean chosen, String deviationReason) {
        items.add(new Item(this, entryId, proposed, chosen, deviationReason));
    }

    /**
     * The child of {@code entryId} was disposed of: the reason written for choosing it or leaving it out goes; that
     * it was proposed and chosen stays (the month's figures).
     */
    void forgetReasonsAbout(UUID entryId, LocalDate on) {
        items.stream().filter(item -> item.entryId.equals(entryId)).forEach(item -> item.dispose(on));
    }

    public UUID id() {
        return id;
    }

    public YearMonth month() {
        return YearMonth.from(month);
    }

    public int freePlacesAtConfirmation() {
        return freePlacesAtConfirmation;
    }

    public List<Item> items() {
        return List.copyOf(items);
    }

    /** One child of the plan: proposed, chosen, or both. */
    @Entity
    @Table(name = "admission_plan_item")
    public static class Item {

        @Id
        private UUID id;
        @ManyToOne(fetch = FetchType.LAZY, optional = false)
        @JoinColumn(name = "plan_id")
        private AdmissionPlan plan;
        private UUID entryId;
        private boolean proposed;
        private boolean chosen;
        private String deviationReason;
        private LocalDate disposedOn;

        protected Item() {
        }

        Item(AdmissionPlan plan, UUID entryId, boolean proposed, boolean chosen, String deviationReason) {
            this.id = UUID.randomUUID();
            this.plan = plan;
            this.entryId = entryId;
            this.proposed = proposed;
            this.chosen = chosen;
            this.deviationReason = deviationReason;
        }

        public UUID entryId() {
            return entryId;
        }

        public boolean proposed() {
            return proposed;
        }

        public boolean chosen() {
            return chosen;
        }

        public String deviationReason() {
            return deviationReason;
        }

        private void dispose(LocalDate on) {
            this.deviationReason = null;
            this.disposedOn = on;
        }
    }
}
