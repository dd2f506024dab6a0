package cl.circuito.mesas.sessions.web;

import cl.circuito.mesas.agreements.Agreement;
import cl.circuito.mesas.agreements.AgreementFilter;
import cl.circuito.mesas.agreements.MesaAgreements;
import cl.circuito.mesas.minutes.MinutesViews;
import cl.circuito.mesas.sessions.MesaMinutes;
import cl.circuito.mesas.sessions.web.MinutesApiRecords.AgreementResponse;
import cl.circuito.mesas.sessions.web.MinutesApiRecords.MinutesResponse;
import cl.circuito.mesas.sessions.web.MinutesApiRecords.PageResponse;
import cl.circuito.mesas.sessions.web.MinutesInputs.AgreementInput;
import cl.circuito.mesas.sessions.web.MinutesInputs.AgreementStatusInput;
import cl.circuito.mesas.sessions.web.MinutesInputs.ApprovePreviousInput;
import cl.circuito.mesas.sessions.web.MinutesInputs.MinutesItemInput;
import cl.circuito.mesas.sessions.web.MinutesInputs.SessionVersionInput;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.CurrentActor;
import cl.circuito.shared.web.Downloads;
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

import java.util.UUID;

/**
 * The minutes of a Mesa's sessions and its agreements over JSON: the same services as the pages, so the same
 * standing (404 outside the Mesa, 403 without the right standing), rules (409 approved minutes or closed
 * agreements, 422 naming the field) and audit.
 */
@RestController
@RequestMapping("/api/v1/mesas")
@Validated
@Tag(name = "Mesas: actas y acuerdos", description = "Acta por punto de la tabla, envío, aprobación en la sesión siguiente, PDF; acuerdos con responsable, plazo, estado e historia")
@SecurityRequirement(name = "token")
class MinutesApi {

    private final CurrentActor currentActor;
    private final MesaMinutes minutes;
    private final MinutesViews views;
    private final MesaAgreements agreements;

    MinutesApi(CurrentActor currentActor, MesaMinutes minutes, MinutesViews views, MesaAgreements agreements) {
        this.currentActor = currentActor;
        this.minutes = minutes;
        this.views = views;
        this.agreements = agreements;
    }

    @Operation(summary = "El acta de una sesión", description = "Puntos con desarrollo y decisiones, asistencia, acuerdos, "
            + "análisis de caso (solo integrantes de la Mesa; NNA por iniciales y edad) y el acta anterior por aprobar.")
    @GetMapping("/{mesaId}/sessions/{sessionId}/minutes")
    MinutesResponse minutes(@PathVariable UUID mesaId, @PathVariable UUID sessionId) {
        return MinutesResponse.of(views.minutes(currentActor.get(), mesaId, sessionId));
    }

    @Operation(summary = "Redactar un punto del acta", description = "Co-facilitadores. 409 si la versión cambió o el acta está aprobada.")
    @PutMapping("/{mesaId}/sessions/{sessionId}/minutes/items/{itemId}")
    MinutesResponse write(@PathVariable UUID mesaId, @PathVariable UUID sessionId, @PathVariable UUID itemId,
                          @Valid @RequestBody MinutesItemInput input) {
        Actor actor = currentActor.get();
        minutes.write(actor, mesaId, sessionId, input.version(), itemId, input.notes(), input.decisions());
        return MinutesResponse.of(views.minutes(actor, mesaId, sessionId));
    }

    @Operation(summary = "Enviar el acta a los integrantes", description = "La sesión debe estar realizada (409 si no).")
    @PostMapping("/{mesaId}/sessions/{sessionId}/minutes/circulate")
    MinutesResponse circulate(@PathVariable UUID mesaId, @PathVariable UUID sessionId,
                              @RequestBody SessionVersionInput input) {
        Actor actor = currentActor.get();
        minutes.circulate(actor, mesaId, sessionId, input.version());
        return MinutesResponse.of(views.minutes(actor, mesaId, sessionId));
    }

    @Operation(summary = "Aprobar el acta de la sesión anterior", description = "En esta sesión, una vez realizada (su "
            + "asistencia registrada): quién aprueba y correcciones; la aprobación lleva la fecha de esta sesión. Responde el "
            + "acta aprobada. 409 si ya fue aprobada, no se ha enviado o esta sesión aún no se realiza; 422 si falta approvedBy.")
    @PostMapping("/{mesaId}/sessions/{sessionId}/minutes/approve-previous")
    MinutesResponse approvePrevious(@PathVariable UUID mesaId, @PathVariable UUID sessionId,
                                    @Valid @RequestBody ApprovePreviousInput input) {
        Actor actor = currentActor.get();
        var previous = minutes.approvePrevious(actor, mesaId, sessionId, input.previousVersion(), input.approvedBy(),
                input.corrections());
        return MinutesResponse.of(views.minutes(actor, mesaId, previous.id()));
    }

