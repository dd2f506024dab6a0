package cl.circuito.waitinglist.entry.web;

import cl.circuito.children.ChildIdentityMismatch;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.CurrentActor;
import cl.circuito.shared.web.Messages;
import cl.circuito.waitinglist.entry.IncomingFile;
import cl.circuito.waitinglist.ListFilter;
import cl.circuito.waitinglist.ListSort;
import cl.circuito.waitinglist.WaitingListQueries;
import cl.circuito.waitinglist.entry.BackgroundGathering;
import cl.circuito.waitinglist.entry.EntryDecisions;
import cl.circuito.waitinglist.entry.EntryRow;
import cl.circuito.waitinglist.entry.WaitFilter;
import cl.circuito.waitinglist.entry.EntryView;
import cl.circuito.waitinglist.entry.FamilyContacts;
import cl.circuito.waitinglist.entry.ReferralIntake;
import cl.circuito.waitinglist.entry.WaitingListEntry;
import cl.circuito.waitinglist.entry.SenainfoSteps;
import cl.circuito.waitinglist.entry.web.ApiRecords.*;
import cl.circuito.waitinglist.web.IdentityProblems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The waiting list over JSON, for machine clients with a personal API token. Same application
 * services as the pages, so the same rules and the same audit.
 */
@RestController
@RequestMapping("/api/v1")
@Validated
@Tag(name = "Lista de espera", description = "Derivaciones, plazos de admisibilidad, antecedentes, decisiones y egresos")
@SecurityRequirement(name = "token")
class WaitingListApi {

    private final CurrentActor currentActor;
    private final ReferralIntake intake;
    private final EntryDecisions decisions;
    private final BackgroundGathering gathering;
    private final WaitingListQueries queries;
    private final Messages messages;
    private final Clock clock;
    private final SenainfoSteps senainfoSteps;
    private final FamilyContacts contacts;

    WaitingListApi(CurrentActor currentActor, ReferralIntake intake, EntryDecisions decisions,
                   BackgroundGathering gathering, WaitingListQueries queries, Messages messages, Clock clock,
                   SenainfoSteps senainfoSteps, FamilyContacts contacts) {
        this.senainfoSteps = senainfoSteps;
        this.contacts = contacts;
        this.messages = messages;
        this.currentActor = currentActor;
        this.intake = intake;
        this.decisions = decisions;
        this.gathering = gathering;
        this.queries = queries;
        this.clock = clock;
    }

    @Operation(summary = "Lista de espera de un programa", description = "Filtrada por estado, buscada por nombre o RUT, paginada. "
            + "Cada NNA abierto trae su espera en días hábiles (comuna del programa) desde la recepción, contra la espera "
            + "objetivo del programa: waitedBusinessDays, targetBusinessDays, breached (la superó) y breachesThisMonth "
            + "(la superará antes de fin de mes si no ingresa). wait=BREACHED o BREACHING_THIS_MONTH filtra por ello.")
    @GetMapping("/programs/{programId}/entries")
    PageResponse<EntrySummaryResponse> list(@PathVariable UUID programId,
                                            @RequestParam(defaultValue = "OPEN") ListFilter state,
                                            @RequestParam(defaultValue = "ANY") WaitFilter wait,
                                            @RequestParam(required = false) String q,
                                            @RequestParam(defaultValue = "DEADLINE") ListSort sort,
                                            @RequestParam(defaultValue = "0") @Min(0) int page,
                                            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        WaitingListQueries.ListPage list = queries.listWithWaits(currentActor.get(), programId, state, wait, q, sort,
                page, size);
        Page<EntryRow> rows = list.rows();
        return new PageResponse<>(rows.map(row -> EntrySummaryResponse.of(row, list.waits().get(row.id())))
                .getContent(), rows.getNumber(), rows.getSize(),
                rows.getTotalElements(), rows.getTotalPages());
    }

    @Operation(summary = "Registrar una derivación", description = "Crea la ficha en la lista de espera y calcula el plazo de admisibilidad "
            + "(10 días hábiles con antecedentes suficientes, 20 sin ellos, desde el día hábil siguiente a la recepción). "
            + "409 si el NNA ya tiene una ficha abierta en este programa. 409 también si el RUT ya está registrado con "
            + "otros nombres o fecha de nacimiento: la respuesta nombra cada campo distinto (errors, differences); "
            + "repita la solicitud con identityChoice KEEP_REGISTERED (se registra con los datos del registro) o "
            + "CORRECT_REGISTERED con identityCorrectionReason (se corrige el registro, auditado).")
    @PostMapping("/programs/{programId}/referrals")
    ResponseEntity<RegistrationResponse> register(@PathVariable UUID programId,
                                                  @Valid @RequestBody Inputs.ReferralInput input) {
        ReferralIntake.Registration registration = intake.register(currentActor.get(), programId,
                input.request(List.of(), input.identityChoice()));
        WaitingListEntry entry = registration.entry();
        var location = ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/v1/entries/{id}")
                .buildAndExpand(entry.id()).toUri();
        return ResponseEntity.created(location).body(new RegistrationResponse(entry.id(), entry.programId(),
                entry.childId(), entry.receivedOn(), entry.admissibilityDueOn(), entry.status(),
                registration.otherPrograms()));
    }

