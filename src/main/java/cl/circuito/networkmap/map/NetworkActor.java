package cl.circuito.networkmap.map;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/**
 * An actor of a Mesa's open network: a program, institution, sector or community organisation, a member of the
 * Mesa or not, with what it does in the circuit and its tie to the Mesa. It may point at one program or
 * institution of the network, or at the Mesa member it is.
 */
@Entity
@Table(name = "network_actor")
public class NetworkActor {

    public static final int MAX_NAME = 200;
    public static final int MAX_ROLE_DESCRIPTION = 500;

    @Id
    private UUID id;
    @Version
    private long version;
    private UUID mesaId;
    private String name;
    @Enumerated(EnumType.STRING)
    private ActorKind kind;
    private String sectorCode;
    private UUID programId;
    private UUID institutionId;
    private UUID memberId;
    @Enumerated(EnumType.STRING)
    private CircuitRole role;
    private String roleDescription;
    @Enumerated(EnumType.STRING)
    private MesaTie tie;
    private Instant createdAt;
    private String createdByName;
    private Instant updatedAt;
    private String updatedByName;

    protected NetworkActor() {
    }

    /** What the map says of an actor. At most one of programId, institutionId, memberId. */
    public record Details(String name, ActorKind kind, String sectorCode, UUID programId, UUID institutionId,
                          UUID memberId, CircuitRole role, String roleDescription, MesaTie tie) {
    }

    static NetworkActor place(UUID mesaId, Details details, String byName, Instant now) {
        NetworkActor actor = new NetworkActor();
        actor.id = UUID.randomUUID();
        actor.mesaId = mesaId;
        actor.createdAt = now;
        actor.createdByName = byName;
        actor.describe(details, byName, now);
        return actor;
    }

    void describe(Details d, String byName, Instant now) {
        String cleanName = Texts.required("name", d.name(), MAX_NAME, "networkmap.error.required.name");
        if (d.kind() == null) {
            throw NetworkRuleViolation.invalid("kind", "networkmap.error.required.kind");
        }
        if (d.tie() == null) {
            throw NetworkRuleViolation.invalid("tie", "networkmap.error.required.tie");
        }
        int links = (d.programId() != null ? 1 : 0) + (d.institutionId() != null ? 1 : 0) + (d.memberId() != null ? 1 : 0);
        if (links > 1) {
            throw NetworkRuleViolation.invalid("memberId", "networkmap.error.oneLink");
        }
        this.roleDescription = Texts.optional("roleDescription", d.roleDescription(), MAX_ROLE_DESCRIPTION);
        this.name = cleanName;
        this.kind = d.kind();
        this.sectorCode = d.sectorCode() == null || d.sectorCode().isBlank() ? null : d.sectorCode();
        this.programId = d.programId();
        this.institutionId = d.institutionId();
        this.memberId = d.memberId();
        this.role = d.role();
        this.tie = d.tie();
        this.updatedAt = now;
        this.updatedByName = byName;
    }

    public UUID id() {
        return id;
    }

    public long version() {
        return version;
    }

    public UUID mesaId() {
        return mesaId;
    }

    public String name() {
        return name;
    }

    public ActorKind kind() {
        return kind;
    }

    public String sectorCode() {
        return sectorCode;
    }

    public UUID memberId() {
        return memberId;
    }

    public MesaTie tie() {
        return tie;
    }

    public CircuitRole role() {
        return role;
    }
}
