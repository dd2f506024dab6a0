package cl.circuito.networkmap.map.web;

import cl.circuito.networkmap.map.ActorKind;
import cl.circuito.networkmap.map.CircuitRole;
import cl.circuito.networkmap.map.MesaTie;
import cl.circuito.networkmap.map.NetworkMapView;
import cl.circuito.networkmap.map.ProtocolRow;
import cl.circuito.networkmap.map.ProtocolStatus;
import cl.circuito.networkmap.map.TieKind;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The network map's and the protocols' JSON, mapped by hand from the read models. */
final class NetworkApiRecords {

    private NetworkApiRecords() {
    }

    record ActorResponse(UUID id, long version, String name, ActorKind kind, String sectorCode, String sectorName,
                         UUID programId, UUID institutionId, UUID memberId, String linkName, CircuitRole role,
                         String roleDescription, MesaTie tie, Double x, Double y, int ties) {
        static ActorResponse of(NetworkMapView.ActorRow a) {
            return new ActorResponse(a.id(), a.version(), a.name(), a.kind(), a.sectorCode(), a.sectorName(),
                    a.programId(), a.institutionId(), a.memberId(), a.linkName(), a.role(), a.roleDescription(),
                    a.tie(), a.x(), a.y(), a.ties());
        }
    }

    record TieResponse(UUID id, long version, UUID fromActorId, String fromName, UUID toActorId, String toName,
                       TieKind kind, UUID protocolId, String protocolTitle, ProtocolStatus protocolStatus, String note) {
        static TieResponse of(NetworkMapView.TieRow t) {
            return new TieResponse(t.id(), t.version(), t.fromActorId(), t.fromName(), t.toActorId(), t.toName(), t.kind(),
                    t.protocolId(), t.protocolTitle(), t.protocolStatus(), t.note());
        }
    }

    record NoteResponse(UUID id, LocalDate writtenOn, String text, String authorName) {
        static NoteResponse of(NetworkMapView.NoteRow n) {
            return new NoteResponse(n.id(), n.writtenOn(), n.text(), n.authorName());
        }
    }

    record NetworkResponse(UUID mesaId, int protocolsInForce, List<ActorResponse> actors, List<TieResponse> ties,
                           List<NoteResponse> notes) {
        static NetworkResponse of(NetworkMapView v) {
            return new NetworkResponse(v.mesaId(), v.protocolsInForce(),
                    v.actors().stream().map(ActorResponse::of).toList(),
                    v.ties().stream().map(TieResponse::of).toList(),
                    v.notes().stream().map(NoteResponse::of).toList());
        }
    }

    record ProtocolResponse(UUID id, long version, String title, String parties, String sectorCode, String sectorName,
                            String versionLabel, ProtocolStatus status, LocalDate agreedOn, LocalDate validFrom,
                            LocalDate validUntil, boolean inForce, String notes, String documentName,
                            Integer documentSize) {
        static ProtocolResponse of(ProtocolRow p) {
            return new ProtocolResponse(p.id(), p.version(), p.title(), p.parties(), p.sectorCode(), p.sectorName(),
                    p.versionLabel(), p.status(), p.agreedOn(), p.validFrom(), p.validUntil(), p.inForce(), p.notes(),
                    p.documentName(), p.documentSize());
        }
    }
}
