package cl.circuito.demo;

import cl.circuito.shared.security.Actor;
import cl.circuito.waitinglist.monitoring.JudicialActionKind;
import cl.circuito.waitinglist.MonitoringActionKind;
import cl.circuito.waitinglist.MonitoringOutcome;
import cl.circuito.waitinglist.monitoring.JudicialAction;
import cl.circuito.waitinglist.monitoring.JudicialProtection;
import cl.circuito.waitinglist.monitoring.MonitoringLog;
import cl.circuito.waitinglist.monitoring.MonitoringPlanning;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/**
 * Monitoring of the demo's waiting children, through the same services users go through: past months'
 * actions on the PRM (support professional, in-person interviews) and the PPF (no support professional,
 * a sample), this month's plans partly done, one child found not protected with the judicial action still
 * open and one whose judicial action the court already answered.
 */
@Component
@ConditionalOnProperty(name = "circuito.demo-data.enabled", havingValue = "true")
class DemoMonitoring {

    private final JdbcClient jdbc;
    private final MonitoringLog log;
    private final MonitoringPlanning planning;
    private final JudicialProtection protection;
    private final Clock clock;

    DemoMonitoring(JdbcClient jdbc, MonitoringLog log, MonitoringPlanning planning, JudicialProtection protection,
                   Clock clock) {
        this.jdbc = jdbc;
        this.log = log;
        this.planning = planning;
        this.protection = protection;
        this.clock = clock;
    }

    private record Waiting(UUID id, LocalDate receivedOn) {
    }

    void load(Actor prmDirector, Actor prmProfessional, UUID prm, Actor ppfDirector, UUID ppf, DemoVersions versions) {
        LocalDate today = LocalDate.now(clock);
        YearMonth month = YearMonth.from(today);

        List<Waiting> prmChildren = waiting(prm);
        for (int i = 0; i < prmChildren.size(); i++) {
            Waiting child = prmChildren.get(i);
            // Every PRM child was interviewed in person about a month ago, except the last two (never monitored).
            if (i < prmChildren.size() - 2) {
                record(prmProfessional, child, MonitoringActionKind.IN_PERSON_INTERVIEW, today.minusDays(30 + i),
                        MonitoringOutcome.PROTECTED, "Entrevista en el domicilio: la madre mantiene medidas de protección.");
            }
        }
        // Found not protected last month; the court already answered the request for a medida cautelar.
        Waiting resolved = prmChildren.get(1);
        JudicialAction answered = log.record(prmProfessional, resolved.id(), MonitoringActionKind.NETWORK_COORDINATION,
                today.minusDays(25), null, MonitoringOutcome.NOT_PROTECTED,
                "El colegio informa que el agresor volvió al domicilio.").judicialAction();
        protection.request(prmDirector, answered.id(), versions.of("judicial_action", answered.id()),
                JudicialActionKind.MEDIDA_CAUTELAR,
                today.minusDays(24));
        protection.answer(prmDirector, answered.id(), versions.of("judicial_action", answered.id()),
                "El tribunal decreta prohibición de acercamiento del agresor al NNA y a su domicilio.", today.minusDays(20));

        planning.plan(prmDirector, prm, month);
        record(prmProfessional, prmChildren.get(0), MonitoringActionKind.IN_PERSON_INTERVIEW, today,
                MonitoringOutcome.PROTECTED, "Entrevista presencial con la niña y su abuela.");
        record(prmProfessional, prmChildren.get(2), MonitoringActionKind.OTHER_CONTACT, today,
                MonitoringOutcome.NOT_REACHED, "No contesta el teléfono registrado.");
        // Found not protected today: the judicial action stays at the top of the director's day.
        record(prmProfessional, prmChildren.get(3), MonitoringActionKind.IN_PERSON_INTERVIEW, today,
                MonitoringOutcome.NOT_PROTECTED, "El adulto responsable impide la entrevista a solas; el NNA relata nuevas agresiones.");

        List<Waiting> ppfChildren = waiting(ppf);
        if (!ppfChildren.isEmpty()) {
            record(ppfDirector, ppfChildren.get(0), MonitoringActionKind.OTHER_CONTACT, today.minusDays(33),
                    MonitoringOutcome.PROTECTED, "Llamada telefónica con la madre: asiste a controles de salud.");
            planning.plan(ppfDirector, ppf, month);
            record(ppfDirector, ppfChildren.get(ppfChildren.size() - 1), MonitoringActionKind.NETWORK_COORDINATION,
                    today, MonitoringOutcome.PROTECTED, "El CESFAM confirma controles al día.");
        }
    }

    private void record(Actor actor, Waiting child, MonitoringActionKind kind, LocalDate on, MonitoringOutcome outcome,
                        String notes) {
        LocalDate date = on.isBefore(child.receivedOn()) ? child.receivedOn() : on;
        log.record(actor, child.id(), kind, date, null, outcome, notes);
    }

    private List<Waiting> waiting(UUID programId) {
        return jdbc.sql("select id, received_on from waiting_list_entry where program_id = ? and status = 'WAITING' "
                        + "order by received_on, id")
                .param(programId)
                .query((rs, n) -> new Waiting(rs.getObject("id", UUID.class), rs.getDate("received_on").toLocalDate()))
                .list();
    }
}
