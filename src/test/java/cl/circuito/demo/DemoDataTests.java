package cl.circuito.demo;

import cl.circuito.calendar.BusinessCalendar;
import cl.circuito.identity.UserAdministration;
import cl.circuito.implementation.scorecards.Scorecards;
import cl.circuito.implementation.scorecards.IndicatorKind;
import cl.circuito.implementation.report.ManagerNoteWriting;
import cl.circuito.implementation.scorecards.Mark;
import cl.circuito.implementation.scorecards.MesaScorecard;
import cl.circuito.implementation.reflections.ReflectionWriting;
import cl.circuito.mesas.cases.CaseFormats;
import cl.circuito.networkmap.map.NetworkMaps;
import cl.circuito.networkmap.map.Protocols;
import cl.circuito.mesas.cases.CaseReviewing;
import cl.circuito.mesas.agreements.MesaAgreements;
import cl.circuito.mesas.minutes.MinutesViews;
import cl.circuito.mesas.sessions.MesaMinutes;
import cl.circuito.mesas.plan.MesaOutreach;
import cl.circuito.mesas.plan.MesaPlanning;
import cl.circuito.shared.security.AccessScope;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Role;
import cl.circuito.mesas.mesa.MesaSetup;
import cl.circuito.mesas.sessions.SessionAttendance;
import cl.circuito.mesas.sessions.SessionPlanning;

import cl.circuito.letters.drafting.LetterManagement;
import cl.circuito.letters.drafting.LetterQueries;
import cl.circuito.network.NetworkAdministration;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.waitinglist.entry.BackgroundGathering;
import cl.circuito.waitinglist.entry.EntryDecisions;
import cl.circuito.waitinglist.entry.ReferralIntake;
import cl.circuito.waitinglist.entry.SenainfoSteps;
import cl.circuito.waitinglist.admission.ActiveCaseManagement;
import cl.circuito.waitinglist.admission.AdmissionEstimates;
import cl.circuito.waitinglist.admission.AdmissionPlanning;
import cl.circuito.waitinglist.admission.AdmissionQueries;
import cl.circuito.waitinglist.admission.Admissions;
import cl.circuito.waitinglist.monitoring.JudicialProtection;
import cl.circuito.waitinglist.monitoring.MonitoringLog;
import cl.circuito.waitinglist.monitoring.MonitoringPlanning;
import cl.circuito.waitinglist.priority.PriorityAssessments;
import cl.circuito.waitinglist.ranking.RankingPlacements;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

@CircuitoTest
class DemoDataTests {

    @Autowired JdbcClient jdbc;
    @Autowired NetworkAdministration network;
    @Autowired UserAdministration users;
    @Autowired ReferralIntake intake;
    @Autowired EntryDecisions decisions;
    @Autowired BackgroundGathering gathering;
    @Autowired TransactionTemplate transactions;
    @Autowired Clock clock;
    @Autowired BusinessCalendar calendar;
    @Autowired Environment environment;
    @Autowired RankingPlacements placements;
    @Autowired EntityManager entityManager;
    @Autowired MonitoringLog monitoringLog;
    @Autowired MonitoringPlanning monitoringPlanning;
    @Autowired JudicialProtection judicialProtection;
    @Autowired ActiveCaseManagement cases;
    @Autowired AdmissionQueries admissionQueries;
    @Autowired AdmissionPlanning planning;
    @Autowired Admissions admissions;
    @Autowired AdmissionEstimates estimates;
    @Autowired PriorityAssessments priorityAssessments;
    @Autowired LetterManagement letterManagement;
    @Autowired LetterQueries letterQueries;
    @Autowired MesaSetup mesaSetup;
    @Autowired MesaPlanning mesaPlanning;
    @Autowired MesaOutreach mesaOutreach;
    @Autowired SessionPlanning sessionPlanning;
    @Autowired SessionAttendance sessionAttendance;
    @Autowired MesaMinutes mesaMinutes;
    @Autowired MinutesViews minutesViews;
    @Autowired MesaAgreements mesaAgreements;
    @Autowired CaseReviewing caseReviewing;
    @Autowired CaseFormats caseFormats;
    @Autowired Scorecards implementationFigures;
    @Autowired ReflectionWriting reflectionWriting;
    @Autowired ManagerNoteWriting managerNoteWriting;
    @Autowired NetworkMaps networkMaps;
    @Autowired Protocols protocols;
    @Autowired SenainfoSteps senainfoSteps;

