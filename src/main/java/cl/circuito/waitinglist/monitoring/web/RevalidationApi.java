package cl.circuito.waitinglist.monitoring.web;

import cl.circuito.shared.security.CurrentActor;
import cl.circuito.waitinglist.monitoring.MonitoringRows.DueForRevalidation;
import cl.circuito.waitinglist.monitoring.Revalidations;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/**
 * Re-validation of long waits over JSON: who is due in a month, and the schedule of set points. A re-validation is
 * recorded as a monitoring action with its two answers ({@code POST /entries/{entryId}/monitoring-actions}).
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Re-validación de esperas largas", description = "NNA en espera que cruzaron un punto de re-validación "
        + "(12, 26, 52 semanas y luego cada 26, por defecto): ¿sigue necesitando el programa? ¿sigue siendo ubicable?")
@SecurityRequirement(name = "token")
class RevalidationApi {

    private final CurrentActor currentActor;
    private final Revalidations revalidations;

    RevalidationApi(CurrentActor currentActor, Revalidations revalidations) {
        this.currentActor = currentActor;
        this.revalidations = revalidations;
    }

    @Operation(summary = "NNA con re-validación pendiente en un mes", description = "Mes como yyyy-MM; los NNA en espera "
            + "cuya espera cruzó un punto del calendario hasta el último día del mes y que no se re-validaron desde el "
            + "mes de ese punto. setPoint filtra por punto (semanas). La consulta queda registrada. Programa fuera de "
            + "alcance: 404.")
    @GetMapping("/programs/{programId}/revalidations/{month}")
    RevalidationMonthResponse due(@PathVariable UUID programId,
                                  @Parameter(description = "yyyy-MM", example = "2026-11") @PathVariable YearMonth month,
                                  @RequestParam(required = false) Integer setPoint) {
        Revalidations.DueMonth view = revalidations.due(currentActor.get(), programId, month, setPoint);
        return new RevalidationMonthResponse(programId, month, ScheduleResponse.of(revalidations.schedule()),
                view.all().size(), view.shown().stream().map(DueChildResponse::of).toList());
    }

    @Operation(summary = "Calendario de re-validación", description = "Puntos (semanas desde la recepción) y cada "
            + "cuántas semanas se repite después del último.")
    @GetMapping("/revalidation-schedule")
    ScheduleResponse schedule() {
        return ScheduleResponse.of(revalidations.schedule());
    }

    @Operation(summary = "Cambiar el calendario de re-validación", description = "Solo el equipo nacional. Puntos "
            + "enteros ascendentes entre 1 y 520 (máximo 10); repetición entre 4 y 104 semanas. 422 nombrando el "
            + "campo; 409 si otro lo cambió desde la versión leída.")
    @PutMapping("/revalidation-schedule")
    ScheduleResponse change(@Valid @RequestBody RevalidationScheduleInput input) {
        return ScheduleResponse.of(input.applyOn(revalidations, currentActor.get()));
    }

    record RevalidationMonthResponse(UUID programId, YearMonth month, ScheduleResponse schedule, int dueInMonth,
                                     List<DueChildResponse> children) {
    }

    /** @param weeksWaited whole weeks since receipt, today */
    record DueChildResponse(UUID entryId, String childName, Integer priority, LocalDate receivedOn, int weeksWaited,
                            @Schema(description = "Punto cruzado (semanas)") int setPointWeeks,
                            LocalDate setPointReachedOn, LocalDate lastRevalidatedOn) {

        static DueChildResponse of(DueForRevalidation d) {
            return new DueChildResponse(d.entryId(), d.childName(), d.priority(), d.receivedOn(), d.weeksWaited(),
                    d.due().setPointWeeks(), d.due().pointReachedOn(), d.lastRevalidatedOn());
        }
    }

    record ScheduleResponse(List<Integer> setPointWeeks, int repeatEveryWeeks, long version, Instant changedAt,
                            String changedByName) {

        static ScheduleResponse of(Revalidations.Schedule s) {
            return new ScheduleResponse(s.schedule().setPointWeeks(), s.schedule().repeatEveryWeeks(),
                    s.schedule().version(), s.changedAt(), s.changedByName());
        }
    }
}
