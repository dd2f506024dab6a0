package cl.circuito.waitinglist.entry;

import cl.circuito.shared.security.Actor;
import cl.circuito.testing.Fixtures;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/** Fictional children declared eligible (waiting) in a program, for monitoring tests. */
public final class WaitingChildren {

    private final ReferralIntake intake;
    private final EntryDecisions decisions;
    private final JdbcClient jdbc;

    public WaitingChildren(ReferralIntake intake, EntryDecisions decisions, JdbcClient jdbc) {
        this.intake = intake;
        this.decisions = decisions;
        this.jdbc = jdbc;
    }

    /** A child referred {@code daysAgo} days ago and declared eligible the same day. */
    public UUID waiting(Actor director, UUID programId, UUID referrerId, String surname, int daysAgo) {
        UUID entryId = underReview(director, programId, referrerId, surname, daysAgo);
        LocalDate received = LocalDate.now(ZoneId.of("America/Santiago")).minusDays(daysAgo);
        decisions.declareEligible(director, entryId, version(entryId), received, null);
        return entryId;
    }

    /** The entry's version as its page would show it now: what a change based on a fresh read names. */
    public long version(UUID entryId) {
        return jdbc.sql("select version from waiting_list_entry where id = ?").param(entryId).query(Long.class)
                .single();
    }

    public UUID underReview(Actor director, UUID programId, UUID referrerId, String surname, int daysAgo) {
        LocalDate received = LocalDate.now(ZoneId.of("America/Santiago")).minusDays(daysAgo);
        return intake.register(director, programId, new ReferralRequest(null, "Niña", surname + Fixtures.next(), null,
                LocalDate.of(2016, 5, 5), referrerId, "P-" + Fixtures.next() + "-2026", null, "Medida de protección",
                received, true, List.of())).entry().id();
    }

    /** What the priority guide would have written: the ranking and the sample read these columns. */
    public void assess(UUID entryId, int priority, int score) {
        jdbc.sql("update waiting_list_entry set priority = ?, priority_score = ? where id = ?")
                .params(priority, score, entryId).update();
    }

    public void withSupportProfessional(UUID programId) {
        jdbc.sql("update program set has_support_professional = true where id = ?").param(programId).update();
    }
}
