package cl.circuito.waitinglist.monitoring.web;

import cl.circuito.shared.security.CurrentActor;
import cl.circuito.waitinglist.monitoring.JudicialProtection;
import cl.circuito.waitinglist.monitoring.MonitoringLog;
import cl.circuito.waitinglist.monitoring.MonitoringPlanning;
import cl.circuito.waitinglist.monitoring.MonitoringQueries;
import cl.circuito.waitinglist.monitoring.MonitoringRows;
import cl.circuito.waitinglist.monitoring.web.MonitoringApiRecords.*;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.YearMonth;
import java.util.UUID;

/**
 * Monitoring while waiting and judicial actions over JSON. Same services as the pages: same rules, same
 * audit, same Spanish errors naming the field.
 */
@RestController
@RequestMapping("/api/v1")
@Validated
@Tag(name = "Monitoreo y acciones judiciales", description = "Monitoreo de NNA en espera, plan mensual y acciones judiciales de protección")
@SecurityRequirement(name = "token")
class MonitoringApi {

    private final CurrentActor currentActor;
    private final MonitoringLog log;
    private final MonitoringPlanning planning;
    private final JudicialProtection protection;
    private final MonitoringQueries queries;

    MonitoringApi(CurrentActor currentActor, MonitoringLog log, MonitoringPlanning planning,
                  JudicialProtection protection, MonitoringQueries queries) {
        this.currentActor = currentActor;
        this.log = log;
        this.planning = planning;
        this.protection = protection;
        this.queries = queries;
    }

    @Operation(summary = "Monitoreos y acciones judiciales de una ficha", description = "Del más reciente al más antiguo.")
    @GetMapping("/entries/{entryId}/monitoring-actions")
    EntryMonitoringResponse history(@PathVariable UUID entryId) {
        return EntryMonitoringResponse.of(queries.ofEntry(currentActor.get(), entryId));
    }

    @Operation(summary = "Registrar un monitoreo", description = "Solo para fichas en espera o con ingreso programado (409 si no). "
            + "422 si falta el tipo, la fecha o el resultado, o si la fecha es futura o anterior a la recepción. "
            + "Un resultado NOT_PROTECTED abre una acción judicial en la misma operación.")
    @PostMapping("/entries/{entryId}/monitoring-actions")
    @ResponseStatus(HttpStatus.CREATED)
    RecordedResponse record(@PathVariable UUID entryId,
                            @Valid @RequestBody MonitoringInputs.MonitoringActionInput input) {
        return RecordedResponse.of(input.recordOn(log, currentActor.get(), entryId));
    }

    @Operation(summary = "Plan de monitoreo de un mes y su avance", description = "Mes como yyyy-MM. Sin plan: la propuesta de Circuito "
            + "(muestra del 30 % o 20 % sin profesional de apoyo; todos los NNA en espera con él).")
    @GetMapping("/programs/{programId}/monitoring-plans/{month}")
    MonthResponse month(@PathVariable UUID programId,
                        @Parameter(description = "yyyy-MM", example = "2026-11") @PathVariable YearMonth month,
                        @RequestParam(defaultValue = "0") @Min(0) int page,
                        @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return MonthResponse.of(queries.month(currentActor.get(), programId, month, page, 0, size));
    }

    @Operation(summary = "Planificar el mes", description = "Crea el plan desde la propuesta. 409 si el mes ya está planificado o ya pasó.")
    @PostMapping("/programs/{programId}/monitoring-plans/{month}")
    @ResponseStatus(HttpStatus.CREATED)
    MonthResponse plan(@PathVariable UUID programId, @PathVariable YearMonth month) {
        planning.plan(currentActor.get(), programId, month);
        return month(programId, month, 0, 50);
    }

    @Operation(summary = "Agregar un NNA al plan del mes")
    @PostMapping("/programs/{programId}/monitoring-plans/{month}/items")
    MonthResponse add(@PathVariable UUID programId, @PathVariable YearMonth month,
                      @Valid @RequestBody MonitoringInputs.MonitoringPlanItemInput input) {
        planning.add(currentActor.get(), programId, month, input.entryId());
        return month(programId, month, 0, 50);
    }

    @Operation(summary = "Quitar un NNA del plan del mes", description = "Requiere un motivo breve (parámetro reason); queda auditado.")
    @DeleteMapping("/programs/{programId}/monitoring-plans/{month}/items/{entryId}")
    MonthResponse remove(@PathVariable UUID programId, @PathVariable YearMonth month, @PathVariable UUID entryId,
                         @RequestParam(required = false) Long version, @RequestParam(required = false) String reason) {
        planning.remove(currentActor.get(), programId, month, entryId, version, reason);
        return month(programId, month, 0, 50);
    }

    @Operation(summary = "Acciones judiciales de un programa", description = "Sin resolver primero y de la más antigua a la más reciente; all=true incluye las resueltas.")
    @GetMapping("/programs/{programId}/judicial-actions")
    MonitoringApiRecords.JudicialPage judicialActions(@PathVariable UUID programId,
                                              @RequestParam(defaultValue = "false") boolean all,
                                              @RequestParam(defaultValue = "0") @Min(0) int page,
                                              @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        Page<MonitoringRows.JudicialActionRow> rows = queries.judicialActions(currentActor.get(), programId, !all, page,
                size);
        return new MonitoringApiRecords.JudicialPage(rows.map(JudicialRowResponse::of).getContent(), rows.getNumber(),
                rows.getSize(), rows.getTotalElements(), rows.getTotalPages());
    }

    @Operation(summary = "Registrar la solicitud al tribunal", description = "Medida cautelar o audiencia extraordinaria, con su fecha.")
    @PostMapping("/judicial-actions/{judicialActionId}/request")
    JudicialActionResponse request(@PathVariable UUID judicialActionId,
                                   @Valid @RequestBody MonitoringInputs.JudicialRequestInput input) {
        return JudicialActionResponse.of(input.recordOn(protection, currentActor.get(), judicialActionId));
    }

    @Operation(summary = "Registrar la respuesta del tribunal", description = "Resuelve la acción judicial; requiere el texto de la respuesta.")
    @PostMapping("/judicial-actions/{judicialActionId}/answer")
    JudicialActionResponse answer(@PathVariable UUID judicialActionId,
                                  @Valid @RequestBody MonitoringInputs.JudicialAnswerInput input) {
        return JudicialActionResponse.of(input.recordOn(protection, currentActor.get(), judicialActionId));
    }
}
