package cl.circuito.waitinglist.retention;

import cl.circuito.shared.privacy.DisposalChoice;
import cl.circuito.network.NetworkAdministration;
import cl.circuito.network.NetworkAdministration.ProgramData;
import cl.circuito.shared.DomainException;
import cl.circuito.shared.NotFound;
import cl.circuito.shared.privacy.DueRecord;
import cl.circuito.shared.privacy.RecordKind;
import cl.circuito.shared.security.AccessDenied;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Role;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import cl.circuito.waitinglist.ExitReason;
import cl.circuito.waitinglist.ListFilter;
import cl.circuito.waitinglist.ListSort;
import cl.circuito.waitinglist.MonitoringActionKind;
import cl.circuito.waitinglist.MonitoringOutcome;
import cl.circuito.waitinglist.ProgramFlows;
import cl.circuito.waitinglist.WaitingListQueries;
import cl.circuito.waitinglist.WaitingListRegister;
import cl.circuito.waitinglist.admission.ActiveCase;
import cl.circuito.waitinglist.admission.ActiveCaseManagement;
import cl.circuito.waitinglist.admission.AdmissionPlanning;
import cl.circuito.waitinglist.admission.Admissions;
import cl.circuito.waitinglist.admission.CaseCloseReason;
import cl.circuito.waitinglist.entry.BackgroundActionKind;
import cl.circuito.waitinglist.entry.BackgroundGathering;
import cl.circuito.waitinglist.entry.EntryDecisions;
import cl.circuito.waitinglist.entry.FamilyContact;
import cl.circuito.waitinglist.entry.IncomingFile;
import cl.circuito.waitinglist.monitoring.JudicialAction;
import cl.circuito.waitinglist.monitoring.JudicialActionKind;
import cl.circuito.waitinglist.monitoring.JudicialProtection;
import cl.circuito.waitinglist.monitoring.MonitoringLog;
import cl.circuito.waitinglist.monitoring.MonitoringPlan;
import cl.circuito.waitinglist.monitoring.MonitoringPlanning;
import cl.circuito.waitinglist.monitoring.MonitoringQueries;
import cl.circuito.waitinglist.priority.PriorityAnswer;
import cl.circuito.waitinglist.priority.PriorityAssessments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static cl.circuito.testing.Fixtures.ROOT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The F-SGC-030 register's entries at the end of their retention (RecordKind.ENTRIES): due once the program has
 * ended and the child has left the list; disposal erases the child and every text of the entry and of what hangs
 * from it, keeps the numbers, and forgets the child's identity when nothing else refers to it.
 */
@CircuitoTest
class EntryRetentionTests {

    private static final String REASON = "Acta de eliminación N° 4/2026";

    @Autowired EntryRetention retention;
    @Autowired Fixtures fixtures;
    @Autowired Clock clock;
    @Autowired JdbcClient jdbc;
    @Autowired NetworkAdministration network;
    @Autowired EntryDecisions decisions;
    @Autowired BackgroundGathering background;
    @Autowired PriorityAssessments assessments;
    @Autowired MonitoringLog monitoring;
    @Autowired MonitoringPlanning monitoringPlans;
    @Autowired MonitoringQueries monitoringQueries;
    @Autowired JudicialProtection judicial;
    @Autowired AdmissionPlanning admissionPlans;
    @Autowired Admissions admissions;
    @Autowired ActiveCaseManagement cases;
    @Autowired WaitingListQueries queries;
    @Autowired WaitingListRegister register;
    @Autowired ProgramFlows flows;
    @Autowired MockMvc mvc;

    LocalDate today;
    UUID program;
    UUID court;
    Actor director;

