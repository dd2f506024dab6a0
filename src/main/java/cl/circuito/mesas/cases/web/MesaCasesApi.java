package cl.circuito.mesas.cases.web;

import cl.circuito.mesas.CaseCriterion;
import cl.circuito.mesas.cases.CaseQueries;
import cl.circuito.mesas.cases.CaseReview;
import cl.circuito.mesas.cases.CaseReviewing;
import cl.circuito.mesas.cases.CaseStatus;
import cl.circuito.mesas.cases.CaseViews;
import cl.circuito.mesas.cases.MesaCase;
import cl.circuito.mesas.cases.web.CaseApiRecords.CaseBody;
import cl.circuito.mesas.cases.web.CaseApiRecords.CasePage;
import cl.circuito.mesas.cases.web.CaseApiRecords.CaseResponse;
import cl.circuito.mesas.cases.web.CaseApiRecords.CountsResponse;
import cl.circuito.mesas.cases.web.CaseApiRecords.ReviewBody;
import cl.circuito.mesas.cases.web.CaseApiRecords.SessionReviewsResponse;
import cl.circuito.mesas.cases.web.CaseInputs.CaseCloseInput;
import cl.circuito.shared.security.AccessDenied;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.CurrentActor;
import cl.circuito.shared.security.Permission;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/** A Mesa's cases and their reviews over JSON. */
@RestController
@RequestMapping("/api/v1/mesas/{mesaId}")
@Tag(name = "Análisis de casos de las Mesas", description = "Casos (NNA por iniciales y edad, nunca nombre ni RUT), "
        + "sus análisis en sesión con el formato de presentación y las estrategias, que quedan como acuerdos. "
        + "404 si no integra ni supervisa la Mesa; 403 para la supervisión (gestor(a) territorial, equipo nacional) "
        + "en el contenido: solo ve los conteos.")
@SecurityRequirement(name = "token")
class MesaCasesApi {

    private final CurrentActor currentActor;
    private final CaseQueries queries;
    private final CaseReviewing reviewing;

    MesaCasesApi(CurrentActor currentActor, CaseQueries queries, CaseReviewing reviewing) {
        this.currentActor = currentActor;
        this.queries = queries;
        this.reviewing = reviewing;
    }

    @Operation(summary = "Conteos de casos y análisis por criterio", description = "Para todo quien lee la Mesa, supervisión incluida.")
    @GetMapping("/cases/counts")
    CountsResponse counts(@PathVariable UUID mesaId) {
        return CountsResponse.of(queries.counts(currentActor.get(), mesaId));
    }

    @Operation(summary = "Casos de la Mesa", description = "Páginas de 25; filtro por un criterio de alguno de sus análisis "
            + "(GOOD_PRACTICE: buenas prácticas) y por estado. Solo integrantes.")
    @GetMapping("/cases")
    CasePage cases(@PathVariable UUID mesaId, @RequestParam(required = false) CaseCriterion criterion,
                   @RequestParam(required = false) CaseStatus status, @RequestParam(defaultValue = "0") int page) {
        return CasePage.of(queries.cases(currentActor.get(), mesaId, criterion, status, page));
    }

    @Operation(summary = "Abrir un caso", description = "Quien presenta: las y los co-facilitadores por cualquier integrante; "
            + "un integrante, por sí mismo. 422 nombrando el campo (initials, age, presentingMemberId, childId).")
    @PostMapping("/cases")
    ResponseEntity<CaseResponse> open(@PathVariable UUID mesaId, @RequestBody CaseBody body) {
        Actor actor = currentActor.get();
        MesaCase opened = reviewing.openCase(actor, mesaId, body.draft());
        return ResponseEntity.status(HttpStatus.CREATED).body(CaseResponse.of(queries.caseView(actor, mesaId, opened.id())));
    }

    @Operation(summary = "Un caso con su historial de análisis", description = "Cada análisis con sus secciones, pregunta, "
            + "discusión y estrategias con el estado actual de su acuerdo. Solo integrantes; cada lectura queda registrada.")
    @GetMapping("/cases/{caseId}")
    CaseResponse show(@PathVariable UUID mesaId, @PathVariable UUID caseId) {
        return CaseResponse.of(queries.caseView(currentActor.get(), mesaId, caseId));
    }

    @Operation(summary = "Cerrar un caso", description = "Con una nota; 409 si otra persona lo cambió.")
    @PostMapping("/cases/{caseId}/close")
    CaseResponse close(@PathVariable UUID mesaId, @PathVariable UUID caseId, @Valid @RequestBody CaseCloseInput input) {
        Actor actor = currentActor.get();
        reviewing.close(actor, mesaId, caseId, input.version(), input.note());
        return CaseResponse.of(queries.caseView(actor, mesaId, caseId));
    }

    @Operation(summary = "Análisis de casos de una sesión", description = "Solo integrantes.")
    @GetMapping("/sessions/{sessionId}/case-reviews")
    SessionReviewsResponse sessionReviews(@PathVariable UUID mesaId, @PathVariable UUID sessionId) {
        CaseViews.SessionReviews reviews = queries.ofSession(currentActor.get(), mesaId, sessionId);
        if (!reviews.content()) {
            throw new AccessDenied(Permission.WORK_IN_MESAS);
        }
        return SessionReviewsResponse.of(reviews);
    }

    @Operation(summary = "Presentar un caso en una sesión", description = "Un caso nuevo (newCase) o el seguimiento de uno "
            + "abierto (caseId), con el criterio, las respuestas del formato en uso (por id de sección), la discusión y las "
            + "estrategias, que quedan como acuerdos. 409 si el acta de la sesión está aprobada; 422 nombrando el campo "
            + "(answers[<id>], strategies[0].text…); nada queda a medias.")
    @PostMapping("/sessions/{sessionId}/case-reviews")
    ResponseEntity<CaseResponse> present(@PathVariable UUID mesaId, @PathVariable UUID sessionId,
                                         @Valid @RequestBody ReviewBody body) {
        Actor actor = currentActor.get();
        CaseReview review = reviewing.present(actor, mesaId, sessionId, body.draft());
        return ResponseEntity.status(HttpStatus.CREATED).body(CaseResponse.of(queries.caseView(actor, mesaId, review.caseId())));
    }
}
