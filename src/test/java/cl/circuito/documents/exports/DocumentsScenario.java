package cl.circuito.documents.exports;

import cl.circuito.children.Rut;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Role;
import cl.circuito.testing.Fixtures;
import cl.circuito.waitinglist.entry.EntryDecisions;
import cl.circuito.waitinglist.MonitoringActionKind;
import cl.circuito.waitinglist.MonitoringOutcome;
import cl.circuito.waitinglist.priority.PriorityAnswer;
import cl.circuito.waitinglist.admission.AdmissionEstimates;
import cl.circuito.waitinglist.monitoring.MonitoringLog;
import cl.circuito.waitinglist.priority.AssessmentView;
import cl.circuito.waitinglist.priority.PriorityAssessments;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A program with four fictional children in different places of the list, for the documents' tests:
 * <ul>
 *   <li>Sofía Ñuñez Pérez: with RUT, waiting, guide applied (Prioridad 1, 6 points, one "sin dato"), monitored;</li>
 *   <li>José Ángel Muñoz: waiting, guide not applied (ranked after Sofía);</li>
 *   <li>Martín Órdenes: under review, with a reason that has the CSV's separator and quotes;</li>
 *   <li>Valentina Íñiguez: declared not eligible (left the list).</li>
 * </ul>
 */
@TestComponent
public class DocumentsScenario {

    private final Fixtures fixtures;
    private final EntryDecisions decisions;
    private final PriorityAssessments assessments;
    private final MonitoringLog monitoring;
    private final AdmissionEstimates estimates;
    private final JdbcClient jdbc;

    DocumentsScenario(Fixtures fixtures, EntryDecisions decisions,
                      PriorityAssessments assessments, MonitoringLog monitoring, AdmissionEstimates estimates,
                      JdbcClient jdbc) {
        this.fixtures = fixtures;
        this.decisions = decisions;
        this.assessments = assessments;
        this.monitoring = monitoring;
        this.estimates = estimates;
        this.jdbc = jdbc;
    }

    /** What a test needs to know of the scenario. */
    public record Program(UUID id, Actor director, UUID court, String sofia, String sofiaRut, UUID sofiaEntry,
                         AssessmentView sofiaGuide, LocalDate sofiaReceived, LocalDate sofiaMonitored, String jose,
                         UUID joseEntry, String martin, String valentina, String martinReason) {
    }

    public Program create() {
        UUID program = fixtures.program("PRM", "13101");
        UUID court = fixtures.referrer("FAMILY_COURT");
        Actor director = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(program));
        int n = Fixtures.next();
        LocalDate today = LocalDate.now();

        String rut = Fixtures.rut();
        LocalDate sofiaReceived = today.minusDays(40);
        UUID sofia = fixtures.referral(director, program, court).rut(rut).child("Sofía", "Ñuñez" + n, "Pérez")
                .bornOn(LocalDate.of(2015, 4, 9)).court("P-" + n + "-2026", String.format("26%08d-5", n))
                .reason("Vulneración grave de derechos").receivedOn(sofiaReceived).eligibleOn(sofiaReceived.plusDays(3))
                .register().id();
        Map<Integer, PriorityAnswer> answers = new HashMap<>();
        for (int item = 1; item <= 20; item++) {
            answers.put(item, item <= 6 ? PriorityAnswer.PRESENT : item == 20 ? PriorityAnswer.NO_DATA : PriorityAnswer.ABSENT);
        }
        AssessmentView guide = assessments.assess(director, sofia, version(sofia), sofiaReceived.plusDays(4), answers,
                "Antecedentes del tribunal revisados", false);
        LocalDate monitored = today.minusDays(5);
        monitoring.record(director, sofia, MonitoringActionKind.IN_PERSON_INTERVIEW, monitored, null,
                MonitoringOutcome.PROTECTED, "Visita al domicilio");

        UUID jose = fixtures.referral(director, program, court).child("José Ángel", "Muñoz" + n)
                .bornOn(LocalDate.of(2017, 1, 20)).court("P-" + (n + 1) + "-2026", null).receivedOn(today.minusDays(30))
                .eligibleOn(today.minusDays(28)).register().id();

        String martinReason = "Negligencia; \"urgente\" según el tribunal";
        fixtures.referral(director, program, court).child("Martín", "Órdenes" + n).bornOn(LocalDate.of(2014, 2, 2))
                .court("P-" + (n + 2) + "-2026", null).reason(martinReason).receivedOn(today.minusDays(2))
                .backgroundSufficient(false).register();

        UUID valentina = fixtures.referral(director, program, court).surnamed("Íñiguez").receivedDaysAgo(20)
                .register().id();
        decisions.declareNotEligible(director, valentina, version(valentina), today.minusDays(15),
                "Corresponde a otro programa", null, "PPF Los Aromos");
        String valentinaName = jdbc.sql("""
                        select c.given_names || ' ' || c.paternal_surname from child c
                          join waiting_list_entry e on e.child_id = c.id where e.id = ?""")
                .param(valentina).query(String.class).single();

        estimates.recompute(program);
        return new Program(program, director, court, "Sofía Ñuñez" + n + " Pérez", Rut.parse(rut).formatted(), sofia,
                guide, sofiaReceived, monitored, "José Ángel Muñoz" + n, jose, "Martín Órdenes" + n, valentinaName,
                martinReason);
    }

    /** The entry's version as its page shows it now: what a change based on a fresh read names. */
    private Long version(UUID entryId) {
        return fixtures.version("waiting_list_entry", entryId);
    }
}
