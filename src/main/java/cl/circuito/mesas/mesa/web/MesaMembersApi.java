package cl.circuito.mesas.mesa.web;

import cl.circuito.mesas.MesaDirectory;
import cl.circuito.mesas.mesa.MesaMember;
import cl.circuito.mesas.mesa.MesaSetup;
import cl.circuito.mesas.mesa.web.MesaApiRecords.HistoryResponse;
import cl.circuito.mesas.mesa.web.MesaApiRecords.MemberResponse;
import cl.circuito.mesas.mesa.web.MesaApiRecords.MembersResponse;
import cl.circuito.mesas.mesa.web.MesaApiRecords.RepresentativeResponse;
import cl.circuito.mesas.mesa.web.MesaInputs.MemberLeaveInput;
import cl.circuito.mesas.mesa.web.MesaInputs.MembershipChangeInput;
import cl.circuito.mesas.mesa.web.MesaInputs.MesaMemberInput;
import cl.circuito.mesas.mesa.web.MesaInputs.RepresentationEndInput;
import cl.circuito.mesas.mesa.web.MesaInputs.RepresentativeInput;
import cl.circuito.shared.NotFound;
import cl.circuito.shared.security.CurrentActor;
import cl.circuito.shared.web.Messages;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;
import java.util.stream.Stream;

/** A Mesa's members and representatives over JSON. */
@RestController
@Tag(name = "Integrantes de Mesas", description = "Integrantes permanentes y eventuales, co-facilitación, representantes e historial")
@SecurityRequirement(name = "token")
class MesaMembersApi {

    private final CurrentActor currentActor;
    private final MesaDirectory directory;
    private final MesaSetup setup;
    private final Messages messages;
    private final MemberHistoryText historyText;

    MesaMembersApi(CurrentActor currentActor, MesaDirectory directory, MesaSetup setup, Messages messages,
                   MemberHistoryText historyText) {
        this.currentActor = currentActor;
        this.directory = directory;
        this.setup = setup;
        this.messages = messages;
        this.historyText = historyText;
    }

    @Operation(summary = "Integrantes actuales, ex integrantes e historial")
    @GetMapping("/api/v1/mesas/{mesaId}/members")
    MembersResponse members(@PathVariable UUID mesaId) {
        MesaDirectory.Members members = directory.members(currentActor.get(), mesaId);
        return new MembersResponse(members.current().stream().map(MemberResponse::of).toList(),
                members.past().stream().map(MemberResponse::of).toList(),
                members.history().stream().map(h -> new HistoryResponse(h.memberId(), h.memberName(), h.kind().name(),
                        messages.get("mesas.memberEvent." + h.kind().name()), h.onDate(), historyText.detail(h),
                        h.byName())).toList());
    }

    @Operation(summary = "Agregar un integrante",
            description = "Un programa, una institución, un sector (con su nombre local) o el/la gestor/a territorial de la región. "
                    + "Co-facilitadores, administración y gestor/a de la región (403 los demás); 422 nombrando el campo.")
    @PostMapping("/api/v1/mesas/{mesaId}/members")
    @ResponseStatus(HttpStatus.CREATED)
    MemberResponse add(@PathVariable UUID mesaId, @Valid @RequestBody MesaMemberInput input) {
        return member(mesaId, input.addTo(setup, currentActor.get(), mesaId).id());
    }

    @Operation(summary = "Cambiar la participación o la co-facilitación",
            description = "La Mesa conserva al menos un co-facilitador (422 en coFacilitator). 409 si la versión no es la leída.")
    @PatchMapping("/api/v1/mesas/{mesaId}/members/{memberId}")
    MemberResponse change(@PathVariable UUID mesaId, @PathVariable UUID memberId,
                          @Valid @RequestBody MembershipChangeInput input) {
        MesaMember changed = input.applyOn(setup, currentActor.get(), mesaId, memberId);
        // Read from the change itself: a co-facilitator who removed her own co-facilitation still gets her answer.
        return changed == null ? member(mesaId, memberId) : MemberResponse.of(directory.row(changed));
    }

    @Operation(summary = "Registrar que el integrante deja la Mesa",
            description = "Fecha y motivo; queda en el historial. Responde el integrante aunque el cambio quite a quien lo hace "
                    + "su acceso a la Mesa (su propio programa o institución deja la Mesa): desde entonces, 404.")
    @PostMapping("/api/v1/mesas/{mesaId}/members/{memberId}/leave")
    MemberResponse leave(@PathVariable UUID mesaId, @PathVariable UUID memberId,
                         @Valid @RequestBody MemberLeaveInput input) {
        // Read from the change itself: her own program leaving, the caller may no longer read the Mesa.
        return MemberResponse.of(directory.row(input.recordOn(setup, currentActor.get(), mesaId, memberId)));
    }

    @Operation(summary = "Agregar un representante", description = "Nombre, cargo, correo, teléfono y desde cuándo.")
    @PostMapping("/api/v1/mesas/{mesaId}/members/{memberId}/representatives")
    @ResponseStatus(HttpStatus.CREATED)
    RepresentativeResponse addRepresentative(@PathVariable UUID mesaId, @PathVariable UUID memberId,
                                             @Valid @RequestBody RepresentativeInput input) {
        return RepresentativeResponse.of(setup.addRepresentative(currentActor.get(), mesaId, memberId, input.contact(),
                input.since()));
    }

    @Operation(summary = "Modificar los datos de un representante", description = "409 si la versión no es la leída.")
    @PutMapping("/api/v1/mesas/{mesaId}/members/{memberId}/representatives/{representativeId}")
    RepresentativeResponse updateRepresentative(@PathVariable UUID mesaId, @PathVariable UUID memberId,
                                                @PathVariable UUID representativeId,
                                                @Valid @RequestBody RepresentativeInput input) {
        return RepresentativeResponse.of(setup.updateRepresentative(currentActor.get(), mesaId, memberId,
                representativeId, input.version(), input.contact()));
    }

    @Operation(summary = "Terminar una representación", description = "Desde la fecha until la persona deja de representar al integrante.")
    @PostMapping("/api/v1/mesas/{mesaId}/members/{memberId}/representatives/{representativeId}/end")
    MemberResponse endRepresentative(@PathVariable UUID mesaId, @PathVariable UUID memberId,
                                     @PathVariable UUID representativeId,
                                     @Valid @RequestBody RepresentationEndInput input) {
        input.recordOn(setup, currentActor.get(), mesaId, memberId, representativeId);
        return member(mesaId, memberId);
    }

    private MemberResponse member(UUID mesaId, UUID memberId) {
        MesaDirectory.Members members = directory.members(currentActor.get(), mesaId);
        return Stream.concat(members.current().stream(), members.past().stream())
                .filter(m -> m.id().equals(memberId)).findFirst().map(MemberResponse::of)
                .orElseThrow(() -> new NotFound("mesaMember"));
    }
}
