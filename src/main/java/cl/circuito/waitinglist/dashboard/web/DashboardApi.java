package cl.circuito.waitinglist.dashboard.web;

import cl.circuito.shared.security.CurrentActor;
import cl.circuito.waitinglist.dashboard.ProgramDashboard;
import cl.circuito.waitinglist.dashboard.ProgramDashboards;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The program's dashboard over JSON: the same counts as the page. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Panel del programa", description = "Lista por prioridad, esperas, plazos vencidos, monitoreo, plazas y tendencia")
@SecurityRequirement(name = "token")
class DashboardApi {

    private final CurrentActor currentActor;
    private final ProgramDashboards dashboards;

    DashboardApi(CurrentActor currentActor, ProgramDashboards dashboards) {
        this.currentActor = currentActor;
        this.dashboards = dashboards;
    }

    @GetMapping("/programs/{programId}/dashboard")
    @Operation(summary = "Panel del programa",
            description = "Niños en espera por prioridad, mediana y mayor espera (días corridos desde la recepción), "
                    + "decisiones vencidas, monitoreo del mes, acciones judiciales abiertas, plazas libres y los "
                    + "últimos 12 meses (en lista al cierre, derivaciones recibidas, ingresos).")
    DashboardResponse dashboard(@PathVariable UUID programId) {
        return DashboardResponse.of(dashboards.of(currentActor.get(), programId));
    }

    record DashboardResponse(UUID programId, String programName, LocalDate asOf, int waiting, int priorityOne,
                             int priorityTwo, int notAssessed, int scheduled, int underReview, int overdueDecisions,
                             Integer medianWaitDays, Integer longestWaitDays, Monitoring monitoring,
                             int openJudicialActions, Places places, List<Month> lastTwelveMonths,
                             @Schema(description = "Espera contra la meta del programa, en días hábiles desde la recepción")
                             Breaches waitTarget) {

        static DashboardResponse of(ProgramDashboard d) {
            return new DashboardResponse(d.program().id(), d.program().name(), d.asOf(), d.waiting(), d.priorityOne(),
                    d.priorityTwo(), d.notAssessed(), d.scheduled(), d.underReview(), d.overdueDecisions(),
                    d.medianWaitDays(), d.longestWaitDays(),
                    new Monitoring(d.monitoring().hasPlan(), d.monitoring().planned(), d.monitoring().done(),
                            d.monitoring().neverMonitored(), d.monitoringBehind()),
                    d.openJudicialActions(),
                    new Places(d.places().capacity(), d.places().activeCases(), d.places().scheduled(),
                            d.places().free()),
                    d.trend().stream().map(m -> new Month(m.month().toString(), m.onList(), m.received(), m.admitted()))
                            .toList(),
                    new Breaches(d.breaches().targetBusinessDays(), d.breaches().inheritedTarget(),
                            d.breaches().breached(), d.breaches().breachingThisMonth()));
        }
    }

    record Monitoring(boolean planned, int plannedChildren, int done, int neverMonitored, boolean behindPlan) {
    }

    record Places(int capacity, int activeCases, int scheduled, int free) {
    }

    /**
     * @param breached           NNA abiertos que superaron la meta
     * @param breachingThisMonth NNA abiertos que la superarán antes de fin de mes si no ingresan
     */
    record Breaches(int targetBusinessDays, boolean inheritedTarget, int breached, int breachingThisMonth) {
    }

    /** @param month "yyyy-MM" */
    record Month(String month, int onList, int received, int admitted) {
    }
}
