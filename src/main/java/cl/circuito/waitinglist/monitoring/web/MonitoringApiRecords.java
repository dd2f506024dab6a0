package cl.circuito.waitinglist.monitoring.web;

import cl.circuito.waitinglist.EntryStatus;
import cl.circuito.waitinglist.ExitReason;
import cl.circuito.waitinglist.monitoring.JudicialActionKind;
import cl.circuito.waitinglist.MonitoringActionKind;
import cl.circuito.waitinglist.MonitoringOutcome;
import cl.circuito.waitinglist.monitoring.JudicialAction;
import cl.circuito.waitinglist.monitoring.JudicialActionStatus;
import cl.circuito.waitinglist.monitoring.MonitoringAction;
import cl.circuito.waitinglist.monitoring.MonitoringLog;
import cl.circuito.waitinglist.monitoring.MonitoringPlanKind;
import cl.circuito.waitinglist.monitoring.MonitoringPlanReason;
import cl.circuito.waitinglist.monitoring.MonitoringQueries;
import cl.circuito.waitinglist.monitoring.MonitoringRows;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.data.domain.Page;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/**
 * Responses of the monitoring API, mapped by hand; its requests are the {@link MonitoringInputs} the pages bind
 * too.
 */
final class MonitoringApiRecords {

    private MonitoringApiRecords() {
    }

    record MonitoringActionResponse(UUID id, UUID entryId, MonitoringActionKind kind, LocalDate performedOn,
                                    String performedBy, MonitoringOutcome outcome, String notes, Instant recordedAt,
                                    String recordedBy,
                                    @Schema(description = "Re-validación: ¿sigue necesitando el programa? (null si no lo es)")
                                    Boolean stillNeedsProgram,
                                    @Schema(description = "Re-validación: ¿sigue siendo ubicable? (null si no lo es)")
                                    Boolean stillReachable,
                                    @Schema(description = "Re-validación: semanas enteras en espera ese día")
                                    Integer weeksWaited) {
        static MonitoringActionResponse of(MonitoringAction a) {
            return new MonitoringActionResponse(a.id(), a.entryId(), a.kind(), a.performedOn(), a.performedByName(),
                    a.outcome(), a.notes(), a.recordedAt(), a.recordedByName(), a.stillNeedsProgram(),
                    a.stillReachable(), a.weeksWaited());
        }
    }

    record RecordedResponse(MonitoringActionResponse action,
                            @Schema(description = "La acción judicial que sigue a un resultado NOT_PROTECTED, si la hay")
                            JudicialActionResponse judicialAction,
                            @Schema(description = "true si este monitoreo la abrió; false si ya había una sin resolver")
                            boolean judicialActionOpened) {
        static RecordedResponse of(MonitoringLog.Recorded r) {
            return new RecordedResponse(MonitoringActionResponse.of(r.action()),
                    r.judicialAction() == null ? null : JudicialActionResponse.of(r.judicialAction()),
                    r.judicialActionOpened());
        }
    }

    record JudicialActionResponse(UUID id, long version, UUID entryId, UUID programId, JudicialActionStatus status,
                                  LocalDate openedOn, JudicialActionKind kind, LocalDate requestedOn,
                                  String courtAnswer, LocalDate answeredOn) {
        static JudicialActionResponse of(JudicialAction j) {
            return new JudicialActionResponse(j.id(), j.version(), j.entryId(), j.programId(), j.status(),
                    j.openedOn(), j.kind(), j.requestedOn(), j.courtAnswer(), j.answeredOn());
        }

        static JudicialActionResponse of(MonitoringRows.JudicialActionRow j) {
            return new JudicialActionResponse(j.id(), j.version(), j.entryId(), j.programId(), j.status(),
                    j.openedOn(), j.kind(), j.requestedOn(), j.courtAnswer(), j.answeredOn());
        }
    }

