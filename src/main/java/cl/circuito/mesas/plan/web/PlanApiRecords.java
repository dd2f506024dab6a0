package cl.circuito.mesas.plan.web;

import cl.circuito.mesas.ActivityKind;
import cl.circuito.mesas.plan.ActivityRow;
import cl.circuito.mesas.plan.MesaPlan;
import cl.circuito.mesas.plan.PlanActivityStatus;
import cl.circuito.mesas.plan.PlanPeriod;
import cl.circuito.mesas.plan.PlanView;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The plans and activities API's answers, mapped by hand (what it reads is in {@link PlanInputs}). */
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

    record ActivityResponse(UUID id, long version, ActivityKind kind, String title, String audience, LocalDate heldOn,
                            String place, Integer participantsCount, String participantsDescription,
                            UUID responsibleMemberId, String responsibleMemberName, String description) {

        static ActivityResponse of(ActivityRow a) {
            return new ActivityResponse(a.id(), a.version(), a.kind(), a.title(), a.audience(), a.heldOn(), a.place(),
                    a.participantsCount(), a.participantsDescription(), a.responsibleMemberId(),
                    a.responsibleMemberName(), a.description());
        }
    }
}
