package cl.circuito.letters.drafting.web;

import cl.circuito.letters.drafting.Letter;
import cl.circuito.letters.drafting.LetterManagement;
import cl.circuito.letters.drafting.LetterQueries;
import cl.circuito.letters.drafting.MonthlyBatch;
import cl.circuito.letters.drafting.web.LetterApiRecords.*;
import cl.circuito.letters.drafting.web.LetterInputs.*;
import cl.circuito.shared.security.CurrentActor;
import cl.circuito.shared.web.Downloads;
import cl.circuito.shared.web.Messages;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.List;
import java.util.UUID;

/**
 * Oficios over JSON, for machine clients with a personal API token: the same application services as the
 * pages, so the same rules, numbering and audit.
 */
@RestController
@RequestMapping("/api/v1")
@Validated
@Tag(name = "Oficios", description = "Borradores, emisión con número correlativo, PDF, envío, correcciones y nómina mensual")
@SecurityRequirement(name = "token")
class LettersApi {

    private final CurrentActor currentActor;
    private final LetterManagement management;
    private final LetterQueries queries;
    private final MonthlyBatch batch;
    private final Messages messages;

    LettersApi(CurrentActor currentActor, LetterManagement management, LetterQueries queries, MonthlyBatch batch,
               Messages messages) {
        this.currentActor = currentActor;
        this.management = management;
        this.queries = queries;
        this.batch = batch;
        this.messages = messages;
    }

    @Operation(summary = "Oficios por enviar de un programa", description = "Borradores (los más antiguos primero) y oficios emitidos sin envío registrado, paginados de a 50.")
    @GetMapping("/programs/{programId}/letters/tray")
    TrayResponse tray(@PathVariable UUID programId, @RequestParam(defaultValue = "0") @Min(0) int page,
                      @RequestParam(defaultValue = "0") @Min(0) int issuedPage) {
        return TrayResponse.of(queries.tray(currentActor.get(), programId, page, issuedPage));
    }

    @Operation(summary = "Un oficio", description = "404 si no existe o es de un programa fuera de su alcance.")
    @GetMapping("/letters/{letterId}")
    LetterResponse letter(@PathVariable UUID letterId) {
        return LetterResponse.of(management.details(currentActor.get(), letterId), messages);
    }

    @Operation(summary = "Editar un borrador", description = "Materia y texto; 409 si la versión cambió o el oficio ya fue emitido.")
    @PutMapping("/letters/{letterId}")
    LetterResponse edit(@PathVariable UUID letterId, @Valid @RequestBody EditInput input) {
        return response(management.edit(currentActor.get(), letterId, input.version(), input.subject(), input.body()));
    }

    @Operation(summary = "Emitir un oficio", description = "Asigna el siguiente número del programa y año, firma con el director(a) "
            + "y congela el PDF. 422 nombrando el campo si el texto está vacío o tiene campos {{…}} sin completar, o si falta el "
            + "destinatario (recipient; una solicitud al tribunal necesita un tribunal de familia); 409 si los hechos que declara "
            + "cambiaron desde que se redactó o ya no lo justifican (regenere, confirme o descarte): no se consume número.")
    @PostMapping("/letters/{letterId}/issue")
    LetterResponse issue(@PathVariable UUID letterId, @Valid @RequestBody(required = false) VersionInput input) {
        return response(management.issue(currentActor.get(), letterId, input == null ? null : input.version()));
    }

    @Operation(summary = "Regenerar un borrador con los hechos actuales", description = "Vuelve a escribir el texto desde la "
            + "plantilla con los hechos actuales de la ficha (reemplaza las ediciones; el registro de auditoría guarda el texto anterior). "
            + "409 si los hechos ya no justifican el borrador.")
    @PostMapping("/letters/{letterId}/regenerate")
    LetterResponse regenerate(@PathVariable UUID letterId, @Valid @RequestBody VersionInput input) {
        return response(management.regenerate(currentActor.get(), letterId, input.version()));
    }

    @Operation(summary = "Confirmar que el texto declara los hechos actuales", description = "Para un borrador editado cuyos hechos "
            + "cambiaron: el director(a) revisó su texto y lo confirma; después puede emitirse.")
    @PostMapping("/letters/{letterId}/facts-confirmation")
    LetterResponse confirmFacts(@PathVariable UUID letterId, @Valid @RequestBody VersionInput input) {
        return response(management.confirmFacts(currentActor.get(), letterId, input.version()));
    }

