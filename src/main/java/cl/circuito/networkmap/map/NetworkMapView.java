package cl.circuito.networkmap.map;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A Mesa's network map as read: its actors (with how many ties each), its ties, its diagnosis notes. */
public record NetworkMapView(UUID mesaId, List<ActorRow> actors, List<TieRow> ties, List<NoteRow> notes,
                             int protocolsInForce) {

    public record ActorRow(UUID id, long version, String name, ActorKind kind, String sectorCode, String sectorName,
                           UUID programId, UUID institutionId, UUID memberId, String linkName, CircuitRole role,
                           String roleDescription, MesaTie tie, Double x, Double y, int ties) {
    }

    public record TieRow(UUID id, long version, UUID fromActorId, String fromName, UUID toActorId, String toName, TieKind kind,
                         UUID protocolId, String protocolTitle, ProtocolStatus protocolStatus, String note) {
    }

    public record NoteRow(UUID id, LocalDate writtenOn, String text, String authorName) {
    }

    /** The actors of sectors or institutions not tied to the Mesa: whom the diagnosis says to convene. */
    public List<ActorRow> notTied() {
        return actors.stream().filter(a -> a.tie() == MesaTie.NONE).toList();
    }
}
