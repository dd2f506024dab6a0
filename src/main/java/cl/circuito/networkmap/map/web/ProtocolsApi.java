package cl.circuito.networkmap.map.web;

import cl.circuito.networkmap.map.ProtocolDocument;
import cl.circuito.networkmap.map.Protocols;
import cl.circuito.networkmap.map.web.NetworkApiRecords.ProtocolResponse;
import cl.circuito.networkmap.map.web.NetworkInputs.ProtocolInput;
import cl.circuito.networkmap.map.web.NetworkInputs.StatusInput;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.CurrentActor;
import cl.circuito.shared.web.Downloads;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.util.List;
import java.util.UUID;

/** A Mesa's protocols with other sectors over JSON, and their documents. */
@RestController
@Tag(name = "Protocolos de Mesas", description = "Protocolos acordados por cada Mesa con otros sectores: partes, fechas, versión, estado y documento")
@SecurityRequirement(name = "token")
class ProtocolsApi {

    private final CurrentActor currentActor;
    private final Protocols protocols;

    ProtocolsApi(CurrentActor currentActor, Protocols protocols) {
        this.currentActor = currentActor;
        this.protocols = protocols;
    }

    @Operation(summary = "Protocolos de la Mesa", description = "Vigentes primero; inForce: en estado IN_FORCE y dentro de su vigencia hoy.")
    @GetMapping("/api/v1/mesas/{mesaId}/protocols")
    List<ProtocolResponse> list(@PathVariable UUID mesaId) {
        return protocols.list(currentActor.get(), mesaId).stream().map(ProtocolResponse::of).toList();
    }

    @Operation(summary = "Un protocolo")
    @GetMapping("/api/v1/mesas/{mesaId}/protocols/{protocolId}")
    ProtocolResponse protocol(@PathVariable UUID mesaId, @PathVariable UUID protocolId) {
        return ProtocolResponse.of(protocols.protocol(currentActor.get(), mesaId, protocolId));
    }

    @Operation(summary = "Registrar un protocolo", description = "Solo co-facilitadores (403). Vigente (IN_FORCE) exige agreedOn. 422 nombrando el campo.")
    @PostMapping("/api/v1/mesas/{mesaId}/protocols")
    @ResponseStatus(HttpStatus.CREATED)
    ProtocolResponse record(@PathVariable UUID mesaId, @Valid @RequestBody ProtocolInput input) {
        Actor actor = currentActor.get();
        UUID id = protocols.record(actor, mesaId, input.details(), input.status(), null).id();
        return ProtocolResponse.of(protocols.protocol(actor, mesaId, id));
    }

    @Operation(summary = "Modificar un protocolo", description = "No cambia su estado ni su documento. 409 si la versión no es la leída.")
    @PutMapping("/api/v1/mesas/{mesaId}/protocols/{protocolId}")
    ProtocolResponse change(@PathVariable UUID mesaId, @PathVariable UUID protocolId, @Valid @RequestBody ProtocolInput input) {
        Actor actor = currentActor.get();
        protocols.change(actor, mesaId, protocolId, input.version(), input.details(), null);
        return ProtocolResponse.of(protocols.protocol(actor, mesaId, protocolId));
    }

    @Operation(summary = "Cambiar el estado de un protocolo", description = "Nunca vuelve a DRAFT (409); al mismo estado, 409; a IN_FORCE sin agreedOn, 422.")
    @PostMapping("/api/v1/mesas/{mesaId}/protocols/{protocolId}/status")
    ProtocolResponse moveTo(@PathVariable UUID mesaId, @PathVariable UUID protocolId, @Valid @RequestBody StatusInput input) {
        Actor actor = currentActor.get();
        protocols.moveTo(actor, mesaId, protocolId, input.version(), input.status());
        return ProtocolResponse.of(protocols.protocol(actor, mesaId, protocolId));
    }

    @Operation(summary = "Adjuntar o reemplazar el documento", description = "multipart, parte «file»: PDF, DOCX u ODT hasta 8 MB; si no, 422 en «document».")
    @PostMapping(value = "/api/v1/mesas/{mesaId}/protocols/{protocolId}/document", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ProtocolResponse attach(@PathVariable UUID mesaId, @PathVariable UUID protocolId, @RequestParam(required = false) Long version,
                            @RequestParam("file") MultipartFile file) {
        Actor actor = currentActor.get();
        ProtocolDocument document = ProtocolsController.document(file);
        protocols.attach(actor, mesaId, protocolId, version,
                document != null ? document : ProtocolDocument.of(file.getOriginalFilename(), new byte[0]));
        return ProtocolResponse.of(protocols.protocol(actor, mesaId, protocolId));
    }

    @Operation(summary = "Descargar el documento del protocolo", description = "404 si no tiene.")
    @GetMapping("/api/v1/mesas/{mesaId}/protocols/{protocolId}/document")
    ResponseEntity<byte[]> document(@PathVariable UUID mesaId, @PathVariable UUID protocolId) {
        ProtocolDocument document = protocols.document(currentActor.get(), mesaId, protocolId);
        return Downloads.attachment(document.fileName(), MediaType.parseMediaType(document.contentType()),
                document.bytes());
    }
}
