package cl.circuito.waitinglist.admission.web;

import cl.circuito.children.ChildIdentityMismatch;
import cl.circuito.shared.security.CurrentActor;
import cl.circuito.shared.web.Messages;
import cl.circuito.waitinglist.admission.ActiveCaseManagement;
import cl.circuito.waitinglist.admission.AdmissionPlanning;
import cl.circuito.waitinglist.admission.AdmissionQueries;
import cl.circuito.waitinglist.admission.Admissions;
import cl.circuito.waitinglist.admission.CaseFilter;
import cl.circuito.waitinglist.admission.web.AdmissionApiRecords.*;
import cl.circuito.waitinglist.entry.WaitingListEntry;
import cl.circuito.waitinglist.entry.web.ApiRecords;
import cl.circuito.waitinglist.web.IdentityProblems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.data.domain.Page;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/**
 * The monthly admission, the active cases and the estimated admission dates over JSON. Same services as the
 * pages, so the same rules (capacity under the program's lock, interview before admission) and the same audit.
 */
@RestController
@RequestMapping("/api/v1")
@Validated
@Tag(name = "Ingresos", description = "Plazas libres, propuesta y confirmación de ingresos del mes, entrevista de ingreso, ingreso efectivo, casos activos y fechas estimadas de ingreso")
@SecurityRequirement(name = "token")
class AdmissionApi {

    private final CurrentActor currentActor;
    private final AdmissionQueries queries;
    private final AdmissionPlanning planning;
    private final Admissions admissions;
    private final ActiveCaseManagement cases;
    private final Messages messages;
    private final Clock clock;

    AdmissionApi(CurrentActor currentActor, AdmissionQueries queries, AdmissionPlanning planning, Admissions admissions,
                 ActiveCaseManagement cases, Messages messages, Clock clock) {
        this.messages = messages;
        this.currentActor = currentActor;
        this.queries = queries;
        this.planning = planning;
        this.admissions = admissions;
        this.cases = cases;
        this.clock = clock;
    }

    @Operation(summary = "Plazas del programa", description = "Capacidad convenida, casos activos, ingresos programados y plazas libres.")
    @GetMapping("/programs/{programId}/places")
    PlacesResponse places(@PathVariable UUID programId) {
        return PlacesResponse.of(queries.places(currentActor.get(), programId));
    }

    @Operation(summary = "Propuesta de ingresos del mes", description = "Los NNA en espera en orden de prelación; "
            + "los primeros, tantos como plazas libres, son la propuesta. Por defecto, el mes siguiente.")
    @GetMapping("/programs/{programId}/admission-proposal")
    ProposalResponse proposal(@PathVariable UUID programId,
                              @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month) {
        YearMonth chosen = month == null ? YearMonth.now(clock).plusMonths(1) : month;
        return ProposalResponse.of(queries.overview(currentActor.get(), programId, chosen));
    }

    @Operation(summary = "Confirmar los ingresos del mes", description = "Programa el ingreso de los NNA elegidos. "
            + "Cada diferencia con la propuesta requiere motivo (422 en reasons[<id>]). 409 si no quedan plazas libres "
            + "suficientes; dos confirmaciones simultáneas de la última plaza: solo una se guarda.")
    @PostMapping("/programs/{programId}/admission-plans")
    @ResponseStatus(HttpStatus.CREATED)
    PlanResponse confirm(@PathVariable UUID programId,
                         @Valid @RequestBody AdmissionInputs.AdmissionPlanInput input) {
        return PlanResponse.of(input.confirmOn(planning, currentActor.get(), programId));
    }

    @Operation(summary = "Registrar la entrevista de ingreso", description = "Solo para un NNA con ingreso programado; confirma o corrige el domicilio.")
    @PostMapping("/entries/{entryId}/admission-interview")
    @ResponseStatus(HttpStatus.CREATED)
    InterviewResponse interview(@PathVariable UUID entryId,
                                @Valid @RequestBody AdmissionInputs.AdmissionInterviewInput input) {
        return InterviewResponse.of(input.recordOn(admissions, currentActor.get(), entryId));
    }

    @Operation(summary = "Registrar el ingreso efectivo", description = "La ficha sale de la lista como ingresada y el NNA pasa a "
            + "ser caso activo. 422 en admittedOn si no hay entrevista de ingreso, si la fecha es anterior a ella o futura.")
    @PostMapping("/entries/{entryId}/admission")
    @ResponseStatus(HttpStatus.CREATED)
    ActiveCaseResponse admit(@PathVariable UUID entryId, @Valid @RequestBody AdmissionInputs.AdmissionInput input) {
        return ActiveCaseResponse.of(input.recordOn(admissions, currentActor.get(), entryId));
    }

    @Operation(summary = "Devolver a la lista de espera", description = "Un NNA con ingreso programado vuelve a esperar; la plaza queda libre.")
    @PostMapping("/entries/{entryId}/unschedule")
    UnscheduledResponse unschedule(@PathVariable UUID entryId,
                                   @Valid @RequestBody AdmissionInputs.AdmissionUnscheduleInput input) {
        WaitingListEntry entry = input.recordOn(admissions, currentActor.get(), entryId);
        return new UnscheduledResponse(entry.id(), entry.status().name());
    }

    @Operation(summary = "Casos activos del programa", description = "OPEN (por defecto), CLOSED o ALL; paginado.")
    @GetMapping("/programs/{programId}/active-cases")
    ApiRecords.PageResponse<CaseRowResponse> activeCases(@PathVariable UUID programId,
                                                         @RequestParam(defaultValue = "OPEN") CaseFilter state,
                                                         @RequestParam(defaultValue = "0") @Min(0) int page,
                                                         @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        Page<AdmissionQueries.CaseRow> rows = queries.cases(currentActor.get(), programId, state, page, size);
        return new ApiRecords.PageResponse<>(rows.map(CaseRowResponse::of).getContent(), rows.getNumber(),
                rows.getSize(), rows.getTotalElements(), rows.getTotalPages());
    }

    @Operation(summary = "Registrar un caso activo anterior a Circuito", description = "Ocupa una plaza: 409 si no quedan plazas libres.")
    @PostMapping("/programs/{programId}/active-cases")
    @ResponseStatus(HttpStatus.CREATED)
    ActiveCaseResponse registerExisting(@PathVariable UUID programId,
                                        @Valid @RequestBody AdmissionInputs.ExistingCaseInput input) {
        return ActiveCaseResponse.of(input.registerOn(cases, currentActor.get(), programId, input.identityChoice()));
    }

    /** The RUT is registered with other names or birth date: which fields, and how to say which is right. */
    @ExceptionHandler(ChildIdentityMismatch.class)
    ProblemDetail identityMismatch(ChildIdentityMismatch e) {
        return IdentityProblems.of(e, messages);
    }

    @Operation(summary = "Cerrar un caso activo (egreso del programa)", description = "Con fecha, causal y observaciones; libera una plaza.")
    @PostMapping("/active-cases/{caseId}/close")
    ActiveCaseResponse close(@PathVariable UUID caseId, @Valid @RequestBody AdmissionInputs.ActiveCaseCloseInput input) {
        return ActiveCaseResponse.of(input.recordOn(cases, currentActor.get(), caseId));
    }

    @Operation(summary = "Historial de fechas estimadas de ingreso de una ficha", description = "La más reciente primero, con su base de cálculo.")
    @GetMapping("/entries/{entryId}/estimates")
    List<EstimateResponse> estimates(@PathVariable UUID entryId) {
        return queries.estimates(currentActor.get(), entryId).stream().map(EstimateResponse::of).toList();
    }
}
