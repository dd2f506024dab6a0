package cl.circuito.courtorders.ledger.web;

import cl.circuito.courtorders.ledger.CourtOrders;
import cl.circuito.shared.security.CurrentActor;
import io.swagger.v3.oas.annotations.Operation;
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
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

/** The ledger of court orders for machine clients: the same reads, scope and audit as the pages. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Órdenes de tribunal", description = "Cada derivación de un tribunal de familia seguida como una orden: "
        + "plazos, decisión, prelación, fecha estimada, ingreso o egreso, y los oficios que lo informaron")
@SecurityRequirement(name = "token")
class CourtOrdersApi {

    private static final String PROBLEM = MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    private final CurrentActor currentActor;
    private final CourtOrders orders;

    CourtOrdersApi(CurrentActor currentActor, CourtOrders orders) {
        this.currentActor = currentActor;
        this.orders = orders;
    }

    @Operation(summary = "Órdenes de tribunal de un programa",
            description = "Cada NNA derivado por un tribunal de familia al programa, por tribunal y fecha de recepción. "
                    + "La lectura queda en la auditoría.")
    @ApiResponse(responseCode = "200", description = "Las órdenes.")
    @ApiResponse(responseCode = "404", description = "El programa no existe o está fuera de su alcance.", content = @Content(
            mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping("/programs/{programId}/court-orders")
    List<CourtOrderResponse> ofProgram(@PathVariable UUID programId) {
        return orders.ofProgram(currentActor.get(), programId).orders().stream().map(CourtOrderResponse::of).toList();
    }

    @Operation(summary = "Expediente de una orden de tribunal",
            description = "La derivación de un tribunal de una ficha: su estado, plazo, decisión, prelación, fecha "
                    + "estimada con su base, ingreso o egreso y los oficios. La lectura queda en la auditoría.")
    @ApiResponse(responseCode = "200", description = "La orden.")
    @ApiResponse(responseCode = "404", description = "La ficha no existe, está fuera de su alcance o no la derivó un tribunal.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping("/entries/{entryId}/court-order")
    CourtOrderResponse order(@PathVariable UUID entryId) {
        return CourtOrderResponse.of(orders.order(currentActor.get(), entryId));
    }
}
