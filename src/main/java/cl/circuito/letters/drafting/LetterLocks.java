package cl.circuito.letters.drafting;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.UUID;

/**
 * Serialises, until the end of the caller's transaction, the letters' work on one entry: the listeners of
 * several events about the same child (a decision reopened and taken again, an estimate recomputed while an
 * exit is recorded) run on other threads at the same moment; each waits for the one before to commit and then
 * re-reads the current state, so the drafts end up stating the latest facts whatever the order. A
 * transaction-scoped PostgreSQL advisory lock: released on commit or rollback.
 */
@Component
class LetterLocks {

    /** First key of the letters' locks: keeps them apart from any other advisory lock of the database. */
    private static final int LOCK_NAMESPACE = 0x4C455431;

    private final JdbcClient jdbc;

    LetterLocks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void entry(UUID entryId) {
        entries(java.util.List.of(entryId));
    }

    /** Several entries, always in the same order, so two callers locking overlapping sets never deadlock. */
    @Transactional(propagation = Propagation.MANDATORY)
    void entries(Collection<UUID> entryIds) {
        entryIds.stream().map(UUID::hashCode).distinct().sorted().forEach(key -> jdbc
                .sql("select pg_advisory_xact_lock(:namespace, :key)")
                .param("namespace", LOCK_NAMESPACE)
                .param("key", key)
                .query((rs, n) -> 1)
                .single());
    }
}
