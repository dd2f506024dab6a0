package cl.circuito.audit.chain;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The hash chain over the audit trail (V43). Writers only queue their rows ({@code audit_pending}, by a trigger);
 * {@link #seal()} links them in order, one sealer at a time, each link the SHA-256 of the previous link's hash,
 * its own number and its event's content. {@link #verify} walks the whole chain again from the rows themselves,
 * recomputing every hash here in Java rather than trusting the database's function, and names the first broken
 * link: a changed row, a missing row, a row outside the chain, or a chain shorter than the last check saw.
 * Every check is kept ({@code audit_check}), which is how the next one knows the head it must still find.
 */
@Service
public class AuditChain {

    private static final Logger log = LoggerFactory.getLogger(AuditChain.class);
    private static final int BATCH = 2000;
    private static final byte[] GENESIS = new byte[32];
    private static final char SEPARATOR = '\u001f';

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    AuditChain(JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** What a check found: how many links, and the first broken one (with what is wrong) or none. */
    public record Verification(Instant checkedAt, long links, Long brokenSeq, UUID brokenEventId, Problem problem)
            implements java.io.Serializable {

        public boolean intact() {
            return problem == null;
        }
    }

    /** What can be wrong with a link; {@code audit.chain.problem.<name>} says it in Spanish. */
    public enum Problem {
        /** The event's content no longer gives the link's hash: the row was changed. */
        CHANGED,
        /** The link names an event that is gone. */
        MISSING,
        /** A link's number or its previous hash does not follow the one before. */
        GAP,
        /** An event that is neither linked nor waiting for its link. */
        OUTSIDE,
        /** The chain ends before the head the previous check saw (its end was cut off). */
        SHORTENED
    }

    /**
     * Every few seconds, on one node at a time (ShedLock, as every job); the advisory lock in audit_seal also keeps a
     * check's own sealing from running beside it.
     */
    @Scheduled(fixedDelayString = "${circuito.audit.seal-every:PT10S}", initialDelayString = "PT5S")
    @SchedulerLock(name = "audit-chain-seal", lockAtMostFor = "PT5M")
    public void sealWaiting() {
        seal();
    }

    /** Links the events waiting for it, and says how many; also before each check. */
    public int seal() {
        int total = 0;
        int sealed;
        do { // in parts, each its own short transaction, so the lock is never held long
            sealed = transactions.execute(status ->
                    jdbc.sql("select audit_seal(?)").param(BATCH).query(Integer.class).single());
            total += sealed;
        } while (sealed == BATCH);
        return total;
    }

    /** The nightly check; a broken chain is logged as an error for whoever watches the logs. */
    @Scheduled(cron = "${circuito.audit.check-cron:0 30 3 * * *}", zone = "America/Santiago")
    @SchedulerLock(name = "audit-chain-check", lockAtMostFor = "PT2H")
    public void nightly() {
        Verification result = verify(null);
        if (!result.intact()) {
            log.error("The audit chain is broken at link {} (event {}): {}", result.brokenSeq(),
                    result.brokenEventId(), result.problem());
        }
    }

    /** Seals what waits, walks the whole chain and keeps the result; {@code checkedBy} is null for the nightly run. */
    public Verification verify(UUID checkedBy) {
        seal();
        Optional<Head> previousHead = transactions.execute(status -> jdbc.sql("""
                        select head_seq, head_hash from audit_check where head_hash is not null
                         order by checked_at desc limit 1""")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getBytes(2))).optional());
        Walk walk = new Walk();
        while (!walk.done) {
            transactions.execute(status -> {
                walk.next(jdbc.sql("""
                                select c.seq, c.event_id, c.previous_hash, c.hash, e.id, e.occurred_at, e.actor_id,
                                       e.actor_name, e.action, e.subject_type, e.subject_id, e.program_id, e.what,
                                       e.changes::text
                                  from audit_chain c left join audit_event e on e.id = c.event_id
                                 where c.seq > ? order by c.seq limit ?""")
                        .params(walk.lastSeq, BATCH)
                        .query(Link::of).list(), previousHead.orElse(null));
                return null;
            });
        }
        if (walk.problem == null && previousHead.isPresent() && walk.lastSeq < previousHead.get().seq()) {
            walk.broken(previousHead.get().seq(), null, Problem.SHORTENED);
        }
        if (walk.problem == null) {
            transactions.execute(status -> jdbc.sql("""
                            select e.id from audit_event e
                             where not exists (select 1 from audit_chain c where c.event_id = e.id)
                               and not exists (select 1 from audit_pending p where p.event_id = e.id)
                             limit 1""")
                    .query(UUID.class).optional())
                    .ifPresent(outside -> walk.broken(null, outside, Problem.OUTSIDE));
        }
        Verification result = new Verification(clock.instant(), walk.lastSeq, walk.brokenSeq, walk.brokenEvent,
                walk.problem);
        transactions.executeWithoutResult(status -> jdbc.sql("""
                        insert into audit_check (id, checked_at, checked_by, links, head_seq, head_hash, broken_seq,
                                                 broken_event_id, problem)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), OffsetDateTime.ofInstant(result.checkedAt(), java.time.ZoneOffset.UTC),
                        checkedBy, walk.lastSeq, walk.lastSeq, result.intact() ? walk.lastHash : null,
                        walk.brokenSeq, walk.brokenEvent, walk.problem == null ? null : walk.problem.name())
                .update());
        return result;
    }

    /** The last check, if any. */
    public Optional<Verification> lastCheck() {
        return transactions.execute(status -> jdbc.sql("""
                        select checked_at, links, broken_seq, broken_event_id, problem from audit_check
                         order by checked_at desc limit 1""")
                .query((rs, n) -> new Verification(rs.getObject(1, OffsetDateTime.class).toInstant(), rs.getLong(2),
                        (Long) rs.getObject(3), rs.getObject(4, UUID.class),
                        rs.getString(5) == null ? null : Problem.valueOf(rs.getString(5))))
                .optional());
    }

    private record Head(long seq, byte[] hash) {
    }

    /** The walk along the chain, batch after batch, up to its first broken link. */
    private static final class Walk {
        long lastSeq;
        byte[] lastHash = GENESIS;
        boolean done;
        Long brokenSeq;
        UUID brokenEvent;
        Problem problem;

        void next(List<Link> links, Head previousHead) {
            if (links.isEmpty()) {
                done = true;
                return;
            }
            for (Link link : links) {
                if (link.seq() != lastSeq + 1 || !Arrays.equals(link.previousHash(), lastHash)) {
                    broken(link.seq(), link.eventId(), Problem.GAP);
                } else if (!link.eventPresent()) {
                    broken(link.seq(), link.eventId(), Problem.MISSING);
                } else if (!Arrays.equals(hash(lastHash, link.seq(), link.content()), link.hash())) {
                    broken(link.seq(), link.eventId(), Problem.CHANGED);
                } else if (previousHead != null && link.seq() == previousHead.seq()
                        && !Arrays.equals(link.hash(), previousHead.hash())) {
                    broken(link.seq(), link.eventId(), Problem.GAP);
                }
                if (done) {
                    return;
                }
                lastSeq = link.seq();
                lastHash = link.hash();
            }
        }

        void broken(Long seq, UUID event, Problem what) {
            brokenSeq = seq;
            brokenEvent = event;
            problem = what;
            done = true;
        }
    }

    private record Link(long seq, UUID eventId, byte[] previousHash, byte[] hash, boolean eventPresent,
                        String content) {

        static Link of(ResultSet rs, int row) throws SQLException {
            boolean present = rs.getObject(5) != null;
            return new Link(rs.getLong(1), rs.getObject(2, UUID.class), rs.getBytes(3), rs.getBytes(4), present,
                    present ? content(rs) : null);
        }

        /** The event's content exactly as audit_event_content (V43) writes it. */
        private static String content(ResultSet rs) throws SQLException {
            Instant at = rs.getObject(6, OffsetDateTime.class).toInstant();
            long micros = Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), at.getNano() / 1000);
            return String.join(String.valueOf(SEPARATOR), rs.getString(5), Long.toString(micros),
                    text(rs.getString(7)), rs.getString(8), rs.getString(9), rs.getString(10),
                    text(rs.getString(11)), text(rs.getString(12)), rs.getString(13), text(rs.getString(14)));
        }

        private static String text(String value) {
            return value == null ? "" : value;
        }
    }

    static byte[] hash(byte[] previous, long seq, String content) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(previous);
            sha256.update((seq + String.valueOf(SEPARATOR)).getBytes(StandardCharsets.UTF_8));
            sha256.update(content.getBytes(StandardCharsets.UTF_8));
            return sha256.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
