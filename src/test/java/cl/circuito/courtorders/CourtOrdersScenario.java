package cl.circuito.courtorders;

import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Role;
import cl.circuito.testing.Fixtures;
import cl.circuito.waitinglist.admission.AdmissionEstimates;
import cl.circuito.waitinglist.admission.AdmissionPlanning;
import cl.circuito.waitinglist.admission.Admissions;
import cl.circuito.waitinglist.entry.EntryDecisions;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Two programs of one region and one of another, all referred to by one family court, with children at every stage,
 * made through the real services:
 * <ul>
 *   <li>{@code admitted}: eligible, scheduled, interviewed and admitted in program A today (its oficio only drafted);</li>
 *   <li>{@code overdue}: under review in A, received 40 days ago, past its deadline and without movement;</li>
 *   <li>{@code notEligible}: declared not eligible in A (its oficio only drafted);</li>
 *   <li>{@code waiting}: waiting in A, and admitted in B after that referral (admitted elsewhere);</li>
 *   <li>{@code twice}: the same child and RIT waiting in A and in B;</li>
 *   <li>{@code otherRegion}: waiting in program C, in another region.</li>
 * </ul>
 */
final class CourtOrdersScenario {

    final UUID programA;
    final UUID programB;
    final UUID programC;
    final UUID court;
    final UUID opd;
    final Actor directorA;
    final Actor directorB;
    final Actor directorC;
    final LocalDate today = LocalDate.now();
    final UUID admitted;
    final UUID overdue;
    final UUID notEligible;
    final UUID waiting;
    final UUID waitingAdmittedInB;
    final UUID twiceInA;
    final UUID twiceInB;
    final UUID otherRegion;
    final UUID fromOpd;
    final String rit;
    final String regionA;
    final String regionC;

    CourtOrdersScenario(Fixtures fixtures, EntryDecisions decisions, AdmissionPlanning plans, Admissions admissions,
                        AdmissionEstimates estimates, JdbcClient jdbc) {
        // The two regions with the fewest referrals: a region's worklist is cut at 2,000 items, and the suite fills
        // region 13 with far more.
        List<String> regions = jdbc.sql("select r.code from region r left join comuna c on c.region_code = r.code"
                        + " left join program p on p.comuna_code = c.code left join waiting_list_entry e"
                        + " on e.program_id = p.id group by r.code order by count(e.id), r.code limit 2")
                .query(String.class).list();
        regionA = regions.get(0);
        regionC = regions.get(1);
        programA = fixtures.program("PRM", firstComuna(jdbc, regionA));
        programB = fixtures.program("PPF", firstComuna(jdbc, regionA));
        programC = fixtures.program("PRM", firstComuna(jdbc, regionC));
        court = fixtures.referrer("FAMILY_COURT");
        opd = fixtures.referrer("OPD");
        directorA = director(fixtures, jdbc, programA);
        directorB = director(fixtures, jdbc, programB);
        directorC = director(fixtures, jdbc, programC);
        int n = Fixtures.next();

        admitted = fixtures.referral(directorA, programA, court).rut(Fixtures.rut()).child("Amanda", "Ingresada" + n)
                .court("P-" + n + "-2026", String.format("26%08d-5", n)).receivedOn(today.minusDays(30))
                .eligibleOn(today.minusDays(28)).register().id();
        admit(fixtures, plans, admissions, directorA, programA, admitted);

        overdue = fixtures.referral(directorA, programA, court).child("Oscar", "Vencido" + n)
                .court("P-" + (n + 1) + "-2026", null).receivedOn(today.minusDays(40)).orderedOn(today.minusDays(47))
                .register().id();

        notEligible = fixtures.referral(directorA, programA, court).child("Nora", "Nosujeto" + n)
                .court("P-" + (n + 2) + "-2026", null).receivedOn(today.minusDays(20)).register().id();
        decisions.declareNotEligible(directorA, notEligible, fixtures.version("waiting_list_entry", notEligible),
                today.minusDays(15), "Corresponde a otro programa", null, "PPF Los Aromos");

        String rutW = Fixtures.rut();
        waiting = fixtures.referral(directorA, programA, court).rut(rutW).child("Walter", "Espera" + n)
                .court("P-" + (n + 3) + "-2026", null).receivedOn(today.minusDays(25)).eligibleOn(today.minusDays(24))
                .register().id();
        waitingAdmittedInB = fixtures.referral(directorB, programB, court).rut(rutW).child("Walter", "Espera" + n)
                .court("P-" + (n + 4) + "-2026", null).receivedOn(today.minusDays(22)).eligibleOn(today.minusDays(21))
                .register().id();
        admit(fixtures, plans, admissions, directorB, programB, waitingAdmittedInB);

        String rutT = Fixtures.rut();
        rit = "P-" + (n + 5) + "-2026";
        twiceInA = fixtures.referral(directorA, programA, court).rut(rutT).child("Tomás", "Doble" + n)
                .court(rit, null).receivedOn(today.minusDays(10)).eligibleOn(today.minusDays(9)).register().id();
        twiceInB = fixtures.referral(directorB, programB, court).rut(rutT).child("Tomás", "Doble" + n)
                .court(rit, null).receivedOn(today.minusDays(8)).eligibleOn(today.minusDays(7)).register().id();

        otherRegion = fixtures.referral(directorC, programC, court).child("Rosa", "Otraregion" + n)
                .court("P-" + (n + 6) + "-2026", null).receivedOn(today.minusDays(12)).eligibleOn(today.minusDays(11))
                .register().id();
        fromOpd = fixtures.referral(directorA, programA, opd).child("Pablo", "Opd" + n).receivedOn(today.minusDays(3))
                .register().id();

        estimates.recompute(programA);
        estimates.recompute(programB);
        estimates.recompute(programC);
        fixtures.settle();
    }

    private static Actor director(Fixtures fixtures, JdbcClient jdbc, UUID program) {
        Actor director = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(program));
        jdbc.sql("update app_user set position = ? where id = ?").params("Directora", director.userId()).update();
        jdbc.sql("update program set director_user_id = ? where id = ?").params(director.userId(), program).update();
        return director;
    }

    private void admit(Fixtures fixtures, AdmissionPlanning plans, Admissions admissions, Actor director, UUID program,
                       UUID entry) {
        plans.confirm(director, program, YearMonth.from(today), List.of(entry), Map.of());
        admissions.recordInterview(director, entry, fixtures.version("waiting_list_entry", entry), today,
                "NNA y su madre", true, "Pasaje Dos 45, Santiago", null);
        admissions.admit(director, entry, fixtures.version("waiting_list_entry", entry), today);
    }

    private static String firstComuna(JdbcClient jdbc, String region) {
        return jdbc.sql("select code from comuna where region_code = ? order by code limit 1").param(region)
                .query(String.class).single();
    }
}