    record EntryMonitoringResponse(List<MonitoringActionResponse> actions,
                                   List<JudicialActionResponse> judicialActions) {
        static EntryMonitoringResponse of(MonitoringQueries.EntryMonitoring m) {
            return new EntryMonitoringResponse(m.actions().stream().map(MonitoringActionResponse::of).toList(),
                    m.judicialActions().stream().map(JudicialActionResponse::of).toList());
        }
    }

    record JudicialRowResponse(JudicialActionResponse action, String childName) {
        static JudicialRowResponse of(MonitoringRows.JudicialActionRow row) {
            return new JudicialRowResponse(JudicialActionResponse.of(row), row.childName());
        }
    }

    record PlannedChildResponse(UUID entryId, String childName, EntryStatus status, Integer priority, Integer score,
                                LocalDate receivedOn, MonitoringPlanReason reason, LocalDate lastMonitoredOn,
                                @Schema(description = "La acción que cuenta para el mes (hecho); vacío si está pendiente")
                                LocalDate monitoredInMonthOn, String removalReason,
                                @Schema(description = "Si salió de la lista: ADMITTED (ingresó) u otra causal") ExitReason exitReason,
                                LocalDate exitedOn) {
        static PlannedChildResponse of(MonitoringRows.PlannedChild c) {
            return new PlannedChildResponse(c.entryId(), c.childName(), c.status(), c.priority(), c.score(),
                    c.receivedOn(), c.reason(), c.lastMonitoredOn(), c.monitoredInMonthOn(), c.removalReason(),
                    c.exitReason(), c.exitedOn());
        }
    }

    record ProgressResponse(int planned, int done, int neverMonitored, int percentDone, int expectedByToday,
                            boolean behindPlan) {
    }

    @Schema(description = "El mes de monitoreo: si está planificado, el plan (paginado) y su avance; si no, la propuesta.")
    record MonthResponse(UUID programId, YearMonth month, boolean planned,
                         @Schema(description = "Versión del plan, para quitar un NNA de él") Long planVersion,
                         MonitoringPlanKind kind,
                         @Schema(description = "NNA en espera hoy") int waitingNow,
                         @Schema(description = "Mínimo que exige la regla hoy") int requiredNow,
                         Integer requiredWhenPlanned, ProgressResponse progress,
                         @Schema(description = "La página pedida de la propuesta (mes sin plan; requiredNow NNA en total) "
                                 + "o de los NNA que el plan cuenta (progress.planned en total, progress.done de ellos "
                                 + "monitoreados)")
                         List<PlannedChildResponse> children,
                         @Schema(description = "NNA del plan que salieron de la lista en el mes (ingreso u otro egreso) "
                                 + "sin haber sido monitoreados en él: ya no cuentan como planificados ni pendientes")
                         List<PlannedChildResponse> leftTheList,
                         List<PlannedChildResponse> removed,
                         int page, long totalChildren) {
        static MonthResponse of(MonitoringQueries.MonitoringMonth m) {
            var p = m.progress();
            boolean planned = m.plan() != null;
            Page<MonitoringRows.PlannedChild> children = planned ? m.planned() : m.proposal();
            return new MonthResponse(m.program().id(), m.month(), planned, planned ? m.plan().version() : null,
                    planned ? m.plan().kind() : m.kindNow(),
                    m.waitingNow(), m.requiredNow(), planned ? m.plan().requiredSize() : null,
                    new ProgressResponse(p.planned(), p.done(), p.neverMonitored(), p.percentDone(), m.expectedByToday(),
                            m.behindPlan()),
                    children.getContent().stream().map(PlannedChildResponse::of).toList(),
                    m.left().stream().map(PlannedChildResponse::of).toList(),
                    m.removed().stream().map(PlannedChildResponse::of).toList(),
                    children.getNumber(), children.getTotalElements());
        }
    }

    record JudicialPage(List<JudicialRowResponse> items, int page, int size, long totalItems, int totalPages) {
    }
}
