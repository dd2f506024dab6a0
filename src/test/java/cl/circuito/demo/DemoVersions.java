package cl.circuito.demo;

import jakarta.persistence.EntityManager;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.UUID;

/**
 * The version of a record as a page would show it to the user who changes it next: every change names the version
 * it was based on. The demo loads in one transaction, so the changes made so far are written first; otherwise the
 * next service call would write them (raising the version) after this was read, and refuse itself as stale.
 */
final class DemoVersions {

    private final EntityManager entityManager;
    private final JdbcClient jdbc;

    DemoVersions(EntityManager entityManager, JdbcClient jdbc) {
        this.entityManager = entityManager;
        this.jdbc = jdbc;
    }

    long entry(UUID entryId) {
        return of("waiting_list_entry", entryId);
    }

    long of(String table, UUID id) {
        entityManager.flush();
        return jdbc.sql("select version from " + table + " where id = :id").param("id", id).query(Long.class).single();
    }
}
