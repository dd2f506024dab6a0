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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What a user sends to draw a Mesa's plan and record its activities, the same record for the pages
 * ({@code @ModelAttribute}, under the pages' form names) and the API ({@code @RequestBody}). A required value the
 * domain also checks is declared here, so a page shows every missing one at once; the API says it in the domain's
 * words (i18n/mesas/members.properties). A number that is no number is refused on its field with what was typed.
 */
final class PlanInputs {

    private PlanInputs() {
    }

    record MesaPlanInput(@Schema(description = "Solo al modificar: la versión leída") Long version,
                         @Schema(requiredMode = Schema.RequiredMode.REQUIRED) PlanPeriod periodKind,
                         @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @NotNull Integer year,
                         @Schema(description = "1 o 2, solo para SEMESTER") Integer semester,
                         @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @NotBlank @NoRut String title) {

        /** A new plan: the semester under way. */
        static MesaPlanInput startingOn(LocalDate today) {
            return new MesaPlanInput(null, PlanPeriod.SEMESTER, today.getYear(), today.getMonthValue() <= 6 ? 1 : 2,
                    null);
        }

        static MesaPlanInput of(PlanView p) {
            return new MesaPlanInput(p.version(), p.periodKind(), p.year(), p.semester(), p.title());
        }

        MesaPlan.Heading heading() {
            return new MesaPlan.Heading(periodKind, year, semester, title);
        }
    }

    /** An objective added or rewritten, or removed (its text left out); the version is the plan's. */
    record PlanObjectiveInput(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "La versión leída del plan") Long version,
                              @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @NoRut String text) {

        static PlanObjectiveInput of(long planVersion) {
            return new PlanObjectiveInput(planVersion, null);
        }
    }

    record PlanActivityInput(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "La versión leída del plan") Long version,
                             @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @NoRut String description,
                             UUID responsibleMemberId, @NoRut String responsiblePerson,
                             @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate plannedOn,
                             @Schema(description = "true: solo el mes de plannedOn") Boolean monthOnly,
                             @Schema(description = "PLANNED por defecto") PlanActivityStatus status,
                             @Schema(description = "Obligatoria con status DONE")
                             @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate doneOn,
                             @NoRut String note) {

        static PlanActivityInput of(long planVersion) {
            return new PlanActivityInput(planVersion, null, null, null, null, Boolean.FALSE, PlanActivityStatus.PLANNED,
                    null, null);
        }

        static PlanActivityInput of(long planVersion, PlanView.Activity a) {
            return new PlanActivityInput(planVersion, a.description(), a.responsibleMemberId(), a.responsiblePerson(),
                    a.plannedOn(), a.monthOnly(), a.status(), a.doneOn(), a.note());
        }

        PlanActivity.Details details() {
            return new PlanActivity.Details(description, responsibleMemberId, responsiblePerson, plannedOn,
                    Boolean.TRUE.equals(monthOnly), status, doneOn, note);
        }
    }

    /** An outreach or training activity of the Mesa (not of a plan). */
    record MesaActivityInput(@Schema(description = "Solo al modificar: la versión leída") Long version,
                             @Schema(requiredMode = Schema.RequiredMode.REQUIRED) ActivityKind kind,
                             @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @NotBlank @NoRut String title,
                             @NoRut String audience,
                             @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
                             @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
                             @NoRut String place, Integer participantsCount, @NoRut String participantsDescription,
                             UUID responsibleMemberId, @NoRut String description) {

        static MesaActivityInput startingOn(LocalDate today) {
            return new MesaActivityInput(null, null, null, null, today, null, null, null, null, null);
        }

        static MesaActivityInput of(ActivityRow a) {
            return new MesaActivityInput(a.version(), a.kind(), a.title(), a.audience(), a.heldOn(), a.place(),
                    a.participantsCount(), a.participantsDescription(), a.responsibleMemberId(), a.description());
        }

        MesaActivity.Details details() {
            return new MesaActivity.Details(kind, title, audience, heldOn, place, participantsCount,
                    participantsDescription, responsibleMemberId, description);
        }
    }
}