    @Operation(summary = "Ficha con su línea de tiempo e historial de auditoría")
    @GetMapping("/entries/{entryId}")
    EntryResponse entry(@PathVariable UUID entryId) {
        Actor actor = currentActor.get();
        EntryView view = queries.entry(actor, entryId);
        return EntryResponse.of(view, LocalDate.now(clock), queries.history(actor, entryId, 0).getContent(),
                contacts.of(actor, entryId));
    }

    @Operation(summary = "Corregir cómo ubicar a la familia",
            description = "Reemplaza el contacto completo (domicilio, adulto responsable, teléfonos, correo, indicaciones "
                    + "para un contacto seguro); un campo vacío se borra. Lleva la versión del contacto leída "
                    + "(contact.version; vacía si aún no hay contacto): 409 si cambió. Queda auditado campo por campo.")
    @PutMapping("/entries/{entryId}/contact")
    EntryResponse contact(@PathVariable UUID entryId, @Valid @RequestBody Inputs.ContactInput input) {
        input.recordOn(contacts, currentActor.get(), entryId);
        return entry(entryId);
    }

    @Operation(summary = "Registrar una acción de recolección de antecedentes")
    @PostMapping("/entries/{entryId}/background-actions")
    @ResponseStatus(HttpStatus.CREATED)
    EntryResponse backgroundAction(@PathVariable UUID entryId, @Valid @RequestBody Inputs.BackgroundActionInput input) {
        input.recordOn(gathering, currentActor.get(), entryId);
        return entry(entryId);
    }

    @Operation(summary = "Adjuntar documentos (PDF o imagen, máx. 10 MB c/u)")
    @PostMapping(path = "/entries/{entryId}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    List<AttachmentResponse> attach(@PathVariable UUID entryId, @RequestPart("files") List<MultipartFile> files) {
        return gathering.attach(currentActor.get(), entryId, files.stream().map(WaitingListApi::incoming).toList())
                .stream().map(AttachmentResponse::of).toList();
    }

    @Operation(summary = "Cambiar la suficiencia de antecedentes", description = "Recalcula el plazo desde la recepción y registra el motivo.")
    @PutMapping("/entries/{entryId}/background-sufficiency")
    EntryResponse sufficiency(@PathVariable UUID entryId, @Valid @RequestBody Inputs.SufficiencyInput input) {
        input.recordOn(decisions, currentActor.get(), entryId);
        return entry(entryId);
    }

    @Operation(summary = "Decidir la admisibilidad", description = "ELIGIBLE: sujeto de atención, queda en espera. "
            + "NOT_ELIGIBLE: requiere fundamento y programa más pertinente; la ficha sale de la lista.")
    @PostMapping("/entries/{entryId}/decision")
    EntryResponse decide(@PathVariable UUID entryId, @Valid @RequestBody Inputs.DecisionInput input) {
        input.recordOn(decisions, currentActor.get(), entryId);
        return entry(entryId);
    }

    @Operation(summary = "Reabrir una decisión", description = "Solo el director, con motivo; queda auditado.")
    @PostMapping("/entries/{entryId}/reopening")
    EntryResponse reopen(@PathVariable UUID entryId, @Valid @RequestBody Inputs.ReopenInput input) {
        input.recordOn(decisions, currentActor.get(), entryId);
        return entry(entryId);
    }

    @Operation(summary = "Registrar un egreso de la lista", description = "Derivado a otro programa, término de la medida, cambio de domicilio, "
            + "mayoría de edad, duplicado o desistimiento; siempre con motivo. Fechada entre la recepción (y la decisión) y hoy; "
            + "la mayoría de edad debe cumplirse a la fecha de egreso según la fecha de nacimiento registrada.")
    @PostMapping("/entries/{entryId}/exit")
    EntryResponse exit(@PathVariable UUID entryId, @Valid @RequestBody Inputs.ExitInput input) {
        input.recordOn(decisions, currentActor.get(), entryId);
        return entry(entryId);
    }

    @Operation(summary = "Registrar un paso de SENAINFO", description = "Circuito no se comunica con SENAINFO: registra "
            + "que el director ingresó la derivación en la lista de espera de SENAINFO (ENTERED) o eliminó de ella al NNA "
            + "no sujeto de atención (REMOVED), con la fecha y quién lo registra. Cada paso se registra una vez (409 o 422 "
            + "si ya está); la eliminación solo de un NNA no sujeto de atención ya ingresado, no antes de la decisión. "
            + "La lista filtrada con state=SENAINFO_PENDING muestra lo pendiente.")
    @PostMapping("/entries/{entryId}/senainfo")
    EntryResponse senainfo(@PathVariable UUID entryId, @Valid @RequestBody Inputs.SenainfoInput input) {
        input.recordOn(senainfoSteps, currentActor.get(), entryId);
        return entry(entryId);
    }

    /** The RUT is registered with other names or birth date: which fields, and how to say which is right. */
    @ExceptionHandler(ChildIdentityMismatch.class)
    ProblemDetail identityMismatch(ChildIdentityMismatch e) {
        return IdentityProblems.of(e, messages);
    }

    static IncomingFile incoming(MultipartFile file) {
        try {
            return new IncomingFile(file.getOriginalFilename(), file.getContentType(), file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
