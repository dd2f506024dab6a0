package cl.circuito.networkmap.map;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** A tie between two actors of a Mesa's network: referrals, a protocol (perhaps one of the Mesa's), an agreement. */
@Entity
@Table(name = "network_tie")
public class NetworkTie {

    public static final int MAX_NOTE = 500;

    @Id
    private UUID id;
    @Version
    private long version;
    private UUID mesaId;
    private UUID fromActorId;
    private UUID toActorId;
    @Enumerated(EnumType.STRING)
    private TieKind kind;
    private UUID protocolId;
    private String note;
    private Instant createdAt;
    private String createdByName;

    protected NetworkTie() {
    }

    public record Details(UUID fromActorId, UUID toActorId, TieKind kind, UUID protocolId, String note) {
    }

    /** The actors and the protocol have been checked to be the Mesa's by the caller. */
    static NetworkTie connect(UUID mesaId, Details d, String byName, Instant now) {
        if (d.fromActorId() == null) {
            throw NetworkRuleViolation.invalid("fromActorId", "networkmap.error.required.fromActor");
        }
        if (d.toActorId() == null) {
            throw NetworkRuleViolation.invalid("toActorId", "networkmap.error.required.toActor");
        }
        if (d.fromActorId().equals(d.toActorId())) {
            throw NetworkRuleViolation.invalid("toActorId", "networkmap.error.selfTie");
        }
        if (d.kind() == null) {
            throw NetworkRuleViolation.invalid("kind", "networkmap.error.required.tieKind");
        }
        if (d.protocolId() != null && d.kind() != TieKind.PROTOCOL) {
            throw NetworkRuleViolation.invalid("protocolId", "networkmap.error.protocolOnlyForProtocolTies");
        }
        NetworkTie tie = new NetworkTie();
        tie.id = UUID.randomUUID();
        tie.mesaId = mesaId;
        tie.fromActorId = d.fromActorId();
        tie.toActorId = d.toActorId();
        tie.kind = d.kind();
        tie.protocolId = d.protocolId();
        tie.note = Texts.optional("note", d.note(), MAX_NOTE);
        tie.createdAt = now;
        tie.createdByName = byName;
        return tie;
    }

    public long version() {
        return version;
    }

    public UUID id() {
        return id;
    }

    public UUID mesaId() {
        return mesaId;
    }

    public UUID fromActorId() {
        return fromActorId;
    }

    public UUID toActorId() {
        return toActorId;
    }

    public TieKind kind() {
        return kind;
    }

    public UUID protocolId() {
        return protocolId;
    }
}
