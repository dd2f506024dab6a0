package cl.circuito.circuit.flows;

import cl.circuito.shared.DomainException;
import cl.circuito.shared.security.AccessDenied;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Role;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import cl.circuito.testing.ReferralBuilder;
import cl.circuito.waitinglist.ComunaFlows;
import cl.circuito.waitinglist.entry.EntryDecisions;
import cl.circuito.waitinglist.ExitReason;
import cl.circuito.waitinglist.admission.AdmissionPlanning;
import cl.circuito.waitinglist.admission.Admissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Flows on a known set of referrals, decisions, exits and an admission, all made through the real services, in
 * a comuna no other test uses: the diagram's links, the outcomes and the wait buckets are exactly the expected.
 */
@CircuitoTest
class ReferralFlowsTests {

    static final LocalDate T = LocalDate.now(java.time.ZoneId.of("America/Santiago"));

    @Autowired Fixtures fixtures;
    @Autowired EntryDecisions decisions;
    @Autowired AdmissionPlanning planning;
    @Autowired Admissions admissions;
    @Autowired ReferralFlows flows;
    @Autowired JdbcClient jdbc;

    String comuna;
    String region;
    UUID a;
    UUID b;
    UUID court;
    UUID opd;
    Actor directorA;
    Actor directorB;
    UUID a1;
    UUID a2;
    UUID a6;

