package cl.circuito.waitinglist.monitoring.web;

import cl.circuito.shared.security.Actor;
import cl.circuito.shared.validation.NoMarkup;
import cl.circuito.waitinglist.MonitoringActionKind;
import cl.circuito.waitinglist.MonitoringOutcome;
import cl.circuito.waitinglist.monitoring.JudicialAction;
import cl.circuito.waitinglist.monitoring.JudicialActionKind;
import cl.circuito.waitinglist.monitoring.JudicialProtection;
import cl.circuito.waitinglist.monitoring.MonitoringLog;
import cl.circuito.waitinglist.monitoring.RevalidationAnswers;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What a user sends about monitoring and judicial actions, the same record for the pages' forms
 * ({@code @ModelAttribute}; the action's and the month's plan's bound as "monitoring", so a field's label is the
 * bundle's "monitoring.notes"…) and the API ({@code @RequestBody}).
 */
final class MonitoringInputs {

    private MonitoringInputs() {
    }

    /**
     * Required fields and a future date are checked here too (the domain checks them again), so a form with several
     * mistakes shows them all at once; the messages are the domain's (see i18n/waitinglist/monitoring.properties).
     */
    @Schema(description = "Una acción de monitoreo. Tipo, fecha y resultado son obligatorios; la fecha no puede ser futura "
            + "ni anterior a la recepción de la derivación.")
    record MonitoringActionInput(
            @Schema(description = "En orden de prioridad del instructivo: IN_PERSON_INTERVIEW, OTHER_CONTACT, NETWORK_COORDINATION, OTHER")
            @NotNull MonitoringActionKind kind,
            @NotNull @PastOrPresent @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate performedOn,
            @Schema(description = "Usuario del programa que la realizó; por defecto, quien registra") UUID performedBy,
            @Schema(description = "NOT_PROTECTED abre una acción judicial") @NotNull MonitoringOutcome outcome,
            @Size(max = 4000) @NoMarkup String notes,
            @Schema(description = "Re-validación de una espera larga (12, 26, 52 semanas…): ¿sigue necesitando el "
                    + "programa? Con stillReachable, o ninguno de los dos (monitoreo sin re-validación).")
            Boolean stillNeedsProgram,
            @Schema(description = "Re-validación: ¿sigue siendo ubicable la familia? Con stillNeedsProgram.")
            Boolean stillReachable) {

        static MonitoringActionInput startingOn(LocalDate today, Actor actor) {
            return new MonitoringActionInput(null, today, actor.userId(), null, null, null, null);
        }

        MonitoringLog.Recorded recordOn(MonitoringLog log, Actor actor, UUID entryId) {
            return log.record(actor, entryId, kind, performedOn, performedBy, outcome, notes,
                    new RevalidationAnswers(stillNeedsProgram, stillReachable));
        }
    }

    /** The unresolved judicial action's request to the court; its rules are the action's, which names the field. */
    record JudicialRequestInput(
            @Schema(description = "MEDIDA_CAUTELAR o AUDIENCIA_EXTRAORDINARIA") JudicialActionKind kind,
            @Schema(description = "No futura ni anterior a la apertura")
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate requestedOn,
            @Schema(description = "Versión leída; 409 si cambió") Long version) {

        static JudicialRequestInput startingOn(LocalDate today, Long version) {
            return new JudicialRequestInput(null, today, version);
        }

        JudicialAction recordOn(JudicialProtection protection, Actor actor, UUID judicialActionId) {
            return protection.request(actor, judicialActionId, version, kind, requestedOn);
        }
    }

    /** The court's answer, which resolves the judicial action. */
    record JudicialAnswerInput(
            @Size(max = 4000) @NoMarkup String answer,
            @Schema(description = "No futura ni anterior a la solicitud")
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate answeredOn,
            @Schema(description = "Versión leída; 409 si cambió") Long version) {

        static JudicialAnswerInput startingOn(LocalDate today, Long version) {
            return new JudicialAnswerInput(null, today, version);
        }

        JudicialAction recordOn(JudicialProtection protection, Actor actor, UUID judicialActionId) {
            return protection.answer(actor, judicialActionId, version, answer, answeredOn);
        }
    }

    /** A child added to the month's plan; which children can be is the planning's to say, naming the field. */
    record MonitoringPlanItemInput(@Schema(description = "Ficha en espera o con ingreso programado del programa")
                                   UUID entryId) {
    }

    /**
     * A child taken off the month's plan, with a short reason; {@code version} is the plan's. Only the page sends it
     * as a form: the API's removal is a DELETE of the child's item, with the same values in its path and query.
     */
    record MonitoringPlanRemovalInput(UUID entryId, @Size(max = 500) @NoMarkup String reason, Long version) {
    }
}