    @BeforeEach
    void setUp() {
        today = LocalDate.now(clock);
        program = fixtures.program("PRM", "08101");
        court = fixtures.referrer("FAMILY_COURT");
        director = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(program));
    }

    @Test
    void anEntryIsDueOnlyOnceItsProgramHasEndedAndTheChildHasLeftTheList() {
        UUID exited = exitedEntry("Tomás", 40);
        UUID waiting = fixtures.referral(director, program, court).surnamed("Espera").receivedOn(today.minusDays(30))
                .waiting().register().id();

        assertThat(retention.kind()).isEqualTo(RecordKind.ENTRIES);
        assertThat(retention.due(director, program, today, 0, 10).getTotalElements()).isZero();
        assertThat(retention.dueCounts(List.of(program), today)).isEmpty();
        assertRefused(() -> retention.dispose(director, program, DisposalChoice.of(List.of(exited), REASON), today),
                "waitinglist.retention.error.programRunning");

        LocalDate ended = today.minusDays(10);
        endedOn(program, ended);

        assertThat(retention.due(director, program, today, 0, 10).getContent()).singleElement().satisfies(due -> {
            assertThat(due.id()).isEqualTo(exited);
            assertThat(due.label()).startsWith("Tomás ");
            assertThat(due.recordDate()).isEqualTo(today.minusDays(20));
            assertThat(due.dueSince()).as("the later of the program's end and the exit").isEqualTo(ended);
            assertThat(due.detail()).contains("Desistimiento").contains(day(today.minusDays(40)));
        });
        assertThat(retention.dueCounts(List.of(program), today)).containsEntry(program, 1);
        assertThat(retention.dueCounts(List.of(program), ended.minusDays(1))).as("not before the program ended")
                .isEmpty();
        assertRefused(() -> retention.dispose(director, program, DisposalChoice.of(List.of(exited, waiting), REASON), today),
                "waitinglist.retention.error.entryOnTheList");
        assertThat(jdbc.sql("select disposed_on from waiting_list_entry where id = ?").param(exited)
                .query(LocalDate.class).optional()).isEmpty();
    }

    @Test
    void dueSinceIsTheExitWhenTheChildLeftAfterTheProgramEnded() {
        UUID entry = exitedEntry("Rosa", 40);
        endedOn(program, today.minusDays(30));

        DueRecord due = retention.due(director, program, today, 0, 10).getContent().get(0);

        assertThat(due.id()).isEqualTo(entry);
        assertThat(due.dueSince()).isEqualTo(today.minusDays(20));
    }

    @Test
    void anEntryWaitsForItsPriorityGuidesFiveYearsEvenInAnEndedProgram() {
        Recorded r = fullyRecordedEntry();
        end(program);
        LocalDate applied = jdbc.sql("select max(assessed_on) from priority_assessment where entry_id = ?")
                .param(r.entry).query(LocalDate.class).single();

        assertThat(retention.due(director, program, today, 0, 10).getContent()).extracting(DueRecord::id)
                .doesNotContain(r.entry);
        assertRefused(() -> retention.dispose(director, program, DisposalChoice.of(List.of(r.entry), REASON), today),
                "waitinglist.retention.error.guidesKept");
        assertThat(retention.dueCounts(List.of(program), applied.plusYears(5))).containsEntry(program, 1);

        guidesAppliedLongAgo(r.entry);
        assertThat(retention.due(director, program, today, 0, 10).getContent()).extracting(DueRecord::id)
                .contains(r.entry);
    }

    /** The passing of time: the entry's priority guides were applied six years ago, past their five. */
    private void guidesAppliedLongAgo(UUID entry) {
        jdbc.sql("update priority_assessment set assessed_on = assessed_on - interval '6 years' where entry_id = ?")
                .param(entry).update();
    }

    @Test
    void disposalErasesTheChildAndEveryTextKeepsTheNumbersAndForgetsTheIdentity() {
        Recorded r = fullyRecordedEntry();
        end(program);
        guidesAppliedLongAgo(r.entry);
        fixtures.settle();
        List<ProgramFlows.Flow> flowsBefore = flows.of(List.of(program), today.minusDays(90), today);
        UUID child = childOf(r.entry);

        List<DueRecord> disposed = retention.dispose(director, program, DisposalChoice.of(List.of(r.entry), "  " + REASON + "  "), today);

        assertThat(disposed).singleElement().satisfies(d -> {
            assertThat(d.id()).isEqualTo(r.entry);
            assertThat(d.label()).isEqualTo("Sofía " + r.surname);
        });
        Map<String, Object> entry = row("select * from waiting_list_entry where id = ?", r.entry);
        assertThat(entry).containsEntry("child_id", null).containsEntry("court_rit", null)
                .containsEntry("court_ruc", null).containsEntry("referral_reason", null)
                .containsEntry("decision_notes", null).containsEntry("exit_notes", null)
                .containsEntry("schedule_reason", null).containsEntry("disposed_on", java.sql.Date.valueOf(today));
        assertThat(entry).containsEntry("program_id", program).containsEntry("referrer_id", court)
                .containsEntry("status", "EXITED").containsEntry("exit_reason", "ADMITTED")
                .containsEntry("received_on", java.sql.Date.valueOf(today.minusDays(60)))
                .containsEntry("decided_on", java.sql.Date.valueOf(today.minusDays(55)))
                .containsEntry("exited_on", java.sql.Date.valueOf(today))
                .containsEntry("priority", 2).containsEntry("priority_score", 5);
        assertThat(count("select count(*) from entry_event where entry_id = ?", r.entry)).isEqualTo(r.events);
        assertThat(count("select count(*) from entry_event where entry_id = ? and (notes is not null or detail is not null)",
                r.entry)).isZero();
        assertThat(count("select count(*) from entry_contact where entry_id = ?", r.entry)).isZero();
        assertThat(count("select count(*) from entry_attachment where entry_id = ?", r.entry)).isZero();
        assertThat(count("select count(*) from entry_attachment_content where attachment_id = ?", r.attachment)).isZero();

        assertThat(row("select * from monitoring_action where entry_id = ?", r.entry))
                .containsEntry("notes", null).containsEntry("outcome", "NOT_PROTECTED")
                .containsEntry("kind", "IN_PERSON_INTERVIEW");
        assertThat(row("select * from judicial_action where entry_id = ?", r.entry))
                .containsEntry("court_answer", null).containsEntry("status", "RESOLVED")
                .containsEntry("kind", "MEDIDA_CAUTELAR").containsEntry("disposed_on", java.sql.Date.valueOf(today));
        assertThat(row("select * from monitoring_plan_item where entry_id = ?", r.entry))
                .containsEntry("removal_reason", null).containsEntry("disposed_on", java.sql.Date.valueOf(today));
        assertThat(jdbc.sql("select deviation_reason, proposed, chosen from admission_plan_item where entry_id = ?"
                        + " order by chosen").param(r.entry).query().listOfRows())
                .hasSize(2).allSatisfy(item -> assertThat(item).containsEntry("deviation_reason", null));
        assertThat(row("select * from admission_interview where entry_id = ?", r.entry))
                .containsEntry("attendees", null).containsEntry("address", null).containsEntry("notes", null)
                .containsEntry("held_on", java.sql.Date.valueOf(today));
        assertThat(row("select * from active_case where entry_id = ?", r.entry))
                .containsEntry("child_id", null).containsEntry("close_notes", null)
                .containsEntry("close_reason", "INTERVENTION_COMPLETED")
                .containsEntry("closed_on", java.sql.Date.valueOf(today));
        assertThat(row("select * from priority_assessment where entry_id = ?", r.entry))
                .containsEntry("notes", null).containsEntry("override_reason", null)
                .containsEntry("score", 5).containsEntry("no_data_count", 2).containsEntry("computed_priority", 1)
                .containsEntry("override_priority", 2).containsEntry("final_priority", 2)
                .containsEntry("disposed_on", java.sql.Date.valueOf(today));
        assertThat(count("select count(*) from priority_answer a join priority_assessment p on p.id = a.assessment_id"
                + " where p.entry_id = ?", r.entry)).isZero();

        assertThat(count("select count(*) from child where id = ?", child)).as("nothing else refers to the child")
                .isZero();
        assertThat(jdbc.sql("select changes ->> 'reason' from audit_event where subject_id = ? and what = ?")
                .params(r.entry, "waitinglist.retention.audit.entryDisposed").query(String.class).single())
                .isEqualTo(REASON);
        assertThat(jdbc.sql("select changes ->> 'reason' from audit_event where subject_id = ? and what = ?")
                .params(child, "waitinglist.retention.audit.identityErased").query(String.class).single())
                .isEqualTo(REASON);

        fixtures.settle();
        assertThat(flows.of(List.of(program), today.minusDays(90), today)).as("the flows still count the entry")
                .isEqualTo(flowsBefore);
        assertThat(flowsBefore.get(0).received()).isEqualTo(2);
        assertThat(flowsBefore.get(0).admitted()).isEqualTo(1);
        assertThat(retention.due(director, program, today, 0, 10).getTotalElements()).isZero();
    }

    @Test
    void listsOfChildrenLeaveADisposedEntryOutOrSayTheRecordWasDeleted() throws Exception {
        Recorded r = fullyRecordedEntry();
        end(program);
        guidesAppliedLongAgo(r.entry);
        fixtures.settle();

        retention.dispose(director, program, DisposalChoice.of(List.of(r.entry), REASON), today);

        assertThat(queries.list(director, program, ListFilter.ALL, null, ListSort.DEADLINE, 0, 50).getContent())
                .extracting(cl.circuito.waitinglist.entry.EntryRow::id).containsExactly(r.other);
        assertThat(register.read(director, program, new WaitingListRegister.Criteria(ListFilter.ALL, null, null, null),
                "documents.audit.registerXlsx").rows()).extracting(cl.circuito.waitinglist.RegisterRow::entryId)
                .containsExactly(r.other);
        MonitoringQueries.MonitoringMonth month = monitoringQueries.month(director, program, YearMonth.from(today), 0, 0, 50);
        assertThat(month.removed()).singleElement().satisfies(removed -> {
            assertThat(removed.entryId()).isEqualTo(r.entry);
            assertThat(removed.childName()).isNull();
            assertThat(removed.removalReason()).isNull();
        });
        mvc.perform(get("/programs/{id}/monitoring", program).param("month", YearMonth.from(today).toString())
                        .with(fixtures.as(director)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Registro eliminado")))
                .andExpect(content().string(not(containsString("Hospitalizada"))));
        assertThat(monitoringQueries.judicialActions(director, program, false, 0, 10).getTotalElements()).isZero();
        assertThatThrownBy(() -> queries.entry(director, r.entry)).as("the entry is no child's record any more")
                .isInstanceOf(NotFound.class);
    }

    @Test
    void theIdentityStaysWhileAnotherProgramStillRefersToTheChild() {
        String rut = Fixtures.rut();
        String surname = "Pérez" + Fixtures.next();
        UUID entry = fixtures.referral(director, program, court).rut(rut).child("Martina", surname)
                .receivedOn(today.minusDays(30)).register().id();
        UUID otherProgram = fixtures.program("PIE", "08101");
        Actor otherDirector = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(otherProgram));
        UUID elsewhere = fixtures.referral(otherDirector, otherProgram, court).rut(rut).child("Martina", surname)
                .receivedOn(today.minusDays(10)).register().id();
        exit(entry, today.minusDays(5));
        end(program);
        UUID child = childOf(entry);

        retention.dispose(director, program, DisposalChoice.of(List.of(entry), REASON), today);

        assertThat(childOf(entry)).isNull();
        assertThat(childOf(elsewhere)).isEqualTo(child);
        assertThat(count("select count(*) from child where id = ?", child)).isEqualTo(1);
        assertThat(count("select count(*) from audit_event where subject_id = ? and what = ?", child,
                "waitinglist.retention.audit.identityErased")).isZero();
        assertThat(queries.entry(otherDirector, elsewhere).child().givenNames()).isEqualTo("Martina");
    }

    @Test
    void refusesAnotherProgramsEntryAProfessionalAnOpenCaseAndASecondDisposal() {
        UUID mine = exitedEntry("Ana", 30);
        UUID otherProgram = fixtures.program("PRM", "08101");
        Actor otherDirector = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(otherProgram));
        UUID theirs = fixtures.referral(otherDirector, otherProgram, court).surnamed("Ajena")
                .receivedOn(today.minusDays(30)).register().id();
        decisions.exit(otherDirector, theirs, fixtures.version("waiting_list_entry", theirs), ExitReason.DUPLICATE,
                today.minusDays(2), "Ficha repetida");
        end(program);
        end(otherProgram);
        Actor professional = fixtures.user(Role.PROGRAM_PROFESSIONAL, Set.of(program));

        assertThatThrownBy(() -> retention.dispose(director, program, DisposalChoice.of(List.of(mine, theirs), REASON), today))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> retention.dispose(director, otherProgram, DisposalChoice.of(List.of(theirs), REASON), today))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> retention.due(director, otherProgram, today, 0, 10)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> retention.dispose(professional, program, DisposalChoice.of(List.of(mine), REASON), today))
                .isInstanceOf(AccessDenied.class);
        assertThat(retention.due(professional, program, today, 0, 10).getTotalElements()).isEqualTo(1);
        assertThatThrownBy(() -> retention.dispose(director, program, DisposalChoice.of(List.of(mine), "  "), today))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("reason"));
        assertThatThrownBy(() -> retention.dispose(director, program, DisposalChoice.of(List.of(), REASON), today))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("recordIds"));
        assertThat(childOf(mine)).isNotNull();

        retention.dispose(director, program, DisposalChoice.of(List.of(mine), REASON), today);

        assertRefused(() -> retention.dispose(director, program, DisposalChoice.of(List.of(mine), REASON), today),
                "waitinglist.retention.error.entryAlreadyDisposed");
        assertThat(count("select count(*) from audit_event where subject_id = ? and what = ?", mine,
                "waitinglist.retention.audit.entryDisposed")).isEqualTo(1);
    }

    @Test
    void anEntryWhoseChildIsStillInCareIsNotDue() {
        UUID entry = fixtures.referral(director, program, court).surnamed("Cuidado").receivedOn(today.minusDays(40))
                .eligibleOn(today.minusDays(35)).register().id();
        admissionPlans.confirm(director, program, YearMonth.from(today), List.of(entry), Map.of());
        admissions.recordInterview(director, entry, fixtures.version("waiting_list_entry", entry), today,
                "NNA y su madre", true, "Pasaje Dos 45, Concepción", null);
        ActiveCase opened = admissions.admit(director, entry, fixtures.version("waiting_list_entry", entry), today);
        end(program);

        assertThat(retention.due(director, program, today, 0, 10).getTotalElements()).isZero();
        assertRefused(() -> retention.dispose(director, program, DisposalChoice.of(List.of(entry), REASON), today),
                "waitinglist.retention.error.caseOpen");

        cases.close(director, opened.id(), fixtures.version("active_case", opened.id()), today,
                CaseCloseReason.INTERVENTION_COMPLETED, "Egreso");
        assertThat(retention.due(director, program, today, 0, 10).getContent()).extracting(DueRecord::id)
                .containsExactly(entry);
    }

    // ------------------------------------------------------------------ data made as users make it

    /** An entry and what hangs from it, every text filled in. */
    private record Recorded(UUID entry, UUID other, UUID attachment, String surname, int events) {
    }

    private Recorded fullyRecordedEntry() {
        String surname = "Rivas" + Fixtures.next();
        UUID entry = fixtures.referral(director, program, court).child("Sofía", surname).court("C-123-2026", "2600012345-6")
                .reason("Maltrato grave en el hogar").receivedOn(today.minusDays(60))
                .contact(new FamilyContact("Las Rosas", "12", "08101", "Carmen Rivas", "Abuela", "+56 9 5555 4444",
                        null, "carmen@example.cl", "No llamar al número del padre"))
                .attachments(new IncomingFile("resolucion.pdf", "application/pdf", "%PDF-1.7 resolución".getBytes()))
                .register().id();
        background.recordAction(director, entry, BackgroundActionKind.JUDICIAL_PLATFORM_REVIEW, today.minusDays(58),
                null, "Causa revisada: denuncia por maltrato");
        decisions.declareEligible(director, entry, version(entry), today.minusDays(55), "Antecedentes suficientes");
        assessments.assess(director, entry, version(entry), today.minusDays(50), answers(5, 2),
                "La madre no cree el relato", false);
        assessments.override(director, entry, version(entry), 2, "La abuela la protege");
        var recorded = monitoring.record(director, entry, MonitoringActionKind.IN_PERSON_INTERVIEW, today.minusDays(40),
                null, MonitoringOutcome.NOT_PROTECTED, "Vive con el agresor");
        JudicialAction action = recorded.judicialAction();
        judicial.request(director, action.id(), fixtures.version("judicial_action", action.id()),
                JudicialActionKind.MEDIDA_CAUTELAR, today.minusDays(39));
        judicial.answer(director, action.id(), fixtures.version("judicial_action", action.id()),
                "Se decreta prohibición de acercamiento", today.minusDays(30));
        YearMonth month = YearMonth.from(today);
        MonitoringPlan plan = monitoringPlans.plan(director, program, month);
        monitoringPlans.remove(director, program, month, entry, plan.version(), "Hospitalizada en el Regional");
        UUID other = fixtures.referral(director, program, court).surnamed("Otra").receivedOn(today.minusDays(20))
                .eligibleOn(today.minusDays(19)).register().id();
        admissionPlans.confirm(director, program, month, List.of(other), Map.of(entry, "Espera el informe de salud"));
        admissionPlans.confirm(director, program, month, List.of(entry), Map.of());
        admissions.recordInterview(director, entry, version(entry), today, "NNA y su abuela", true,
                "Las Rosas 12, Concepción", "Llegó con su abuela");
        ActiveCase opened = admissions.admit(director, entry, version(entry), today);
        cases.close(director, opened.id(), fixtures.version("active_case", opened.id()), today,
                CaseCloseReason.INTERVENTION_COMPLETED, "Egreso favorable: la familia protege");
        UUID attachment = jdbc.sql("select id from entry_attachment where entry_id = ?").param(entry)
                .query(UUID.class).single();
        int events = (int) count("select count(*) from entry_event where entry_id = ?", entry);
        assertThat(count("select count(*) from entry_event where entry_id = ? and notes is not null", entry))
                .as("the timeline has texts to erase").isPositive();
        assertThat(count("select count(*) from entry_contact where entry_id = ?", entry)).isEqualTo(1);
        return new Recorded(entry, other, attachment, surname, events);
    }

    /** Received {@code daysAgo}, withdrawn twenty days ago. */
    private UUID exitedEntry(String givenNames, int daysAgo) {
        UUID entry = fixtures.referral(director, program, court).child(givenNames, "Exit" + Fixtures.next())
                .receivedOn(today.minusDays(daysAgo)).register().id();
        exit(entry, today.minusDays(20));
        return entry;
    }

    private void exit(UUID entry, LocalDate on) {
        decisions.exit(director, entry, version(entry), ExitReason.WITHDRAWN, on, "La familia desiste");
    }

    /** The administrator marks the program no longer in force: it ends today. */
    private void end(UUID programId) {
        var stored = network.program(ROOT, programId);
        ProgramData data = stored.data();
        network.updateProgram(ROOT, programId, stored.version(), new ProgramData(data.modalityCode(), data.name(),
                data.code(), data.comunaCode(), data.address(), data.phone(), data.email(), data.agreedCapacity(),
                data.hasSupportProfessional(), false));
    }

    /** A program that ended on a day in the past. */
    private void endedOn(UUID programId, LocalDate day) {
        jdbc.sql("update program set active = false, ended_on = ? where id = ?").params(day, programId).update();
    }

    private static Map<Integer, PriorityAnswer> answers(int present, int noData) {
        Map<Integer, PriorityAnswer> answers = new HashMap<>();
        for (int n = 1; n <= 20; n++) {
            answers.put(n, n <= present ? PriorityAnswer.PRESENT
                    : n <= present + noData ? PriorityAnswer.NO_DATA : PriorityAnswer.ABSENT);
        }
        return answers;
    }

    private Long version(UUID entry) {
        return fixtures.version("waiting_list_entry", entry);
    }

    private UUID childOf(UUID entry) {
        return jdbc.sql("select child_id from waiting_list_entry where id = ?").param(entry)
                .query((rs, n) -> rs.getObject("child_id", UUID.class)).list().get(0);
    }

    private Map<String, Object> row(String sql, UUID id) {
        return jdbc.sql(sql).param(id).query().singleRow();
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    private static String day(LocalDate date) {
        return cl.circuito.shared.text.ChileanDates.day(date);
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.status()).isEqualTo(HttpStatus.CONFLICT);
            assertThat(e.field()).isEqualTo("recordIds");
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }
}
