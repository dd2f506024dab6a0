package cl.circuito.letters.drafting;

import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Role;
import cl.circuito.testing.Fixtures;
import cl.circuito.waitinglist.entry.EntryDecisions;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * A program with a director who signs, a family court and an OPD, and fictional children referred to it with
 * a RUT and accents in their names: what a letter is drafted from.
 */
public final class LetterScenario {

    public static final String DIRECTOR_NAME = "Ximena Ñancupil Ávila";

    public final UUID program;
    public final UUID court;
    public final UUID opd;
    public final Actor director;
    private final EntryDecisions decisions;
    private final JdbcClient jdbc;
    private final Fixtures fixtures;

    public LetterScenario(Fixtures fixtures, EntryDecisions decisions, JdbcClient jdbc) {
        this.fixtures = fixtures;
        this.decisions = decisions;
        this.jdbc = jdbc;
        this.program = fixtures.program("PRM", "08101");
        this.court = fixtures.referrer("FAMILY_COURT");
        this.opd = fixtures.referrer("OPD");
        this.director = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(program));
        jdbc.sql("update app_user set full_name = ?, position = ? where id = ?")
                .params(DIRECTOR_NAME, "Directora", director.userId()).update();
        jdbc.sql("update program set director_user_id = ? where id = ?").params(director.userId(), program).update();
    }

    /**
     * Waits until every event about this entry (or letter) reached its listeners: Modulith runs them
     * asynchronously after the commit, and a publication stays incomplete until its listener succeeds (one
     * that failed keeps it incomplete, and the wait times out: a failing listener fails the test).
     */
    public void settle(UUID id) {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                .pollInterval(java.time.Duration.ofMillis(50))
                .until(() -> jdbc.sql("""
                                select count(*) from event_publication
                                 where completion_date is null and serialized_event like ?""")
                        .param("%" + id + "%").query(Long.class).single() == 0);
    }

    /** PDF text without its line breaks and spaces: a narrow column wraps "RUC 2610012345-6" anywhere. */
    public static String flat(String text) {
        return text.replaceAll("\\s+", "");
    }

    public String programName() {
        return jdbc.sql("select name from program where id = ?").param(program).query(String.class).single();
    }

    public String referrerName(UUID referrer) {
        return jdbc.sql("select name from referrer where id = ?").param(referrer).query(String.class).single();
    }

    /** A child referred by the court {@code daysAgo} days ago, with RUT, RIT and RUC; still under review. */
    public Child refer(UUID referrer, int daysAgo) {
        return refer(referrer, daysAgo, Fixtures.rut());
    }

    /** A child whose referral came without RUT: its letters hold {{nna_rut}} until the director writes it. */
    public Child referWithoutRut(UUID referrer, int daysAgo) {
        return refer(referrer, daysAgo, null);
    }

    private Child refer(UUID referrer, int daysAgo, String rut) {
        String surname = "Núñez" + Fixtures.next();
        boolean court = referrer.equals(this.court);
        UUID entry = fixtures.referral(director, program, referrer).rut(rut).child("Martín José", surname, "Peña")
                .bornOn(LocalDate.now().minusYears(9)).court(court ? "C-123-2026" : null, court ? "2610012345-6" : null)
                .reason("Vulneración de derechos").receivedOn(LocalDate.now().minusDays(daysAgo)).register().id();
        return new Child(entry, "Martín José " + surname + " Peña", rut == null ? null : format(rut));
    }

    /** A child waiting for a place (declared eligible the day it was referred). */
    public Child waiting(UUID referrer, int daysAgo) {
        return eligible(refer(referrer, daysAgo), daysAgo);
    }

    public Child eligible(Child child, int daysAgo) {
        decisions.declareEligible(director, child.entryId(), version(child), LocalDate.now().minusDays(daysAgo), null);
        return child;
    }

    /** The child's entry's version as its page shows it now: what the next change of it names (shared.Versions). */
    public long version(Child child) {
        return fixtures.version("waiting_list_entry", child.entryId());
    }

    /**
     * The waiting list recomputed the child's estimated admission date (a row as {@code AdmissionEstimates}
     * writes it): what the letters read as the current estimate.
     */
    public void estimate(UUID entryId, LocalDate date) {
        jdbc.sql("""
                insert into admission_estimate (id, entry_id, program_id, estimated_on, rank, free_places, monthly_exits,
                                                basis_kind, computed_at)
                values (gen_random_uuid(), ?, ?, ?, 1, 0, 1, 'FALLBACK', clock_timestamp())""")
                .params(entryId, program, date).update();
    }

    public record Child(UUID entryId, String name, String rut) {
    }

    private static String format(String rut) {
        String body = rut.substring(0, rut.indexOf('-'));
        return String.format(java.util.Locale.ROOT, "%,d", Integer.parseInt(body)).replace(',', '.') + rut.substring(rut.indexOf('-'));
    }
}