    @Test
    void theDemoHasAUserPerRoleAndAboutFortyChildrenInEveryStateWithDeadlinesNearAndPast() {
        DemoData demo = new DemoData(jdbc, entityManager, new DemoNetwork(network), users, intake, decisions, gathering, transactions, clock, environment,
                new DemoPriority(priorityAssessments),
                new DemoRanking(jdbc, placements, entityManager),
                new DemoSenainfo(jdbc, senainfoSteps, entityManager),
                new DemoMonitoring(jdbc, monitoringLog, monitoringPlanning, judicialProtection, clock),
                new DemoAdmissions(cases, admissionQueries, planning, admissions, estimates),
                new DemoLetters(letterManagement, letterQueries, jdbc, clock),
                new DemoMesas(jdbc, entityManager, mesaSetup, mesaPlanning, mesaOutreach, sessionPlanning, sessionAttendance,
                        mesaMinutes, minutesViews, mesaAgreements, caseReviewing, caseFormats),
                new DemoImplementation(jdbc, network, mesaSetup, sessionPlanning, sessionAttendance, mesaAgreements,
                        mesaPlanning, mesaOutreach, caseReviewing),
                new DemoReflections(jdbc, reflectionWriting, managerNoteWriting),
                new DemoNetworkMap(networkMaps, protocols, jdbc));
        transactions.executeWithoutResult(status -> demo.load());
        demo.issueLetters();

        assertThat(jdbc.sql("select role from app_user where email like '%@demo.circuito.cl'").query(String.class).list())
                .contains("ADMIN", "NATIONAL_TEAM", "TERRITORIAL_MANAGER", "PROGRAM_DIRECTOR", "PROGRAM_PROFESSIONAL",
                        "READ_ONLY");
        Map<String, Long> byState = jdbc.sql("""
                        select coalesce(e.exit_reason, e.status) as state, count(*) as n
                          from waiting_list_entry e join program p on p.id = e.program_id
                         where p.name like '%Crecer%' group by 1""")
                .query((rs, n) -> Map.entry(rs.getString("state"), rs.getLong("n")))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(byState.keySet()).contains("UNDER_REVIEW", "WAITING", "NOT_ELIGIBLE", "REFERRED_ELSEWHERE",
                "COURT_MEASURE_ENDED", "FAMILY_MOVED", "TURNED_18", "DUPLICATE", "WITHDRAWN");
        assertThat(byState.values().stream().mapToLong(Long::longValue).sum()).isBetween(35L, 50L);
        assertThat(jdbc.sql("""
                select count(*) from waiting_list_entry e join program p on p.id = e.program_id
                 where p.name like '%Crecer%' and e.status = 'UNDER_REVIEW' and e.admissibility_due_on < current_date""")
                .query(Long.class).single()).isPositive();
        assertThat(jdbc.sql("""
                select count(*) from waiting_list_entry e join program p on p.id = e.program_id
                 where p.name like '%Crecer%' and e.status = 'UNDER_REVIEW' and e.admissibility_due_on >= current_date""")
                .query(Long.class).single()).isPositive();
        assertThat(jdbc.sql("""
                select count(*) from waiting_list_entry e join program p on p.id = e.program_id
                 where p.name like '%Crecer%' and e.status = 'WAITING' and e.manual_position = 2
                   and e.manual_position_reason is not null""")
                .query(Long.class).single()).isPositive();
        assertThat(jdbc.sql("""
                select j.status from judicial_action j join program p on p.id = j.program_id
                 where p.name like 'PRM Crecer%'""").query(String.class).list())
                .contains("OPEN", "RESOLVED");
        // Court orders: the same child and RIT open on the PRM's and the PPF's lists (the reconciliation worklist).
        assertThat(jdbc.sql("""
                select count(*) from waiting_list_entry a join waiting_list_entry b
                  on b.child_id = a.child_id and b.court_rit = a.court_rit and b.program_id <> a.program_id
                 where a.status <> 'EXITED' and b.status <> 'EXITED'""").query(Long.class).single()).isPositive();
        // The PRM's previous agreement has ended: its children who left the list wait for the act of disposal.
        assertThat(jdbc.sql("""
                select count(*) from waiting_list_entry e join program p on p.id = e.program_id
                 where p.name like 'PRM Horizonte%' and p.ended_on <= current_date and e.status = 'EXITED'""")
                .query(Long.class).single()).isEqualTo(3);
        assertThat(jdbc.sql("""
                select count(distinct pl.program_id) from monitoring_plan pl join program p on p.id = pl.program_id
                 where p.name like '%Crecer%' and pl.month = date_trunc('month', current_date)::date""")
                .query(Long.class).single()).isGreaterThanOrEqualTo(2L);
        assertThat(byState.keySet()).contains("SCHEDULED", "ADMITTED");
        Map<String, Long> activeByProgram = jdbc.sql("""
                        select p.modality_code, count(*) as n from active_case ac join program p on p.id = ac.program_id
                         where p.name like '%Crecer%' and ac.closed_on is null group by 1""")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(activeByProgram.get("PRM")).isBetween(54L, 58L);
        assertThat(activeByProgram.get("PPF")).isBetween(76L, 80L);
        assertThat(jdbc.sql("""
                select distinct ae.basis_kind from admission_estimate ae join program p on p.id = ae.program_id
                 where p.name like 'PRM Crecer%'""").query(String.class).list()).contains("OBSERVED");
        assertThat(jdbc.sql("""
                select count(*) filter (where e.priority is null), count(distinct e.priority),
                       count(*) filter (where e.priority_overridden)
                  from waiting_list_entry e join program p on p.id = e.program_id
                 where p.name like '%Crecer%' and e.status in ('WAITING', 'SCHEDULED')""")
                .query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3))).single())
                .as("every waiting child assessed, both priorities, one override").containsExactly(0L, 2L, 1L);
        Map<String, Long> lettersByState = jdbc.sql("""
                        select l.kind || ':' || l.status as k, count(*) as n from letter l join program p on p.id = l.program_id
                         where p.name like 'PRM Crecer%' group by 1""")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(lettersByState.keySet()).as("drafted by the events, some issued and one sent")
                .contains("ESTIMATED_DATE:DRAFT", "PROTECTION_CHANGE:DRAFT", "JUDICIAL_REQUEST:DRAFT");
        assertThat(lettersByState.entrySet().stream().filter(e -> e.getKey().endsWith(":SENT"))
                .mapToLong(Map.Entry::getValue).sum()).isEqualTo(1L);
        assertThat(lettersByState.entrySet().stream().filter(e -> e.getKey().endsWith(":ISSUED"))
                .mapToLong(Map.Entry::getValue).sum()).isPositive();
            Map<String, Long> mesa = jdbc.sql("""
                        select 'sessions' as k, count(*) as n from mesa_session s join mesa m on m.id = s.mesa_id
                         where m.comuna_code = '16101'
                        union all select 'approved', count(*) from mesa_session s join mesa m on m.id = s.mesa_id
                         where m.comuna_code = '16101' and s.minutes_status = 'APPROVED'
                        union all select 'circulated', count(*) from mesa_session s join mesa m on m.id = s.mesa_id
                         where m.comuna_code = '16101' and s.minutes_status = 'CIRCULATED'
                        union all select 'open', count(*) from mesa_agreement a join mesa m on m.id = a.mesa_id
                         where m.comuna_code = '16101' and a.status in ('OPEN', 'IN_PROGRESS')
                        union all select 'closed', count(*) from mesa_agreement a join mesa m on m.id = a.mesa_id
                         where m.comuna_code = '16101' and a.status not in ('OPEN', 'IN_PROGRESS')
                        union all select 'goodPractice', count(*) from mesa_case_review r
                          join mesa_session s on s.id = r.session_id join mesa m on m.id = s.mesa_id
                         where m.comuna_code = '16101' and r.criterion = 'GOOD_PRACTICE'""")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(mesa.get("sessions")).as("a year of sessions and the next ones").isGreaterThanOrEqualTo(13L);
        assertThat(mesa.get("approved")).as("approved at the following session").isGreaterThanOrEqualTo(10L);
        assertThat(mesa.get("circulated")).as("the last one waits for approval").isEqualTo(1L);
        assertThat(mesa.get("open")).isPositive();
        assertThat(jdbc.sql("""
                select count(*) from mesa_agreement a join mesa m on m.id = a.mesa_id
                 where m.comuna_code = '16101' and a.status in ('OPEN', 'IN_PROGRESS') and a.due_on < current_date""")
                .query(Long.class).single()).as("a few overdue, not a pile").isBetween(1L, 6L);
        assertThat(mesa.get("closed")).isPositive();
        assertThat(mesa.get("goodPractice")).isPositive();
        assertThat(jdbc.sql("""
                select count(*) from mesa_reflection r join mesa m on m.id = r.mesa_id where m.comuna_code = '16101'""")
                .query(Long.class).single()).as("two semesters reflected on").isEqualTo(2L);
        assertThat(jdbc.sql("""
                select count(*) from implementation_note
                 where year = extract(year from current_date) and (region_code = '16' or region_code is null)""")
                .query(Long.class).single()).as("Ñuble's and the national notes").isEqualTo(2L);

        // The network map: members brought in, sectors still to convene, ties, the protocol with health in force.
        assertThat(jdbc.sql("""
                select a.tie || ':' || count(*) from network_actor a join mesa m on m.id = a.mesa_id
                 where m.comuna_code = '16101' group by a.tie""").query(String.class).list())
                .contains("PERMANENT:4", "OCCASIONAL:4", "STRATEGIC:2", "NONE:3");
        assertThat(jdbc.sql("""
                select p.status || ':' || p.title from mesa_protocol p join mesa m on m.id = p.mesa_id
                 where m.comuna_code = '16101'""").query(String.class).list())
                .contains("IN_FORCE:Protocolo de abordaje de riesgo suicida");

        // Implementation monitoring: three Mesas, the weaker one of Ñuble red where it should be.
        Actor national = actorOf("nacional", Role.NATIONAL_TEAM, new AccessScope.Nationwide());
        Actor gestora = actorOf("gestora", Role.TERRITORIAL_MANAGER, new AccessScope.Region("16"));
        int year = LocalDate.now(clock).getYear();
        Map<String, MesaScorecard> cards = new HashMap<>();
        implementationFigures.scorecards(national, year, null).forEach(c -> cards.put(c.mesa().comunaCode(), c));
        assertThat(cards).containsKeys("16101", "16103", "04102");
        assertThat(cards.get("16103").indicator(IndicatorKind.PLAN_PROGRESS).mark()).isEqualTo(Mark.RED);
        assertThat(cards.get("16103").indicator(IndicatorKind.CO_LEADERSHIP).value()).isEqualTo(1.0);
        assertThat(cards.get("16103").profile().managerCoLeads()).isTrue();
        assertThat(cards.get("04102").indicator(IndicatorKind.CO_LEADERSHIP).mark()).isEqualTo(Mark.GREEN);
        assertThat(cards.get("04102").profile().caseReviewsByCriterion().get("GOOD_PRACTICE")).isPositive();
        assertThat(cards.get("04102").mesa().frequency()).isEqualTo("BIWEEKLY");
        assertThat(implementationFigures.scorecards(gestora, year, null)).extracting(c -> c.mesa().comunaCode())
                .contains("16101", "16103").doesNotContain("04102");
        mesasKeepTheirRecordStraight(national);
    }

    /**
     * The demo Mesas on the day they are created: numbers follow the dates, no session on a weekend or holiday of
     * the comuna, minutes approved at a session that took place and on its date, no "next session" in the past.
     */
    private void mesasKeepTheirRecordStraight(Actor national) {
        LocalDate today = LocalDate.now(clock);
        String demo = "m.comuna_code in ('16101', '16103', '04102')";
        assertThat(jdbc.sql("select count(*) from mesa_session s join mesa m on m.id = s.mesa_id where " + demo)
                .query(Long.class).single()).isGreaterThan(20L);
        assertThat(jdbc.sql("""
                select count(*) from mesa_session s join mesa m on m.id = s.mesa_id
                 where %s and (s.number <> (select count(*) from mesa_session o where o.mesa_id = s.mesa_id
                                                and (o.held_on, o.number) <= (s.held_on, s.number))
                               or exists (select 1 from mesa_session o where o.mesa_id = s.mesa_id and o.id <> s.id
                                             and o.held_on = s.held_on))""".formatted(demo))
                .query(Long.class).single()).as("numbered 1, 2, 3… in date order, one session a day").isZero();
        jdbc.sql("select s.held_on, m.comuna_code from mesa_session s join mesa m on m.id = s.mesa_id where " + demo)
                .query((rs, n) -> Map.entry(rs.getObject(1, LocalDate.class), rs.getString(2))).list()
                .forEach(d -> assertThat(calendar.isBusinessDay(d.getKey(), d.getValue()))
                        .as("session of %s on %s", d.getValue(), d.getKey()).isTrue());
        assertThat(jdbc.sql("""
                select count(*) from mesa_session s join mesa m on m.id = s.mesa_id
                  join mesa_session a on a.id = s.minutes_approved_in
                 where %s and (s.minutes_approved_on <> a.held_on or a.status <> 'HELD' or a.attendance_recorded_at is null
                               or a.held_on > :today or a.held_on <= s.held_on)""".formatted(demo))
                .param("today", today).query(Long.class).single()).as("approved at a later session held, on its date").isZero();
        assertThat(jdbc.sql("""
                select count(*) from mesa_session s join mesa m on m.id = s.mesa_id
                 where %s and s.status = 'SCHEDULED' and s.held_on < :today""".formatted(demo))
                .param("today", today).query(Long.class).single()).as("no session left scheduled in the past").isZero();
        jdbc.sql("select s.mesa_id, s.id, s.held_on from mesa_session s join mesa m on m.id = s.mesa_id where " + demo)
                .query((rs, n) -> List.of(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, LocalDate.class))).list()
                .forEach(row -> {
                    LocalDate next = minutesViews.minutes(national, (UUID) row.get(0), (UUID) row.get(1)).nextSessionOn();
                    assertThat(next == null || next.isAfter((LocalDate) row.get(2))).as("next session of %s", row).isTrue();
                });
        UUID chillan = jdbc.sql("select id from mesa where comuna_code = '16101'").query(UUID.class).single();
        UUID lastHeld = jdbc.sql("""
                select id from mesa_session where mesa_id = ? and status = 'HELD' order by held_on desc limit 1""")
                .param(chillan).query(UUID.class).single();
        assertThat(minutesViews.minutes(national, chillan, lastHeld).nextSessionOn()).isAfterOrEqualTo(today);
    }

    private Actor actorOf(String username, Role role, AccessScope scope) {
        return jdbc.sql("select id, full_name from app_user where username = ?").param(username)
                .query((rs, n) -> new Actor(rs.getObject("id", UUID.class), username, rs.getString("full_name"), role, scope))
                .single();
    }
}