    @BeforeEach
    void knownReferrals() {
        comuna = jdbc.sql("""
                        select c.code from comuna c where not exists (select 1 from program p where p.comuna_code = c.code)
                           and not exists (select 1 from mesa m where m.comuna_code = c.code)
                         order by random() limit 1""").query(String.class).single();
        region = jdbc.sql("select region_code from comuna where code = ?").param(comuna).query(String.class).single();
        a = fixtures.program("PRM", comuna);
        b = fixtures.program("PPF", comuna);
        court = fixtures.referrer("FAMILY_COURT");
        opd = fixtures.referrer("OPD");
        directorA = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(a));
        directorB = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(b));

        a1 = eligible(directorA, a, court, 90);
        // Admitted within the month it was scheduled for, after an interview held once it was scheduled (today).
        planning.confirm(directorA, a, YearMonth.from(T), List.of(a1), Map.of());
        admissions.recordInterview(directorA, a1, version(a1), T, "NNA y su madre", true, "Calle Uno 1", null);
        admissions.admit(directorA, a1, version(a1), T);
        a2 = referral(directorA, a, court, 60);
        decisions.declareNotEligible(directorA, a2, version(a2), T.minusDays(59),
                "Corresponde a fortalecimiento familiar", b, null);
        referral(directorA, a, court, 10);
        eligible(directorA, a, opd, 40);
        eligible(directorA, a, court, 200);
        a6 = eligible(directorA, a, opd, 95);
        decisions.exit(directorA, a6, version(a6), ExitReason.WITHDRAWN, T.minusDays(5), "La familia desiste");

        UUID b1 = referral(directorB, b, opd, 70);
        decisions.declareNotEligible(directorB, b1, version(b1), T.minusDays(69), "Requiere otra oferta", null,
                "Programa de salud mental");
        eligible(directorB, b, court, 120);
        eligible(directorB, b, court, 80);
    }

    private ReferralBuilder referred(Actor director, UUID program, UUID referrer, int daysAgo) {
        return fixtures.referral(director, program, referrer).surnamed("Flujo").bornOn(LocalDate.of(2015, 5, 5))
                .receivedOn(T.minusDays(daysAgo));
    }

    private UUID referral(Actor director, UUID program, UUID referrer, int daysAgo) {
        return referred(director, program, referrer, daysAgo).register().id();
    }

    private UUID eligible(Actor director, UUID program, UUID referrer, int daysAgo) {
        return referred(director, program, referrer, daysAgo).waiting().register().id();
    }

    @Test
    void theLastHundredDaysGiveExactlyTheExpectedLinksOutcomesAndBuckets() {
        ReferralFlows.Report r = flows.of(directorA, comuna, T.minusDays(100).toString(), T.toString());

        assertThat(r.links()).extracting(ReferralFlows.Link::source, ReferralFlows.Link::target,
                        ReferralFlows.Link::value)
                .containsExactlyInAnyOrder(
                        tuple("r:" + court, "p:" + a, 3), tuple("r:" + opd, "p:" + a, 2),
                        tuple("r:" + opd, "p:" + b, 1), tuple("r:" + court, "p:" + b, 1),
                        tuple("p:" + a, ReferralFlows.ADMITTED, 1), tuple("p:" + a, ReferralFlows.OTHER_EXITS, 1),
                        tuple("p:" + a, ReferralFlows.STILL_OPEN, 2), tuple("p:" + a, "d:" + b, 1),
                        tuple("p:" + b, ReferralFlows.NOT_ELIGIBLE, 1), tuple("p:" + b, ReferralFlows.STILL_OPEN, 1));
        // The receiving program is a separate right-hand node: no cycle for ECharts.
        assertThat(r.nodes()).extracting(ReferralFlows.Node::id, ReferralFlows.Node::kind)
                .contains(tuple("p:" + b, ReferralFlows.NodeKind.PROGRAM), tuple("d:" + b, ReferralFlows.NodeKind.ONWARD));
        assertThat(r.nodes()).filteredOn(n -> n.id().equals("d:" + b)).singleElement()
                .extracting(ReferralFlows.Node::label).asString().endsWith("(derivación)").startsWith("PPF de prueba");
        assertThat(r.nodes()).filteredOn(n -> n.id().equals(ReferralFlows.STILL_OPEN)).singleElement()
                .extracting(ReferralFlows.Node::label).isEqualTo("Aún en lista o en revisión");
        assertThat(r.referrersByKind()).isFalse();

        assertThat(r.outcomes()).extracting(ComunaFlows.ProgramOutcome::programId, ComunaFlows.ProgramOutcome::received,
                        ComunaFlows.ProgramOutcome::admitted, ComunaFlows.ProgramOutcome::notEligible,
                        ComunaFlows.ProgramOutcome::referredOnward, ComunaFlows.ProgramOutcome::otherExits,
                        ComunaFlows.ProgramOutcome::stillOpen)
                .containsExactlyInAnyOrder(tuple(a, 5, 1, 1, 1, 1, 2), tuple(b, 2, 0, 1, 0, 0, 1));
        assertThat(r.received()).isEqualTo(7);
        assertThat(r.onward()).singleElement().extracting(ReferralFlows.OnwardRow::count).isEqualTo(1);

        assertThat(r.asOf()).isEqualTo(T);
        assertThat(r.waits()).extracting(ComunaFlows.Waits::programId, ComunaFlows.Waits::waiting,
                        ComunaFlows.Waits::buckets, ComunaFlows.Waits::medianDays, ComunaFlows.Waits::longestDays)
                .containsExactlyInAnyOrder(tuple(a, 3, List.of(1, 1, 0, 0, 1), 40, 200),
                        tuple(b, 2, List.of(0, 0, 1, 1, 0), 100, 120));
    }

    @Test
    void aPeriodThatEndedCountsOutcomesAndWaitsAsTheyStoodThen() {
        ReferralFlows.Report r = flows.of(directorA, comuna, T.minusDays(100).toString(), T.minusDays(50).toString());

        // a1 was admitted and a6 left after the period's end: both were still open then.
        assertThat(r.outcomes()).filteredOn(o -> o.programId().equals(a)).singleElement()
                .extracting(ComunaFlows.ProgramOutcome::received, ComunaFlows.ProgramOutcome::admitted,
                        ComunaFlows.ProgramOutcome::notEligible, ComunaFlows.ProgramOutcome::referredOnward,
                        ComunaFlows.ProgramOutcome::otherExits, ComunaFlows.ProgramOutcome::stillOpen)
                .containsExactly(3, 0, 1, 1, 0, 2);
        assertThat(r.asOf()).isEqualTo(T.minusDays(50));
        // Open on that day: a1 (40 days), a6 (45), the one received 200 days ago (150).
        assertThat(r.waits()).filteredOn(w -> w.programId().equals(a)).singleElement()
                .extracting(ComunaFlows.Waits::waiting, ComunaFlows.Waits::buckets, ComunaFlows.Waits::medianDays,
                        ComunaFlows.Waits::longestDays)
                .containsExactly(3, List.of(0, 2, 0, 1, 0), 45, 150);
    }

    @Test
    void manyReferrersAreGroupedByKindInTheDiagramButListedOneByOneInTheTable() {
        for (int i = 0; i < ReferralFlows.MAX_NAMED_REFERRERS; i++) {
            referral(directorB, b, fixtures.referrer("OPD"), 3);
        }
        ReferralFlows.Report r = flows.of(directorB, comuna, null, null);

        assertThat(r.referrersByKind()).isTrue();
        assertThat(r.links()).extracting(ReferralFlows.Link::source, ReferralFlows.Link::target,
                        ReferralFlows.Link::value)
                .contains(tuple("k:OPD", "p:" + b, ReferralFlows.MAX_NAMED_REFERRERS + 1),
                        tuple("k:FAMILY_COURT", "p:" + b, 2));
        assertThat(r.nodes()).filteredOn(n -> n.id().equals("k:FAMILY_COURT")).singleElement()
                .extracting(ReferralFlows.Node::label).isEqualTo("Tribunal de Familia");
        assertThat(r.referrals()).hasSize(ReferralFlows.MAX_NAMED_REFERRERS + 2 + 2);
        assertThat(r.from()).isEqualTo(T.minusMonths(12).plusDays(1));
    }

    @Test
    void theScopeIsTheUsersProgramsComunasTheirRegionOrTheCountry() {
        Actor elsewhere = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(fixtures.program("PRM",
                "01".equals(region) ? "02101" : "01101")));
        Actor manager = fixtures.user(Role.TERRITORIAL_MANAGER, region, Set.of());
        Actor otherManager = fixtures.user(Role.TERRITORIAL_MANAGER, "01".equals(region) ? "02" : "01", Set.of());
        Actor national = fixtures.user(Role.NATIONAL_TEAM, Set.of());

        assertThat(flows.comunas(directorA)).extracting(ReferralFlows.ComunaChoice::code).containsExactly(comuna);
        assertThat(flows.of(directorA, null, null, null).comunaCode()).isEqualTo(comuna);
        // The last twelve months: the referrals of 120 and 200 days ago count too.
        assertThat(flows.of(manager, comuna, null, null).received()).isEqualTo(9);
        assertThat(flows.of(national, comuna, null, null).received()).isEqualTo(9);
        assertNotFound(() -> flows.of(elsewhere, comuna, null, null));
        assertNotFound(() -> flows.of(otherManager, comuna, null, null));
        assertNotFound(() -> flows.of(directorA, "99999", null, null));
        assertThatThrownBy(() -> flows.of(fixtures.user(Role.ADMIN, Set.of()), comuna, null, null))
                .isInstanceOf(AccessDenied.class);
    }

    @Test
    void aBadPeriodIsRefusedOnItsField() {
        assertRefused(() -> flows.of(directorA, comuna, T.toString(), T.minusDays(1).toString()), "from",
                "circuit.error.fromAfterTo");
        assertRefused(() -> flows.of(directorA, comuna, "31-02-2026", null), "from", "circuit.error.date");
        assertRefused(() -> flows.of(directorA, comuna, null, "mañana"), "to", "circuit.error.date");
        assertThat(flows.of(directorA, comuna, T.minusDays(100).format(java.time.format.DateTimeFormatter
                .ofPattern("dd-MM-yyyy")), null).from()).isEqualTo(T.minusDays(100));
    }

    private static void assertNotFound(Runnable call) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.status()).isEqualTo(HttpStatus.NOT_FOUND));
    }

    private static void assertRefused(Runnable call, String field, String key) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.status()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }

    /** The entry's version as its page shows it now: what a change based on a fresh read names. */
    private Long version(UUID entryId) {
        return fixtures.version("waiting_list_entry", entryId);
    }
}
