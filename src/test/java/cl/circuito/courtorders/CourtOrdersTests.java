package cl.circuito.courtorders;

import cl.circuito.courtorders.ledger.CourtOrder;
import cl.circuito.courtorders.ledger.CourtOrders;
import cl.circuito.courtorders.ledger.DeadlineState;
import cl.circuito.courtorders.ledger.OrderStage;
import cl.circuito.courtorders.reconciliation.Reason;
import cl.circuito.courtorders.reconciliation.WorkItem;
import cl.circuito.courtorders.reconciliation.Worklist;
import cl.circuito.courtorders.report.CourtReportFiles;
import cl.circuito.courtorders.report.CourtReports;
import cl.circuito.courtorders.report.ReportFile;
import cl.circuito.letters.CourtLetters;
import cl.circuito.letters.drafting.LetterManagement;
import cl.circuito.letters.drafting.SendingChannel;
import cl.circuito.shared.DomainException;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Role;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import cl.circuito.testing.PdfText;
import cl.circuito.waitinglist.admission.AdmissionEstimates;
import cl.circuito.waitinglist.admission.AdmissionPlanning;
import cl.circuito.waitinglist.admission.Admissions;
import cl.circuito.waitinglist.entry.EntryDecisions;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@CircuitoTest
class CourtOrdersTests {

    @Autowired Fixtures fixtures;
    @Autowired EntryDecisions decisions;
    @Autowired AdmissionPlanning plans;
    @Autowired Admissions admissions;
    @Autowired AdmissionEstimates estimates;
    @Autowired JdbcClient jdbc;
    @Autowired CourtOrders orders;
    @Autowired Worklist worklist;
    @Autowired CourtReports reports;
    @Autowired CourtReportFiles files;
    @Autowired LetterManagement letters;
    @Autowired MockMvc mvc;

    CourtOrdersScenario s;

    @BeforeEach
    void scenario() {
        s = new CourtOrdersScenario(fixtures, decisions, plans, admissions, estimates, jdbc);
    }

    @Test
    void theLedgerFollowsEachCourtReferralThroughItsStages() {
        Map<UUID, CourtOrder> byEntry = byEntry(orders.ofProgram(s.directorA, s.programA).orders());

        assertThat(byEntry).doesNotContainKey(s.fromOpd).doesNotContainKey(s.otherRegion);
        CourtOrder admitted = byEntry.get(s.admitted);
        assertThat(admitted.stage()).isEqualTo(OrderStage.ADMITTED);
        assertThat(admitted.fact().admittedOn()).isEqualTo(s.today);
        assertThat(admitted.deadline()).isEqualTo(DeadlineState.MET);
        assertThat(admitted.admissionTold()).isFalse();
        assertThat(admitted.latest(CourtLetters.Told.ADMISSION).stage()).isEqualTo(CourtLetters.Stage.DRAFT);

        CourtOrder overdue = byEntry.get(s.overdue);
        assertThat(overdue.stage()).isEqualTo(OrderStage.RECEIVED);
        assertThat(overdue.deadline()).isEqualTo(DeadlineState.OVERDUE);
        assertThat(overdue.decisionTold()).isNull();
        assertThat(overdue.fact().orderedOn()).isEqualTo(s.today.minusDays(47));
        assertThat(overdue.fact().receivedOn()).isEqualTo(s.today.minusDays(40));
        assertThat(admitted.fact().orderedOn()).isNull();

        CourtOrder notEligible = byEntry.get(s.notEligible);
        assertThat(notEligible.stage()).isEqualTo(OrderStage.NOT_ELIGIBLE);
        assertThat(notEligible.decisionTold()).isFalse();
        assertThat(notEligible.latest(CourtLetters.Told.DECISION)).isNotNull();

        CourtOrder waiting = byEntry.get(s.waiting);
        assertThat(waiting.stage()).isEqualTo(OrderStage.WAITING);
        assertThat(waiting.fact().rank()).isNotNull().isPositive();
        assertThat(waiting.fact().estimatedOn()).isNotNull();
        assertThat(waiting.fact().latestOn()).isAfterOrEqualTo(waiting.fact().estimatedOn());
        assertThat(waiting.fact().estimateBasis()).isNotNull();
        assertThat(waiting.fact().admittedElsewhere()).isNotNull();

        assertThat(count("select count(*) from audit_event where subject_id = ? and what = ?", s.programA,
                "courtorders.audit.programViewed")).isEqualTo(1);
    }

