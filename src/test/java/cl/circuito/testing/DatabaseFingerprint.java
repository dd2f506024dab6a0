package cl.circuito.testing;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the database holds, table by table, as a hash of every row: two fingerprints are equal when no row was
 * added, changed or removed. Tables that record that something was *attempted* (the audit trail, the event
 * registry, sessions, job locks, an API token's last use) are left out: a refused request may leave a trace there, never in the record.
 * So are the list's tallies: a trigger derives them from waiting_list_entry, which is compared, and a background
 * job moves their lines from one table to another at any moment.
 * <p>
 * A cheap check comes first: PostgreSQL assigns a transaction id only to a transaction that writes, so if the
 * next id to be assigned has not moved, nothing was written anywhere and the tables need not be hashed.
 */
public final class DatabaseFingerprint {

    private static final Set<String> TRACES = Set.of("audit_event", "audit_pending", "audit_chain", "audit_check",
            "event_publication", "event_publication_archive",
            "spring_session", "spring_session_attributes", "shedlock", "flyway_schema_history", "login_attempt",
            "api_token", "entry_tally_change", "entry_tally", "entry_waiting_day", "entry_month_flow");

    private final JdbcClient jdbc;
    private final List<String> tables;

    public DatabaseFingerprint(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.tables = jdbc.sql("select tablename from pg_tables where schemaname = 'public' order by tablename")
                .query(String.class).list().stream().filter(t -> !TRACES.contains(t)).toList();
    }

    /** The id PostgreSQL will give the next writing transaction (reading it assigns none). */
    public long nextTransaction() {
        return jdbc.sql("select pg_snapshot_xmax(pg_current_snapshot())::text::bigint").query(Long.class).single();
    }

    public Map<String, String> tables() {
        Map<String, String> hashes = new TreeMap<>();
        for (String table : tables) {
            hashes.put(table, jdbc.sql("select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) from \""
                    + table + "\" t").query(String.class).single());
        }
        return hashes;
    }

    /** The tables whose rows differ between two fingerprints. */
    public static Map<String, String> differences(Map<String, String> before, Map<String, String> after) {
        Map<String, String> changed = new LinkedHashMap<>();
        after.forEach((table, hash) -> {
            if (!hash.equals(before.get(table))) {
                changed.put(table, before.get(table) + " → " + hash);
            }
        });
        return changed;
    }
}
