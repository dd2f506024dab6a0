package cl.circuito.network.web;

import cl.circuito.network.NetworkAdministration;
import cl.circuito.network.ProgramContact;
import cl.circuito.shared.security.CurrentActor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/**
 * A program's contact data over JSON, for the administrator: the same service and rules as the program's page
 * (the not-eligible oficios naming the program give them).
 */
@RestController
@RequestMapping("/api/v1/admin/programs/{programId}/contact")
@Tag(name = "Administración de la red", description = "Datos de contacto de los programas")
@SecurityRequirement(name = "token")
class ProgramContactApi {

    private final CurrentActor currentActor;
    private final NetworkAdministration network;

    ProgramContactApi(CurrentActor currentActor, NetworkAdministration network) {
        this.currentActor = currentActor;
        this.network = network;
    }

    @Schema(name = "ProgramContactResponse")
    record ProgramContactResponse(UUID programId,
                                  @Schema(description = "Versión del programa, a enviar al modificar") long version,
                                  String address, String phone, String email) {
    }

    @Schema(name = "ProgramContactBody")
    record ProgramContactBody(
            @Schema(description = "La versión del programa leída; 409 si cambió", requiredMode = Schema.RequiredMode.REQUIRED) Long version,
            @Schema(description = "Dirección (calle y número); vacía: sin dirección", maxLength = ProgramContact.MAX_ADDRESS) String address,
            @Schema(description = "Teléfono de Chile, 9 dígitos con o sin +56", example = "+56 42 221 0000", maxLength = ProgramContact.MAX_PHONE) String phone,
            @Schema(description = "Correo electrónico", example = "contacto@prm.cl", maxLength = ProgramContact.MAX_EMAIL) String email) {
    }

    @Operation(summary = "Datos de contacto de un programa", description = "Dirección, teléfono y correo que los oficios de «no sujeto de atención» entregan cuando nombran a este programa como el más pertinente.")
    @GetMapping
    ProgramContactResponse contact(@PathVariable UUID programId) {
        NetworkAdministration.Versioned<ProgramContact> contact = network.programContact(currentActor.get(), programId);
        return response(programId, contact.version(), contact.data());
    }

    @Operation(summary = "Modificar los datos de contacto de un programa", description = "Cada dato es opcional; 422 nombrando el campo si "
            + "el teléfono o el correo no son válidos, 409 si otra persona modificó el programa.")
    @PutMapping
    ProgramContactResponse change(@PathVariable UUID programId, @RequestBody ProgramContactBody body) {
        ProgramContact saved = network.changeProgramContact(currentActor.get(), programId, body.version(),
                new ProgramContact(body.address(), body.phone(), body.email()));
        return response(programId, network.programContact(currentActor.get(), programId).version(), saved);
    }

    private static ProgramContactResponse response(UUID programId, long version, ProgramContact contact) {
        return new ProgramContactResponse(programId, version, contact.address(), contact.phone(), contact.email());
    }
}