    @Operation(summary = "Destinatarios posibles de un borrador", description = "Organismos derivadores vigentes (para una solicitud "
            + "de medidas cautelares o audiencia extraordinaria, solo tribunales de familia), primero los de la comuna del programa.")
    @GetMapping("/letters/{letterId}/addressees")
    List<AddresseeResponse> addressees(@PathVariable UUID letterId) {
        return management.addressees(currentActor.get(), letterId).stream().map(AddresseeResponse::of).toList();
    }

    @Operation(summary = "Corregir el destinatario de un borrador", description = "Queda registrado en la auditoría y ya no sigue "
            + "al derivador de la ficha. 422 nombrando referrerId si no es un organismo vigente, o si una solicitud al tribunal "
            + "no se dirige a un tribunal de familia.")
    @PutMapping("/letters/{letterId}/addressee")
    LetterResponse readdress(@PathVariable UUID letterId, @Valid @RequestBody AddresseeInput input) {
        return response(management.readdress(currentActor.get(), letterId, input.version(), input.referrerId()));
    }

    @Operation(summary = "Registrar el envío", description = "Medio, fecha y referencia; puede corregirse después.")
    @PostMapping("/letters/{letterId}/sending")
    LetterResponse sending(@PathVariable UUID letterId, @Valid @RequestBody SendingInput input) {
        return response(management.recordSending(currentActor.get(), letterId, input.version(), input.sentVia(),
                input.sentOn(), input.sentReference()));
    }

    @Operation(summary = "Descartar un borrador", description = "Con motivo; un borrador no tiene número, así que no deja vacíos.")
    @PostMapping("/letters/{letterId}/discard")
    LetterResponse discard(@PathVariable UUID letterId, @Valid @RequestBody DiscardInput input) {
        return response(management.discard(currentActor.get(), letterId, input.version(), input.reason()));
    }

    @Operation(summary = "Redactar la corrección de un oficio emitido", description = "Un nuevo borrador al mismo destinatario; al emitirlo, su ANT. indica el oficio que deja sin efecto.")
    @PostMapping("/letters/{letterId}/corrections")
    ResponseEntity<LetterResponse> correct(@PathVariable UUID letterId) {
        return created(management.correct(currentActor.get(), letterId));
    }

    @Operation(summary = "PDF del oficio emitido", description = "Tal como se emitió, byte a byte.")
    @GetMapping("/letters/{letterId}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable UUID letterId) {
        LetterManagement.Pdf pdf = management.pdf(currentActor.get(), letterId);
        return Downloads.attachment(pdf.fileName(), Downloads.PDF, pdf.content());
    }

    @Operation(summary = "Redactar un oficio desde una ficha", description = "Del tipo elegido, con los datos que la ficha tiene.")
    @PostMapping("/entries/{entryId}/letters")
    ResponseEntity<LetterResponse> draft(@PathVariable UUID entryId, @Valid @RequestBody DraftInput input) {
        return created(management.draftByHand(currentActor.get(), entryId, input.kind()));
    }

    @Operation(summary = "Nómina mensual pendiente", description = "Borradores de fecha estimada pendientes, agrupados por destinatario.")
    @GetMapping("/programs/{programId}/letters/batch")
    BatchResponse batch(@PathVariable UUID programId) {
        return BatchResponse.of(batch.overview(currentActor.get(), programId));
    }

    @Operation(summary = "Emitir la nómina mensual", description = "Todos en un paso y con números consecutivos; si uno no puede emitirse, "
            + "no se emite ninguno y el error dice cuál.")
    @PostMapping("/programs/{programId}/letters/batch")
    List<LetterResponse> issueBatch(@PathVariable UUID programId, @Valid @RequestBody BatchInput input) {
        return batch.issue(currentActor.get(), programId, input.mode(), input.letterIds()).stream()
                .map(this::response).toList();
    }

    private LetterResponse response(Letter letter) {
        return LetterResponse.of(letter, management.check(letter), messages);
    }

    private ResponseEntity<LetterResponse> created(Letter letter) {
        var location = ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/v1/letters/{id}")
                .buildAndExpand(letter.id()).toUri();
        return ResponseEntity.created(location).body(response(letter));
    }
}