    @Test
    void theResolutionComesFromACourtAndBeforeTheProgramReceivesIt() {
        assertThatThrownBy(() -> fixtures.referral(s.directorA, s.programA, s.court).child("Rosa", "Tarde")
                .court("P-9-2026", null).receivedOn(s.today.minusDays(5)).orderedOn(s.today.minusDays(4)).register())
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.field()).isEqualTo("courtOrderedOn");
                    assertThat(e.messageKey()).isEqualTo("error.referral.orderedAfterReceipt");
                });
        assertThatThrownBy(() -> fixtures.referral(s.directorA, s.programA, s.opd).child("Rosa", "Opd")
                .receivedOn(s.today.minusDays(5)).orderedOn(s.today.minusDays(6)).register())
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.field()).isEqualTo("courtOrderedOn");
                    assertThat(e.messageKey()).isEqualTo("error.referral.orderedByNoCourt");
                });
    }

    @Test
    void anAdmissionIsToldOnlyOnceItsOficioIsSent() {
        assertThat(reasons(s.admitted, worklist.ofProgram(s.directorA, s.programA, null).items()))
                .contains(Reason.ADMISSION_NOT_TOLD);
        UUID letter = jdbc.sql("""
                        select l.id from letter l join letter_child c on c.letter_id = l.id
                         where c.entry_id = ? and l.kind = 'EFFECTIVE_ADMISSION'""").param(s.admitted)
                .query(UUID.class).single();
        WorkItem draft = items(s.admitted, worklist.ofProgram(s.directorA, s.programA, null).items()).stream()
                .filter(i -> i.reason() == Reason.ADMISSION_NOT_TOLD).findFirst().orElseThrow();
        assertThat(draft.fixPath()).isEqualTo("/letters/" + letter);

        letters.issue(s.directorA, letter, fixtures.version("letter", letter));
        CourtOrder issued = orders.order(s.directorA, s.admitted);
        assertThat(issued.admissionTold()).isFalse();
        assertThat(issued.lastIssued().number()).isNotNull();

        letters.recordSending(s.directorA, letter, fixtures.version("letter", letter), SendingChannel.COURT_PLATFORM,
                s.today, "OJV 123");
        assertThat(orders.order(s.directorA, s.admitted).admissionTold()).isTrue();
        assertThat(reasons(s.admitted, worklist.ofProgram(s.directorA, s.programA, null).items()))
                .doesNotContain(Reason.ADMISSION_NOT_TOLD);
        assertThat(count("select count(*) from audit_event where subject_id = ? and what = ?", s.admitted,
                "courtorders.audit.orderViewed")).isEqualTo(2);
    }

    @Test
    void theWorklistSaysWhyEachOrderIsOnIt() {
        List<WorkItem> items = worklist.ofProgram(s.directorA, s.programA, 30).items();

        assertThat(reasons(s.overdue, items)).containsExactly(Reason.DECISION_OVERDUE, Reason.NO_MOVEMENT);
        assertThat(reasons(s.notEligible, items)).containsExactly(Reason.DECISION_NOT_TOLD);
        assertThat(reasons(s.admitted, items)).containsExactly(Reason.ADMISSION_NOT_TOLD);
        assertThat(reasons(s.waiting, items)).contains(Reason.ADMITTED_ELSEWHERE);
        assertThat(reasons(s.twiceInA, items)).contains(Reason.SAME_RIT_ELSEWHERE);
        assertThat(reasons(s.fromOpd, items)).isEmpty();
        WorkItem twice = items(s.twiceInA, items).stream().filter(i -> i.reason() == Reason.SAME_RIT_ELSEWHERE)
                .findFirst().orElseThrow();
        assertThat(twice.why()).contains(s.rit);
        assertThat(twice.fixPath()).isEqualTo("/entries/" + s.twiceInA);

        // With the default threshold of 90 days, nothing here is stale.
        assertThat(reasons(s.overdue, worklist.ofProgram(s.directorA, s.programA, null).items()))
                .containsExactly(Reason.DECISION_OVERDUE);
        assertThatThrownBy(() -> worklist.ofProgram(s.directorA, s.programA, 0))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("staleDays"));
    }

    @Test
    void theRegionsWorklistCoversTheManagersRegionOnly() {
        Actor manager = fixtures.user(Role.TERRITORIAL_MANAGER, s.regionA, Set.of());
        List<WorkItem> items = worklist.ofTerritory(manager, null, 30).items();

        assertThat(reasons(s.twiceInB, items)).contains(Reason.SAME_RIT_ELSEWHERE);
        assertThat(reasons(s.overdue, items)).contains(Reason.DECISION_OVERDUE);
        assertThat(items).noneMatch(i -> i.order().fact().programId().equals(s.programC));
    }

    @Test
    void aCourtsReportCoversTheProgramsInTheAskersScope() {
        Actor manager = fixtures.user(Role.TERRITORIAL_MANAGER, s.regionA, Set.of());
        Actor national = fixtures.user(Role.NATIONAL_TEAM, null, Set.of());

        assertThat(programs(reports.report(s.directorA, s.court, null, "courtorders.audit.reportViewed", false)))
                .containsOnly(s.programA);
        assertThat(programs(reports.report(manager, s.court, null, "courtorders.audit.reportViewed", false)))
                .containsOnly(s.programA, s.programB);
        assertThat(programs(reports.report(national, s.court, null, "courtorders.audit.reportViewed", false)))
                .containsOnly(s.programA, s.programB, s.programC);
        assertThat(programs(reports.report(national, s.court, s.regionC, "courtorders.audit.reportViewed", false)))
                .containsOnly(s.programC);

        var court = reports.courts(manager, null).courts().stream().filter(c -> c.courtId().equals(s.court))
                .findFirst().orElseThrow();
        assertThat(court.referred()).isEqualTo(7);
        assertThat(court.programs()).isEqualTo(2);
        assertThatThrownBy(() -> reports.report(manager, s.opd, null, "courtorders.audit.reportViewed", false))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void theReportOpensAsXlsxAndPdfWithItsRows() throws Exception {
        ReportFile xlsx = files.xlsx(s.directorA, s.court, null);
        List<String> children = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.content()))) {
            Sheet sheet = book.getSheetAt(0);
            for (Row row : sheet) {
                if (row.getCell(2) != null && row.getCell(0) != null
                        && row.getCell(0).getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                    children.add(row.getCell(2).getStringCellValue());
                }
            }
        }
        assertThat(children).hasSize(5).anyMatch(name -> name.startsWith("Amanda Ingresada"))
                .noneMatch(name -> name.startsWith("Rosa") || name.startsWith("Pablo"));
        assertThat(xlsx.fileName()).endsWith(".xlsx");

        PdfText pdf = PdfText.of(files.pdf(s.directorA, null, null, null).content());
        assertThat(pdf.text()).contains("Informe por tribunal de familia", "Amanda", "Nosujeto", "Total del informe")
                .doesNotContain("Otraregion");
        assertThat(pdf.pageWidthPoints()).isGreaterThan(pdf.pageHeightPoints());
        assertThat(count("select count(*) from audit_event where subject_id = ? and action = 'EXPORTED'",
                s.programA)).isEqualTo(2);
        assertThat(count("select count(*) from user_export where user_id = ?", s.directorA.userId())).isEqualTo(2);
    }

    @Test
    void theApiAnswersNotFoundForbiddenAndUnprocessable() throws Exception {
        mvc.perform(get("/api/v1/entries/{id}/court-order", s.admitted).with(fixtures.as(s.directorA)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.stage").value("ADMITTED"))
                .andExpect(jsonPath("$.admissionTold").value(false));
        mvc.perform(get("/api/v1/entries/{id}/court-order", s.fromOpd).with(fixtures.as(s.directorA)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/entries/{id}/court-order", s.admitted).with(fixtures.as(s.directorB)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/programs/{id}/court-orders", s.programA)
                        .with(fixtures.as(fixtures.user(Role.ADMIN, Set.of()))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/programs/{id}/court-orders/reconciliation", s.programA).param("staleDays", "0")
                        .with(fixtures.as(s.directorA)))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(get("/api/v1/court-orders/courts/{id}/report", UUID.randomUUID()).with(fixtures.as(s.directorA)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/court-orders/courts/{id}/report", s.court).with(fixtures.as(s.directorA)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.children.length()").value(5));
    }

    @Test
    void thePagesShowTheOrdersTheWorklistAndTheCourts() throws Exception {
        Actor manager = fixtures.user(Role.TERRITORIAL_MANAGER, s.regionA, Set.of());
        mvc.perform(get("/entries/{id}", s.admitted).with(fixtures.as(s.directorA)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("/entries/" + s.admitted + "/court-order")));
        mvc.perform(get("/entries/{id}/court-order", s.admitted).with(fixtures.as(s.directorA)))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("Ingresado")));
        mvc.perform(get("/programs/{id}/court-orders", s.programA).with(fixtures.as(s.directorA)))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("Vencido")));
        mvc.perform(get("/programs/{id}/court-orders/reconciliation", s.programA).with(fixtures.as(s.directorA)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Ingreso no informado")));
        mvc.perform(get("/court-orders/reconciliation").with(fixtures.as(manager)))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("Doble")));
        mvc.perform(get("/court-orders/courts").with(fixtures.as(manager)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("/court-orders/courts/" + s.court + "/report.pdf")));
    }

    private static Map<UUID, CourtOrder> byEntry(List<CourtOrder> found) {
        return found.stream().collect(Collectors.toMap(o -> o.fact().entryId(), Function.identity()));
    }

    private static List<WorkItem> items(UUID entry, List<WorkItem> items) {
        return items.stream().filter(i -> i.order().fact().entryId().equals(entry)).toList();
    }

    private static List<Reason> reasons(UUID entry, List<WorkItem> items) {
        return items(entry, items).stream().map(WorkItem::reason).toList();
    }

    private static Set<UUID> programs(CourtReports.Report report) {
        return report.orders().stream().map(o -> o.fact().programId()).collect(Collectors.toSet());
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }
}
