package cl.circuito.mesas.mesa;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One line of a member's history in the Mesa. Labels: {@code mesas.memberEvent.<KIND>}. */
@Entity
@Table(name = "mesa_member_event")
public class MemberEvent {

    public enum Kind { JOINED, PARTICIPATION_CHANGED, BECAME_CO_FACILITATOR, CEASED_CO_FACILITATOR, LEFT, REPRESENTATIVE_CHANGED }

    @Id
    private UUID id;
    private UUID mesaId;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    private LocalDate onDate;
    private String detail;
    private Instant at;
    private String byName;

    protected MemberEvent() {
    }

    MemberEvent(UUID mesaId, Kind kind, LocalDate onDate, String detail, String byName, Instant at) {
        this.id = UUID.randomUUID();
        this.mesaId = mesaId;
        this.kind = kind;
        this.onDate = onDate;
        this.detail = detail;
        this.byName = byName;
        this.at = at;
    }

    public Kind kind() {
        return kind;
    }

    public LocalDate onDate() {
        return onDate;
    }

    public String detail() {
        return detail;
    }

    public Instant at() {
        return at;
    }

    public String byName() {
        return byName;
    }
}
