package cl.circuito.circuit.capacity;

import cl.circuito.shared.DomainException;
import cl.circuito.shared.security.AccessDenied;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Role;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import cl.circuito.testing.ReferralBuilder;
import cl.circuito.testing.Refusals;
import cl.circuito.waitinglist.CapacityFigures;
import cl.circuito.waitinglist.CapacityModel;
import cl.circuito.waitinglist.WaitTargets;
import cl.circuito.waitinglist.admission.ActiveCase;
import cl.circuito.waitinglist.admission.ActiveCaseManagement;
import cl.circuito.waitinglist.admission.AdmissionPlanning;
import cl.circuito.waitinglist.admission.Admissions;
import cl.circuito.waitinglist.admission.CaseCloseReason;
import cl.circuito.waitinglist.admission.ExistingCase;
import cl.circuito.waitinglist.entry.EntryDecisions;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The capacity figures on a known history made through the real services, in a comuna no other test uses:
 * <pre>
 * program A (50 places, own target 42 business days), program B (30 places, the national target):
 *   A: one referral received on the 10th of each of the six complete months before this one, still waiting, except
 *      the one of two months ago, declared not eligible on the 15th; two children received 90 and 45 days ago,
 *      admitted today (waits 90 and 45 days); one referral received today, under review; three children already in
 *      the program, whose cases closed last month, three months ago and today.
 *   B: one referral received on the 10th two months ago, waiting.
 * comuna: 2 programs, 80 places, 7 on the list (1 under review), received in the six months 9 (A: 6 + 2, B: 1),
 *   1 exit without admission, 2 cases closed (today's is in the current month), admissions in the six months 0,
 *   waits of the 2 admitted: median 67.5 → 68, p90 45 + 0.9·45 = 85.5 → 86 days;
 *   net demand (9 − 1) / 6 = 1.33 a month, exits 2 / 6 = 0.33 a month, S = 80 / 0.33 = 240 months.
 * </pre>
 */
@CircuitoTest
class NetworkCapacityTests {

    static final LocalDate T = LocalDate.now(java.time.ZoneId.of("America/Santiago"));

    @Autowired Fixtures fixtures;
    @Autowired EntryDecisions decisions;
    @Autowired AdmissionPlanning planning;
    @Autowired Admissions admissions;
    @Autowired ActiveCaseManagement cases;
    @Autowired WaitTargets targets;
    @Autowired NetworkCapacity capacity;
    @Autowired CapacityFigures figures;
    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    String comuna;
    String region;
    UUID a;
    UUID b;
    Actor directorA;
    Actor national;

    @BeforeEach
    void knownHistory() {
        comuna = jdbc.sql("""
                        select c.code from comuna c where not exists (select 1 from program p where p.comuna_code = c.code)
                           and not exists (select 1 from mesa m where m.comuna_code = c.code)
                         order by random() limit 1""").query(String.class).single();
        region = jdbc.sql("select region_code from comuna where code = ?").param(comuna).query(String.class).single();
        a = fixtures.program("PRM", comuna);
        b = fixtures.program("PPF", comuna);
        jdbc.sql("update program set agreed_capacity = 30 where id = ?").param(b).update();
        UUID court = fixtures.referrer("FAMILY_COURT");
        directorA = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(a));
        Actor directorB = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(b));
        national = fixtures.user(Role.NATIONAL_TEAM, Set.of());
        targets.setForProgram(directorA, a, 42, null);

        YearMonth current = YearMonth.from(T);
        // The two admitted first: the month's proposal then holds only them, nobody is left out.
        UUID w1 = referred(directorA, a, court, T.minusDays(90)).waiting().register().id();
        UUID w2 = referred(directorA, a, court, T.minusDays(45)).waiting().register().id();
        planning.confirm(directorA, a, current, List.of(w1, w2), Map.of());
        for (UUID w : List.of(w1, w2)) {
            admissions.recordInterview(directorA, w, fixtures.version("waiting_list_entry", w), T, "NNA y su madre",
                    true, "Calle Uno 1", null);
            admissions.admit(directorA, w, fixtures.version("waiting_list_entry", w), T);
        }
        for (int k = 1; k <= 6; k++) {
            ReferralBuilder referral = referred(directorA, a, court, current.minusMonths(k).atDay(10));
            UUID id = (k == 2 ? referral : referral.waiting()).register().id();
            if (k == 2) {
                decisions.declareNotEligible(directorA, id, fixtures.version("waiting_list_entry", id),
                        current.minusMonths(2).atDay(15), "Corresponde a otro programa", b, null);
            }
        }
        referred(directorA, a, court, T).register();
        List<LocalDate> closings = List.of(current.minusMonths(1).atDay(5), current.minusMonths(3).atDay(5), T);
        for (LocalDate closedOn : closings) {
            ActiveCase existing = cases.registerExisting(directorA, a, new ExistingCase(null, "Niña",
                    "Capacidad" + Fixtures.next(), "Prueba", LocalDate.of(2014, 3, 3), T.minusDays(400)));
            cases.close(directorA, existing.id(), fixtures.version("active_case", existing.id()), closedOn,
                    CaseCloseReason.values()[0], "Cierre de prueba");
        }
        referred(directorB, b, court, current.minusMonths(2).atDay(10)).waiting().register();
    }

    private ReferralBuilder referred(Actor director, UUID program, UUID referrer, LocalDate on) {
        return fixtures.referral(director, program, referrer).surnamed("Capacidad").bornOn(LocalDate.of(2013, 4, 4))
                .receivedOn(on);
    }

    @Test
    void theComunaFiguresAreExactlyTheKnownHistory() {
        NetworkCapacity.Report r = capacity.of(national, CapacityQuestion.of("comuna:" + comuna));
        CapacityFigures.Part t = r.total();
        assertThat(List.of(t.programs(), t.capacity(), t.onList(), t.underReview(), t.received(), t.otherExits(),
                t.casesClosed(), t.admitted(), t.admittedForWaits())).containsExactly(2, 80, 7, 1, 9, 1, 2, 0, 2);
        assertThat(t.medianWaitDays()).isEqualTo(68);
        assertThat(t.p90WaitDays()).isEqualTo(86);
        int nationalTarget = targets.national().businessDays();
        assertThat(t.targetBusinessDays()).isCloseTo((50 * 42 + 30 * nationalTarget) / 80.0,
                org.assertj.core.data.Offset.offset(1e-6));

        CapacityModel.Inputs in = t.inputs();
        assertThat(in.demandPerMonth()).isEqualTo(8 / 6.0);
        assertThat(in.exitsPerMonth()).isEqualTo(2 / 6.0);
        assertThat(r.projection().stayMonths()).isCloseTo(240.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(r.projection().placesNeeded())
                .isEqualTo(CapacityModel.project(in, CapacityModel.WhatIf.none()).placesNeeded());

        assertThat(r.parts()).extracting(p -> p.figures().key(), p -> p.figures().onList(), p -> p.figures().capacity())
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(a.toString(), 6, 50),
                        org.assertj.core.groups.Tuple.tuple(b.toString(), 1, 30));
    }

    @Test
    void theListAtEachMonthEndIsWhatACountOfTheEntriesGives() {
        CapacityFigures.Figures f = figures.of(new CapacityFigures.Area(CapacityFigures.Level.COMUNA, comuna), T);
        assertThat(f.months()).hasSize(CapacityFigures.HISTORY_MONTHS + 1);
        for (CapacityFigures.Month m : f.months()) {
            LocalDate end = m.month().equals(YearMonth.from(T)) ? T : m.month().atEndOfMonth();
            int counted = jdbc.sql("""
                            select count(*) from waiting_list_entry e join program p on p.id = e.program_id
                             where p.comuna_code = ? and e.received_on <= ? and (e.exited_on is null or e.exited_on > ?)""")
                    .params(comuna, end, end).query(Integer.class).single();
            assertThat(m.onListAtEnd()).as(m.month().toString()).isEqualTo(counted);
        }
        YearMonth current = YearMonth.from(T);
        assertThat(f.months()).filteredOn(m -> m.casesClosed() > 0).extracting(CapacityFigures.Month::month)
                .containsExactlyInAnyOrder(current.minusMonths(3), current.minusMonths(1), current);
        assertThat(f.months().get(f.months().size() - 1).admitted()).isEqualTo(2);
    }

    @Test
    void aTerritorialManagerSeesHerRegionOnlyAndStaffTheirProgram() {
        Actor manager = fixtures.user(Role.TERRITORIAL_MANAGER, region, Set.of());
        assertThat(capacity.of(manager, CapacityQuestion.of(null)).areaValue()).isEqualTo("region:" + region);
        assertThat(capacity.of(manager, CapacityQuestion.of("comuna:" + comuna)).total().onList()).isEqualTo(7);
        assertThat(capacity.of(manager, CapacityQuestion.of("region:" + region)).parts())
                .anySatisfy(p -> assertThat(p.area()).isEqualTo("comuna:" + comuna));
        notFound(manager, CapacityAreas.NATION);
        String other = jdbc.sql("select code from region where code <> ? limit 1").param(region).query(String.class)
                .single();
        Actor elsewhere = fixtures.user(Role.TERRITORIAL_MANAGER, other, Set.of());
        notFound(elsewhere, "comuna:" + comuna);
        notFound(elsewhere, "program:" + a);
        notFound(elsewhere, "region:" + region);

        assertThat(capacity.of(directorA, CapacityQuestion.of(null)).areaValue()).isEqualTo("program:" + a);
        assertThat(capacity.of(directorA, CapacityQuestion.of("program:" + a)).total().onList()).isEqualTo(6);
        // The comuna of her program, in counts, with only her own program to open.
        assertThat(capacity.of(directorA, CapacityQuestion.of("comuna:" + comuna)).parts())
                .extracting(NetworkCapacity.PartView::area).containsExactlyInAnyOrder("program:" + a, null);
        notFound(directorA, "program:" + b);
        notFound(directorA, "region:" + region);

        Actor admin = fixtures.user(Role.ADMIN, Set.of());
        assertThatThrownBy(() -> capacity.of(admin, CapacityQuestion.of(null))).isInstanceOf(AccessDenied.class);
    }

    private void notFound(Actor actor, String area) {
        assertThatThrownBy(() -> capacity.of(actor, CapacityQuestion.of(area))).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).status()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aWhatIfOutOfRangeIsRefusedOnItsField() {
        Refusals.invalid(() -> capacity.of(national, new CapacityQuestion("comuna:" + comuna, "25", null, null)),
                "months", "capacity.error.months");
        Refusals.invalid(() -> capacity.of(national, new CapacityQuestion("comuna:" + comuna, null, "muchas", null)),
                "places", "capacity.error.places");
        Refusals.invalid(() -> capacity.of(national, new CapacityQuestion("comuna:" + comuna, null, null, "-101")),
                "demand", "capacity.error.demand");
        Refusals.invalid(() -> capacity.of(national, CapacityQuestion.of("provincia:1")), "area", "capacity.error.area");
    }

    @Test
    void theApiRedrawsTheForecastWithTheWhatIf() throws Exception {
        String url = "/api/v1/capacity?area=comuna:" + comuna;
        mvc.perform(get(url).with(fixtures.as(national))).andExpect(status().isOk())
                .andExpect(jsonPath("$.total.onList", is(7)))
                .andExpect(jsonPath("$.total.medianWaitDays", is(68)))
                .andExpect(jsonPath("$.projection.places", is(0)))
                // 7 + 6·(8/6) − 6·(80/240) = 13
                .andExpect(jsonPath("$.projection.forecast[6].expected").value(13.0))
                .andExpect(jsonPath("$.months.length()", is(13)));
        // Ten places more, demand +50 %, 3 months: the list at 3 is max(0, 7 + 3·2 − 10 − 3·(90/240)) = 1.875 → 1.88.
        mvc.perform(get(url + "&places=10&demand=50&months=3").with(fixtures.as(national))).andExpect(status().isOk())
                .andExpect(jsonPath("$.projection.places", is(10)))
                .andExpect(jsonPath("$.projection.capacity", is(90)))
                .andExpect(jsonPath("$.projection.forecast.length()", is(4)))
                .andExpect(jsonPath("$.projection.forecast[3].expected").value(1.88))
                .andExpect(jsonPath("$.baseline.places", is(0)));
        mvc.perform(get(url + "&months=0").with(fixtures.as(national))).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("months"));
        mvc.perform(get(url).with(fixtures.as(fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(b)))))
                .andExpect(status().isOk());
    }

    @Test
    void thePageShowsThePlacesNeededAndTheWhatIfAndTheXlsxHasTheNumbers() throws Exception {
        String page = mvc.perform(get("/capacity?area=comuna:" + comuna + "&places=5").with(fixtures.as(national)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        int needed = capacity.of(national, CapacityQuestion.of("comuna:" + comuna)).projection().placesNeeded();
        assertThat(page).contains(needed + " plazas más para que la espera quede bajo la meta en 6 meses")
                .contains("Sin el escenario, la lista sería de unos").contains("id=\"capacity-chart\"");

        byte[] xlsx = mvc.perform(get("/capacity/capacidad.xlsx?area=comuna:" + comuna).with(fixtures.as(national)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            Row total = null;
            for (Row row : sheet) {
                if (row.getCell(0) != null && "Total".equals(row.getCell(0).getStringCellValue())) {
                    total = row;
                }
            }
            assertThat(total).isNotNull();
            assertThat(total.getCell(1).getNumericCellValue()).isEqualTo(2);
            assertThat(total.getCell(2).getNumericCellValue()).isEqualTo(80);
            assertThat(total.getCell(3).getNumericCellValue()).isEqualTo(7);
            assertThat(total.getCell(7).getNumericCellValue()).isEqualTo(68);
            assertThat(total.getCell(9).getNumericCellValue()).isEqualTo(needed);
        }
        assertThat(jdbc.sql("select count(*) from audit_event where actor_id = ? and action = 'EXPORTED'")
                .param(national.userId()).query(Integer.class).single()).isEqualTo(1);
    }
}
