package cl.circuito.mesas.plan;

import cl.circuito.mesas.ActivityKind;
import cl.circuito.mesas.mesa.MesaRuleViolation;
import cl.circuito.shared.security.AccessDenied;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.MesaFixtures.MesaWorld;
import cl.circuito.testing.MesaFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Plans with their progress, and outreach and training activities. */
@CircuitoTest
class MesaPlanningTests {

    @Autowired MesaFixtures mesaFixtures;
    @Autowired MesaPlanning planning;
    @Autowired MesaOutreach outreach;

    @Test
    void theProgressIsTheActivitiesDoneAmongThoseNotCancelled() {
        MesaWorld w = mesaFixtures.world();
        MesaPlan plan = planning.draw(w.coFacilitator(), w.mesaId(),
                new MesaPlan.Heading(PlanPeriod.SEMESTER, 2025, 1, "Plan primer semestre 2025"));
        assertThatThrownBy(() -> planning.draw(w.edtCoFacilitator(), w.mesaId(),
                new MesaPlan.Heading(PlanPeriod.SEMESTER, 2025, 1, "Otro")))
                .hasMessage("mesamembers.error.planExists");
        UUID objective = planning.addObjective(w.coFacilitator(), w.mesaId(), plan.id(), version(w, plan.id()),
                "Actualizar el mapa de actores de la red").id();
        UUID[] activities = new UUID[4];
        for (int i = 0; i < 4; i++) {
            activities[i] = planning.addActivity(w.coFacilitator(), w.mesaId(), plan.id(), version(w, plan.id()), objective,
                    new PlanActivity.Details("Actividad " + i, w.opdMember(), "Olga Ortiz", LocalDate.of(2025, 3 + i, 1),
                            i == 0, PlanActivityStatus.PLANNED, null, null)).id();
        }
        assertThatThrownBy(() -> planning.addActivity(w.coFacilitator(), w.mesaId(), plan.id(), version(w, plan.id()),
                objective, new PlanActivity.Details("Fuera", null, null, LocalDate.of(2025, 8, 1), false, null, null, null)))
                .satisfies(e -> assertThat(((MesaRuleViolation) e).field()).isEqualTo("plannedOn"));
        assertThatThrownBy(() -> planning.changeActivity(w.coFacilitator(), w.mesaId(), plan.id(), version(w, plan.id()),
                activities[0], new PlanActivity.Details("Actividad 0", null, null, null, false, PlanActivityStatus.DONE,
                        null, null)))
                .satisfies(e -> assertThat(((MesaRuleViolation) e).field()).isEqualTo("doneOn"));
        planning.changeActivity(w.coFacilitator(), w.mesaId(), plan.id(), version(w, plan.id()), activities[0],
                new PlanActivity.Details("Actividad 0", w.opdMember(), null, LocalDate.of(2025, 3, 1), true,
                        PlanActivityStatus.DONE, LocalDate.of(2025, 3, 20), "Se hizo con el CESFAM"));
        planning.changeActivity(w.coFacilitator(), w.mesaId(), plan.id(), version(w, plan.id()), activities[1],
                new PlanActivity.Details("Actividad 1", null, null, null, false, PlanActivityStatus.CANCELLED, null, null));

        PlanView view = planning.plan(w.member(), w.mesaId(), plan.id());
        assertThat(view.progress().done()).isEqualTo(1);
        assertThat(view.progress().counted()).isEqualTo(3);
        assertThat(view.progress().percent()).isEqualTo(33);
        assertThat(view.objectives().get(0).activities().get(0).monthOnly()).isTrue();
        assertThat(view.objectives().get(0).activities().get(0).responsibleMemberName()).isEqualTo("OPD");
        assertThatThrownBy(() -> planning.removeObjective(w.coFacilitator(), w.mesaId(), plan.id(), version(w, plan.id()),
                objective)).hasMessage("mesamembers.error.objectiveHasActivities");
        assertThatThrownBy(() -> planning.addObjective(w.member(), w.mesaId(), plan.id(), version(w, plan.id()), "X"))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> planning.plans(w.admin(), w.mesaId())).isInstanceOf(AccessDenied.class);
        assertThat(planning.plans(w.manager(), w.mesaId())).hasSize(1);
    }

    @Test
    void activitiesAreRecordedPerYearByTheCoFacilitators() {
        MesaWorld w = mesaFixtures.world();
        outreach.record(w.coFacilitator(), w.mesaId(), new MesaActivity.Details(ActivityKind.OUTREACH_INSTITUTIONS,
                "Presentación de la Mesa a directores de escuelas", "Directores de establecimientos",
                LocalDate.of(2024, 11, 5), "DAEM", 18, "Directores y encargados de convivencia", w.opdMember(), null));
        MesaActivity training = outreach.record(w.edtCoFacilitator(), w.mesaId(), new MesaActivity.Details(
                ActivityKind.TRAINING_GUEST, "Capacitación en riesgo suicida", "Integrantes de la Mesa",
                LocalDate.of(2025, 4, 10), "CESFAM", null, null, w.healthMember(), "Invitada del equipo de salud mental"));
        assertThatThrownBy(() -> outreach.record(w.coFacilitator(), w.mesaId(), new MesaActivity.Details(
                ActivityKind.OTHER, "Antes de fundar", null, MesaFixtures.FOUNDED.minusDays(1), null, null, null, null, null)))
                .satisfies(e -> assertThat(((MesaRuleViolation) e).field()).isEqualTo("heldOn"));
        assertThatThrownBy(() -> outreach.record(w.member(), w.mesaId(), new MesaActivity.Details(
                ActivityKind.OTHER, "X", null, LocalDate.of(2025, 1, 1), null, null, null, null, null)))
                .isInstanceOf(AccessDenied.class);
        outreach.change(w.coFacilitator(), w.mesaId(), training.id(), training.version(), new MesaActivity.Details(
                ActivityKind.TRAINING_GUEST, "Capacitación en riesgo suicida", "Integrantes de la Mesa",
                LocalDate.of(2025, 4, 10), "CESFAM", 22, "Integrantes y equipos", w.healthMember(), null));

        assertThat(outreach.years(w.member(), w.mesaId())).containsExactly(2025, 2024);
        assertThat(outreach.activities(w.national(), w.mesaId(), 2025)).singleElement().satisfies(a -> {
            assertThat(a.participantsCount()).isEqualTo(22);
            assertThat(a.responsibleMemberName()).isEqualTo("CESFAM de prueba");
        });
    }

    private long version(MesaWorld w, UUID planId) {
        return planning.plan(w.coFacilitator(), w.mesaId(), planId).version();
    }
}
