package cl.circuito.waitinglist.ranking.web;

import cl.circuito.shared.NotFound;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.CurrentActor;
import cl.circuito.waitinglist.entry.web.ApiRecords.PageResponse;
import cl.circuito.waitinglist.ranking.ProgramRankings;
import cl.circuito.waitinglist.ranking.RankingPlacements;
import cl.circuito.waitinglist.ranking.RankingRow;
import cl.circuito.waitinglist.ranking.web.RankingInputs.ClearPlacementInput;
import cl.circuito.waitinglist.ranking.web.RankingInputs.PlacementInput;
import cl.circuito.waitinglist.ranking.web.RankingApiRecords.RankingItemResponse;
import cl.circuito.waitinglist.ranking.web.RankingApiRecords.RankingPlaceResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.data.domain.Page;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/** The ranking (prelación) over JSON: the same services, rules and audit as the page. */
@RestController
@RequestMapping("/api/v1")
@Validated
@Tag(name = "Prelación", description = "Orden de ingreso de los NNA en espera, con su explicación, y ubicación manual con motivo")
@SecurityRequirement(name = "token")
class RankingApi {

    private final CurrentActor currentActor;
    private final ProgramRankings rankings;
    private final RankingPlacements placements;

    RankingApi(CurrentActor currentActor, ProgramRankings rankings, RankingPlacements placements) {
        this.currentActor = currentActor;
        this.rankings = rankings;
        this.placements = placements;
    }

    @Operation(summary = "Prelación de un programa", description = "NNA sujetos de atención en espera, en orden de ingreso: "
            + "prioridad 1 antes que 2, luego mayor puntaje, luego recepción más antigua; sin pauta al final; las "
            + "ubicaciones manuales en su lugar. Cada ítem trae el motivo (reason) y la explicación en texto. Paginada.")
    @GetMapping("/programs/{programId}/ranking")
    PageResponse<RankingItemResponse> ranking(@PathVariable UUID programId,
                                              @RequestParam(defaultValue = "0") @Min(0) int page,
                                              @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        Page<RankingRow> rows = rankings.ranking(currentActor.get(), programId, page, size);
        return new PageResponse<>(rows.map(RankingItemResponse::of).getContent(), rows.getNumber(), rows.getSize(),
                rows.getTotalElements(), rows.getTotalPages());
    }

    @Operation(summary = "Ubicar a mano en la prelación", description = "Solo el director(a), para un NNA en espera (si no, 409), "
            + "con motivo (422 en reason) y un lugar entre 1 y el total (422 en position). Queda en la línea de tiempo "
            + "y en el historial con el lugar anterior y el nuevo. Responde el nuevo lugar.")
    @PostMapping("/entries/{entryId}/ranking-placement")
    RankingPlaceResponse place(@PathVariable UUID entryId, @Valid @RequestBody PlacementInput body) {
        Actor actor = currentActor.get();
        placements.place(actor, entryId, body.version(), body.position(), body.reason());
        return place(actor, entryId);
    }

    @Operation(summary = "Quitar la ubicación manual", description = "El NNA vuelve al orden de la pauta. Con motivo; 409 si "
            + "no tenía ubicación manual o no está en espera. Responde el lugar que le da la pauta.")
    @PostMapping("/entries/{entryId}/ranking-placement/clear")
    RankingPlaceResponse clear(@PathVariable UUID entryId, @Valid @RequestBody ClearPlacementInput body) {
        Actor actor = currentActor.get();
        placements.clear(actor, entryId, body.version(), body.reason());
        return place(actor, entryId);
    }

    private RankingPlaceResponse place(Actor actor, UUID entryId) {
        return rankings.placeOf(actor, entryId).map(RankingPlaceResponse::of).orElseThrow(() -> new NotFound("entry"));
    }
}
