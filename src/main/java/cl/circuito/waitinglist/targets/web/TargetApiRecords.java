package cl.circuito.waitinglist.targets.web;

import cl.circuito.waitinglist.WaitTargets;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** Responses of the wait targets' API, mapped by hand; its requests are the {@link TargetInputs} the pages bind. */
final class TargetApiRecords {

    private TargetApiRecords() {
    }

    @Schema(description = "La espera objetivo de la red y su último cambio")
    record NationalTargetResponse(int businessDays, long version, Instant updatedAt, String updatedByName) {
        static NationalTargetResponse of(WaitTargets.NationalTarget t) {
            return new NationalTargetResponse(t.businessDays(), t.version(), t.updatedAt(), t.updatedByName());
        }
    }

    @Schema(description = "La espera objetivo de un programa: la propia si la tiene, si no la de la red")
    record ProgramTargetResponse(UUID programId,
                                 @Schema(description = "La propia del programa; null si usa la de la red") Integer ownBusinessDays,
                                 @Schema(description = "Versión de la propia; null si usa la de la red") Long version,
                                 int nationalBusinessDays,
                                 @Schema(description = "La que rige para el programa") int businessDays,
                                 @Schema(description = "true si rige la de la red") boolean inherited) {
        static ProgramTargetResponse of(UUID programId, WaitTargets.ProgramTarget t) {
            return new ProgramTargetResponse(programId, t.ownBusinessDays(), t.version(), t.nationalBusinessDays(),
                    t.effectiveBusinessDays(), t.ownBusinessDays() == null);
        }
    }
}
