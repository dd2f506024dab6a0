package cl.circuito.waitinglist.monitoring;

import cl.circuito.shared.BrieflyKept;
import cl.circuito.shared.Versions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Array;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** The one row of {@code revalidation_schedule}: read, and replaced under its version. */
@Component
class RevalidationSettings {

    private final JdbcClient jdbc;
    // Read by the monitoring page on every view: kept briefly (BrieflyKept); the settings page reads it fresh.
    private final BrieflyKept<RevalidationSchedule> kept;

    RevalidationSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.kept = new BrieflyKept<>(() -> stored().schedule());
    }

    /** The schedule with who changed it last, when anyone did. */
    record Stored(RevalidationSchedule schedule, Instant changedAt, String changedByName) {
    }

    Stored stored() {
        return jdbc.sql("select set_point_weeks, repeat_every_weeks, version, changed_at, changed_by_name"
                        + " from revalidation_schedule where id = 1")
                .query((rs, n) -> {
                    Array points = rs.getArray("set_point_weeks");
                    List<Integer> weeks = Arrays.stream((Integer[]) points.getArray()).toList();
                    java.sql.Timestamp at = rs.getTimestamp("changed_at");
                    return new Stored(new RevalidationSchedule(weeks, rs.getInt("repeat_every_weeks"),
                            rs.getLong("version")), at == null ? null : at.toInstant(), rs.getString("changed_by_name"));
                })
                .optional().orElse(new Stored(RevalidationSchedule.DEFAULT, null, null));
    }

    RevalidationSchedule schedule() {
        return kept.get();
    }

    /** Replaces the schedule if nobody changed it since {@code expectedVersion} was read (409 otherwise). */
    void replace(RevalidationSchedule schedule, Long expectedVersion, String byName, Instant now) {
        Versions.requirePresent(expectedVersion, Versions.FIELD);
        int updated = jdbc.sql("""
                        update revalidation_schedule
                           set set_point_weeks = :points, repeat_every_weeks = :repeat, version = version + 1,
                               changed_at = :now, changed_by_name = :by
                         where id = 1 and version = :version""")
                .param("points", schedule.setPointWeeks().toArray(new Integer[0]))
                .param("repeat", schedule.repeatEveryWeeks())
                .param("now", java.sql.Timestamp.from(now))
                .param("by", byName)
                .param("version", expectedVersion)
                .update();
        kept.forget();
        if (updated == 0) {
            Versions.require(stored().schedule().version(), expectedVersion);
        }
    }
}
