package cl.circuito.waitinglist.ranking.web;

import cl.circuito.shared.validation.NoMarkup;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What a user sends to move a child in the ranking or give it back to the guide's order: the same record for the
 * ranking page's row forms ({@code @ModelAttribute}, bound as "ranking", so the labels are the bundle's
 * {@code ranking.position} and {@code ranking.reason}) and the API ({@code @RequestBody}). The position's rules live
 * in the entry, which names the field. Where the page returns to (its program and page) is not part of the input:
 * the page sends it as request parameters.
 */
final class RankingInputs {

    private RankingInputs() {
    }

    @Schema(description = "Ubicar a mano a un NNA en espera en un lugar de la prelación.")
    record PlacementInput(
            @Schema(description = "Nuevo lugar, entre 1 y el número de NNA en la prelación", example = "2") Integer position,
            @Schema(description = "Motivo del cambio; queda en la línea de tiempo y en el historial")
            @NotBlank @Size(max = 2000) @NoMarkup String reason,
            @Schema(description = "Versión de la ficha leída; 409 si cambió") Long version) {
    }

    @Schema(description = "Quitar la ubicación manual: el NNA vuelve al orden de la pauta.")
    record ClearPlacementInput(@NotBlank @Size(max = 2000) @NoMarkup String reason,
                               @Schema(description = "Versión de la ficha leída; 409 si cambió") Long version) {
    }
}
