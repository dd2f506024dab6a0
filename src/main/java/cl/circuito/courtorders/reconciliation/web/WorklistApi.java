package cl.circuito.courtorders.reconciliation.web;

import cl.circuito.courtorders.ledger.web.CourtOrderResponse;
import cl.circuito.courtorders.reconciliation.WorkItem;
import cl.circuito.courtorders.reconciliation.Worklist;
import cl.circuito.shared.security.CurrentActor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The reconciliation worklist over JSON: the same items, scope and audit as the pages. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Conciliación con tribunales", description = "Órdenes de tribunal cuyos registros pueden no coincidir con "
        + "los del tribunal, con el motivo y dónde se corrige")
@SecurityRequirement(name = "token")
class WorklistApi {

    private static final String PROBLEM = MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    private final CurrentActor currentActor;
    private final Worklist worklist;

    WorklistApi(CurrentActor currentActor, Worklist worklist) {
        this.currentActor = currentActor;
        this.worklist = worklist;
    }

    @Operation(summary = "Lista de conciliación de un programa",
            description = "Decisiones vencidas, decisiones o ingresos no informados al tribunal, NNA en lista tras "
                    + "ingresar o egresar en otro programa, mismo RIT en otro programa y órdenes sin movimiento por más "
                    + "de staleDays días (90 por omisión, entre 1 y 3650: si no, 422 con el campo).")
    @ApiResponse(responseCode = "200", description = "Los ítems.")
    @ApiResponse(responseCode = "404", description = "El programa no existe o está fuera de su alcance.", content = @Content(
            mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "staleDays fuera de rango.", content = @Content(
            mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping("/programs/{programId}/court-orders/reconciliation")
    WorklistResponse ofProgram(@PathVariable UUID programId,
                               @Parameter(description = "Días sin movimiento (1 a 3650; 90 por omisión)")
                               @RequestParam(required = false) Integer staleDays) {
        return WorklistResponse.of(worklist.ofProgram(currentActor.get(), programId, staleDays));
    }

    @Operation(summary = "Lista de conciliación de la región o del país",
            description = "Los mismos ítems para todos los programas del alcance del usuario (la región de la gestora "
                    + "territorial, el país del equipo nacional), opcionalmente de una región (region, código CUT).")
    @ApiResponse(responseCode = "200", description = "Los ítems.")
    @ApiResponse(responseCode = "422", description = "staleDays fuera de rango.", content = @Content(
            mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping("/court-orders/reconciliation")
    WorklistResponse ofTerritory(@Parameter(description = "Código de región, opcional")
                                 @RequestParam(required = false) String region,
                                 @Parameter(description = "Días sin movimiento (1 a 3650; 90 por omisión)")
                                 @RequestParam(required = false) Integer staleDays) {
        return WorklistResponse.of(worklist.ofTerritory(currentActor.get(), region, staleDays));
    }

    /** @param truncated whether items were left out (the list stops at 2,000) */
    @Schema(name = "CourtWorklistResponse")
    record WorklistResponse(UUID programId, String region, int staleDays, LocalDate asOf, boolean truncated,
                            List<Item> items) {

        static WorklistResponse of(Worklist.Items items) {
            return new WorklistResponse(items.program() == null ? null : items.program().id(), items.region(),
                    items.staleDays(), items.today(), items.truncated(), items.items().stream().map(Item::of).toList());
        }
    }

    /**
     * @param reason  DECISION_OVERDUE, DECISION_NOT_TOLD, ADMISSION_NOT_TOLD, ADMITTED_ELSEWHERE, LEFT_ELSEWHERE,
     *                SAME_RIT_ELSEWHERE or NO_MOVEMENT
     * @param fixPath the page where it is fixed
     */
    @Schema(name = "CourtWorklistItemResponse")
    record Item(String reason, String why, String fixPath, String fix, CourtOrderResponse order) {

        static Item of(WorkItem i) {
            return new Item(i.reason().name(), i.why(), i.fixPath(), i.fixLabel(), CourtOrderResponse.of(i.order()));
        }
    }
}