    @Operation(summary = "PDF del acta", description = "A4; cada descarga queda en la auditoría.")
    @GetMapping("/{mesaId}/sessions/{sessionId}/minutes.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable UUID mesaId, @PathVariable UUID sessionId) {
        MinutesViews.Pdf pdf = views.pdf(currentActor.get(), mesaId, sessionId);
        return Downloads.attachment(pdf.fileName(), Downloads.PDF, pdf.content());
    }

    @Operation(summary = "Acuerdos de la Mesa", description = "Abiertos primero (los vencidos arriba), paginados de a 25. "
            + "state: ACTIVE, CLOSED o un estado; member: integrante responsable; session: sesión en que se acordó.")
    @GetMapping("/{mesaId}/agreements")
    PageResponse agreements(@PathVariable UUID mesaId, @RequestParam(required = false) String state,
                            @RequestParam(required = false) UUID member, @RequestParam(required = false) UUID session,
                            @RequestParam(defaultValue = "0") @Min(0) int page) {
        return PageResponse.of(agreements.list(currentActor.get(), mesaId, new AgreementFilter(state, member, session),
                page));
    }

    @Operation(summary = "Registrar un acuerdo en una sesión", description = "Co-facilitadores. 422 nombrando el campo; 409 si el acta de la sesión está aprobada.")
    @PostMapping("/{mesaId}/agreements")
    ResponseEntity<AgreementResponse> agree(@PathVariable UUID mesaId, @Valid @RequestBody AgreementInput input) {
        Actor actor = currentActor.get();
        Agreement agreement = agreements.agree(actor, mesaId, input.sessionId(), input.agendaItemId(), input.terms());
        var location = ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/v1/mesas/{m}/agreements/{a}")
                .buildAndExpand(mesaId, agreement.id()).toUri();
        return ResponseEntity.created(location)
                .body(AgreementResponse.of(agreements.details(actor, mesaId, agreement.id())));
    }

    @Operation(summary = "Un acuerdo con su historia")
    @GetMapping("/{mesaId}/agreements/{agreementId}")
    AgreementResponse agreement(@PathVariable UUID mesaId, @PathVariable UUID agreementId) {
        return AgreementResponse.of(agreements.details(currentActor.get(), mesaId, agreementId));
    }

    @Operation(summary = "Corregir un acuerdo abierto", description = "Co-facilitadores; con la versión leída (409 si cambió o está cerrado).")
    @PutMapping("/{mesaId}/agreements/{agreementId}")
    AgreementResponse amend(@PathVariable UUID mesaId, @PathVariable UUID agreementId,
                            @Valid @RequestBody AgreementInput input) {
        Actor actor = currentActor.get();
        agreements.amend(actor, mesaId, agreementId, input.version(), input.terms());
        return AgreementResponse.of(agreements.details(actor, mesaId, agreementId));
    }

    @Operation(summary = "Informar avance, cerrar o revisar un acuerdo", description = "Co-facilitadores y el integrante responsable. "
            + "Un estado de cierre exige nota (422 en note, nada se guarda); 409 si ya está cerrado; 403 si no responde por él.")
    @PostMapping("/{mesaId}/agreements/{agreementId}/status")
    AgreementResponse status(@PathVariable UUID mesaId, @PathVariable UUID agreementId,
                             @Valid @RequestBody AgreementStatusInput input) {
        Actor actor = currentActor.get();
        agreements.update(actor, mesaId, agreementId, input.version(), input.status(), input.note(), input.closedOn(),
                input.sessionId());
        return AgreementResponse.of(agreements.details(actor, mesaId, agreementId));
    }

    @Operation(summary = "Acuerdos de mi institución en todas las Mesas", description = "Abiertos primero; state: ACTIVE, CLOSED o un estado.")
    @GetMapping("/my-agreements")
    PageResponse mine(@RequestParam(required = false) String state,
                      @RequestParam(defaultValue = "0") @Min(0) int page) {
        return PageResponse.of(agreements.mine(currentActor.get(), new AgreementFilter(state, null, null), page)
                .agreements());
    }
}
