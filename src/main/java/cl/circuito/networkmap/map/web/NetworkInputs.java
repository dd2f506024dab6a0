package cl.circuito.networkmap.map.web;

import cl.circuito.networkmap.map.ActorKind;
import cl.circuito.networkmap.map.CircuitRole;
import cl.circuito.networkmap.map.MesaProtocol;
import cl.circuito.networkmap.map.MesaTie;
import cl.circuito.networkmap.map.NetworkActor;
import cl.circuito.networkmap.map.NetworkMapView.ActorRow;
import cl.circuito.networkmap.map.NetworkMaps;
import cl.circuito.networkmap.map.NetworkTie;
import cl.circuito.networkmap.map.ProtocolRow;
import cl.circuito.networkmap.map.ProtocolStatus;
import cl.circuito.networkmap.map.TieKind;
import cl.circuito.shared.validation.NoRut;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What a co-facilitator sends about the Mesa's network map and protocols, the same record for the pages' forms
 * ({@code @ModelAttribute}, under their old names, so a field's label is the bundle's "actorForm.kind"…) and the API
 * ({@code @RequestBody}): the names are the API's, so the pages' fields carry them too. The rules live in the
 * services, which name the field they refuse.
 */
final class NetworkInputs {

    private NetworkInputs() {
    }

    @Schema(name = "NetworkActorInput")
    record ActorInput(
            @Schema(description = "Solo al modificar o quitar: la versión leída") Long version,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Liceo Narciso Tondreau") @NoRut String name,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) ActorKind kind,
            @Schema(description = "Código de una modalidad de tipo SECTOR", example = "EDUCACION") String sectorCode,
            UUID programId, UUID institutionId,
            @Schema(description = "Integrante de la Mesa al que corresponde") UUID memberId,
            CircuitRole role, @NoRut String roleDescription,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) MesaTie tie) {

        /** A new actor's form: a sector, not yet tied to the Mesa. */
        static ActorInput blank() {
            return new ActorInput(null, null, ActorKind.SECTOR, null, null, null, null, null, null, MesaTie.NONE);
        }

        static ActorInput of(ActorRow a) {
            return new ActorInput(a.version(), a.name(), a.kind(), a.sectorCode(), a.programId(), a.institutionId(),
                    a.memberId(), a.role(), a.roleDescription(), a.tie());
        }

        NetworkActor.Details details() {
            return new NetworkActor.Details(name, kind, sectorCode, programId, institutionId, memberId, role,
                    roleDescription, tie);
        }
    }

    @Schema(name = "NetworkTieInput")
    record TieInput(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) UUID fromActorId,
                    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) UUID toActorId,
                    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) TieKind kind,
                    @Schema(description = "Solo para kind PROTOCOL: un protocolo de la Mesa") UUID protocolId,
                    @NoRut String note) {

        static TieInput blank() {
            return new TieInput(null, null, null, null, null);
        }

        NetworkTie.Details details() {
            return new NetworkTie.Details(fromActorId, toActorId, kind, protocolId, note);
        }
    }

    @Schema(name = "NetworkNoteInput")
    record NoteInput(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) @NoRut String text) {

        static NoteInput blank() {
            return new NoteInput(null);
        }
    }

    /** Where an actor stands on the drawing: sent as JSON by the page's script and by API clients alike. */
    @Schema(name = "NetworkPositionInput")
    record PositionInput(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) UUID actorId, double x, double y) {

        NetworkMaps.Position position() {
            return new NetworkMaps.Position(actorId, x, y);
        }
    }

    @Schema(name = "NetworkProtocolInput")
    record ProtocolInput(
            @Schema(description = "Solo al modificar: la versión leída") Long version,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Protocolo de abordaje de riesgo suicida") @NoRut String title,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "CESFAM Los Volcanes") @NoRut String parties,
            String sectorCode, @NoRut String versionLabel,
            @Schema(description = "Solo al registrar; por omisión DRAFT") ProtocolStatus status,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate agreedOn,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validUntil,
            @NoRut String notes) {

        /** A new protocol's form: a draft. */
        static ProtocolInput blank() {
            return new ProtocolInput(null, null, null, null, null, ProtocolStatus.DRAFT, null, null, null, null);
        }

        static ProtocolInput of(ProtocolRow p) {
            return new ProtocolInput(p.version(), p.title(), p.parties(), p.sectorCode(), p.versionLabel(),
                    p.status(), p.agreedOn(), p.validFrom(), p.validUntil(), p.notes());
        }

        MesaProtocol.Details details() {
            return new MesaProtocol.Details(title, parties, sectorCode, versionLabel, agreedOn, validFrom, validUntil,
                    notes);
        }
    }

    @Schema(name = "ProtocolStatusInput")
    record StatusInput(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long version,
                       @Schema(requiredMode = Schema.RequiredMode.REQUIRED) ProtocolStatus status) {
    }
}
