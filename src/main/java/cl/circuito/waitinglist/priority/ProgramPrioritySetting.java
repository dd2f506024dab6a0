package cl.circuito.waitinglist.priority;

import cl.circuito.waitinglist.entry.Staff;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** Which instrument version a program applies and where it cuts between Priority 1 and 2. */
@Entity
@Table(name = "program_priority_setting")
public class ProgramPrioritySetting {

    @Id
    private UUID programId;
    @Version
    private long version;
    private UUID instrumentId;
    private int cut;
    private Instant updatedAt;
    private UUID updatedBy;
    private String updatedByName;

    protected ProgramPrioritySetting() {
    }

    static ProgramPrioritySetting create(UUID programId) {
        ProgramPrioritySetting setting = new ProgramPrioritySetting();
        setting.programId = programId;
        return setting;
    }

    /** The cut must fit the chosen instrument: between 1 and its number of descriptors. */
    void choose(PriorityInstrument instrument, Integer cut, Staff by, Instant now) {
        PriorityScoring.requireCutWithin("cut", cut, instrument.itemCount());
        this.instrumentId = instrument.id();
        this.cut = cut;
        this.updatedAt = now;
        this.updatedBy = by.id();
        this.updatedByName = by.name();
    }

    public UUID programId() {
        return programId;
    }

    public long version() {
        return version;
    }

    public UUID instrumentId() {
        return instrumentId;
    }

    public int cut() {
        return cut;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedByName() {
        return updatedByName;
    }
}
