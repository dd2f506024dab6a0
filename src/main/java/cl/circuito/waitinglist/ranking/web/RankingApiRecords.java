package cl.circuito.waitinglist.ranking.web;

import cl.circuito.shared.validation.NoMarkup;
import cl.circuito.waitinglist.ranking.RankReason;
import cl.circuito.waitinglist.ranking.RankingPlace;
import cl.circuito.waitinglist.ranking.RankingRow;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Requests and responses of the ranking (prelación) API, mapped by hand. */
final class RankingApiRecords {

    private RankingApiRecords() {
    }

    @Schema(description = "Un NNA en la prelación del programa, con la explicación de su lugar.")
    record RankingItemResponse(
            UUID entryId,
            @Schema(description = "Versión de la ficha, para moverla") long version,
            @Schema(description = "Lugar en la prelación; 1 ingresa primero") int rank,
            String childName, Integer age,
            @Schema(description = "1 o 2; null si no tiene pauta aplicada") Integer priority,
            @Schema(description = "Puntaje de la pauta (descriptores presentes)") Integer score,
            @Schema(description = "true si el director(a) modificó la prioridad que dio la pauta") boolean priorityOverridden,
            LocalDate receivedOn, long daysWaiting,
            @Schema(description = "Lugar fijado a mano, o null") Integer manualPosition,
            String manualReason, String manualBy, Instant manualAt,
            @Schema(description = "Por qué está en este lugar: FIRST, MANUAL, LOWER_PRIORITY, LOWER_SCORE, LATER_RECEIPT, "
                    + "LATER_REGISTRATION, NOT_ASSESSED") RankReason reason,
            @Schema(description = "La ficha justo antes en el orden de la pauta, a la que se refiere la explicación") UUID comparedWith,
            @Schema(example = "Prioridad 1 con 9 puntos: después de A. B. C. (prioridad 1, 11 puntos), que tiene mayor puntaje.")
            String explanation) {

        static RankingItemResponse of(RankingRow r) {
            return new RankingItemResponse(r.entryId(), r.version(), r.rank(), r.childName(), r.age(), r.priority(),
                    r.score(), r.priorityOverridden(), r.receivedOn(), r.daysWaiting(), r.manualPosition(),
                    r.manualReason(), r.manualByName(), r.manualAt(), r.reason(), r.comparedWith(), r.explanation());
        }
    }

    @Schema(description = "El lugar de una ficha: «Lugar 3 de 41 en la prelación».")
    record RankingPlaceResponse(RankingItemResponse place, @Schema(description = "NNA en la prelación") int total) {

        static RankingPlaceResponse of(RankingPlace place) {
            return new RankingPlaceResponse(RankingItemResponse.of(place.row()), place.total());
        }
    }
}
