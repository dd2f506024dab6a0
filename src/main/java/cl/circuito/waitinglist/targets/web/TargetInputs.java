package cl.circuito.waitinglist.targets.web;

import cl.circuito.shared.security.Actor;
import cl.circuito.waitinglist.WaitTargets;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

import java.util.UUID;

/**
 * The wait targets' inputs, bound by the pages' forms and read as the API's bodies alike. The range (5–500) is the
 * service's to check, so both channels name the field with the same message.
 */
final class TargetInputs {

    private TargetInputs() {
    }

    @Schema(description = "La espera objetivo de la red, en días hábiles desde la recepción hasta el ingreso")
    record NationalTargetInput(
            @Schema(description = "Días hábiles, entre 5 y 500", minimum = "5", maximum = "500") @NotNull Integer businessDays,
            @Schema(description = "Versión leída de la espera objetivo de la red; 409 si cambió") Long version) {

        static NationalTargetInput of(WaitTargets.NationalTarget target) {
            return new NationalTargetInput(target.businessDays(), target.version());
        }

        WaitTargets.NationalTarget setOn(WaitTargets targets, Actor actor) {
            return targets.setNational(actor, businessDays, version);
        }
    }

    @Schema(description = "La espera objetivo propia de un programa; sin días (null), vuelve a la de la red")
    record ProgramTargetInput(
            @Schema(description = "Días hábiles, entre 5 y 500; null para usar la de la red", minimum = "5", maximum = "500")
            Integer businessDays,
            @Schema(description = "Versión leída de la espera propia; sin ella la primera vez, 409 si cambió") Long version) {

        /** The page's starting point: the program's own target if it has one, else the network's to start from. */
        static ProgramTargetInput of(WaitTargets.ProgramTarget target) {
            return new ProgramTargetInput(target.effectiveBusinessDays(), target.version());
        }

        WaitTargets.ProgramTarget setOn(WaitTargets targets, Actor actor, UUID programId) {
            return targets.setForProgram(actor, programId, businessDays, version);
        }

        /** Back to the network's target, with the version of the own one read. */
        WaitTargets.ProgramTarget inheritOn(WaitTargets targets, Actor actor, UUID programId) {
            return targets.setForProgram(actor, programId, null, version);
        }
    }
}
