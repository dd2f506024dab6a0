package cl.circuito.mesas.plan.web;

import cl.circuito.mesas.ActivityKind;
import cl.circuito.mesas.plan.ActivityRow;
import cl.circuito.mesas.plan.MesaActivity;
import cl.circuito.mesas.plan.MesaPlan;
import cl.circuito.mesas.plan.PlanActivity;
import cl.circuito.mesas.plan.PlanActivityStatus;
import cl.circuito.mesas.plan.PlanPeriod;
import cl.circuito.mesas.plan.PlanView;
import cl.circuito.shared.validation.NoRut;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The plans and activities API's bodies and answers, mapped by hand. */
final class PlanApiRecords {

    private PlanApiRecords() {
    }

    record PlanActivityResponse(UUID id, String description, UUID responsibleMemberId, String responsibleMemberName,
                                String responsiblePerson, LocalDate plannedOn, boolean monthOnly,
                                PlanActivityStatus status, LocalDate doneOn, String note) {
    }

    record ObjectiveResponse(UUID id, int position, String text, List<PlanActivityResponse> activities) {
    }

    @Schema(name = "MesaPlanResponse")
    record PlanResponse(UUID id, long version, PlanPeriod periodKind, int year, Integer semester, String title,
                        LocalDate start, LocalDate end,
                        @Schema(description = "Actividades realizadas") int done,
                        @Schema(description = "Actividades que cuentan (todas menos las canceladas)") int counted,
                        int percent, List<ObjectiveResponse> objectives) {

        static PlanResponse of(PlanView p) {
            MesaPlan.Progress progress = p.progress();
            return new PlanResponse(p.id(), p.version(), p.periodKind(), p.year(), p.semester(), p.title(), p.start(),
                    p.end(), progress.done(), progress.counted(), progress.percent(),
                    p.objectives().stream().map(o -> new ObjectiveResponse(o.id(), o.position(), o.text(),
                            o.activities().stream().map(a -> new PlanActivityResponse(a.id(), a.description(),
                                    a.responsibleMemberId(), a.responsibleMemberName(), a.responsiblePerson(),
                                    a.plannedOn(), a.monthOnly(), a.status(), a.doneOn(), a.note())).toList()))
                            .toList());
        }
    }

    record PlanBody(@Schema(description = "Solo al modificar: la versión leída") Long version,
                    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) PlanPeriod periodKind,
                    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Integer year,
                    @Schema(description = "1 o 2, solo para SEMESTER") Integer semester,
                    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @NoRut String title) {

        MesaPlan.Heading heading() {
            return new MesaPlan.Heading(periodKind, year, semester, title);
        }
    }

    record ObjectiveBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "La versión leída del plan") Long version,
                         @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @NoRut String text) {
    }

    record PlanActivityBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "La versión leída del plan") Long version,
                            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @NoRut String description,
                            UUID responsibleMemberId, @NoRut String responsiblePerson, LocalDate plannedOn,
                            @Schema(description = "true: solo el mes de plannedOn") Boolean monthOnly,
                            @Schema(description = "PLANNED por defecto") PlanActivityStatus status,
                            @Schema(description = "Obligatoria con status DONE") LocalDate doneOn, @NoRut String note) {

        PlanActivity.Details details() {
            return new PlanActivity.Details(description, responsibleMemberId, responsiblePerson, plannedOn,
                    Boolean.TRUE.equals(monthOnly), status, doneOn, note);
        }
    }

    record ActivityResponse(UUID id, long version, ActivityKind kind, String title, String audience, LocalDate heldOn,
                            String place, Integer participantsCount, String participantsDescription,
                            UUID responsibleMemberId, String responsibleMemberName, String description) {

        static ActivityResponse of(ActivityRow a) {
            return new ActivityResponse(a.id(), a.version(), a.kind(), a.title(), a.audience(), a.heldOn(), a.place(),
                    a.participantsCount(), a.participantsDescription(), a.responsibleMemberId(),
                    a.responsibleMemberName(), a.description());
        }
    }

    record ActivityBody(@Schema(description = "Solo al modificar: la versión leída") Long version,
                        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) ActivityKind kind,
                        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @NoRut String title,
                        @NoRut String audience,
                        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate heldOn,
                        @NoRut String place, Integer participantsCount, @NoRut String participantsDescription,
                        UUID responsibleMemberId, @NoRut String description) {

        MesaActivity.Details details() {
            return new MesaActivity.Details(kind, title, audience, heldOn, place, participantsCount,
                    participantsDescription, responsibleMemberId, description);
        }
    }
}
