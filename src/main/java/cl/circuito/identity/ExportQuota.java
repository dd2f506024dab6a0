package cl.circuito.identity;

import cl.circuito.shared.security.Actor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * How many bulk exports (a program's register, its list as CSV) a user may draw in a window — by default 30 in 10
 * minutes ({@code circuito.exports.max-per-user}, {@code circuito.exports.window}): enough for any day's work, not
 * for copying the network's children out. Counted in the database ({@code user_export}), so the limit holds across
 * application nodes; two exports at once by the same user are counted one after the other (her row is locked).
 */
@Service
public class ExportQuota {

    private static final Duration KEPT = Duration.ofDays(1);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int max;
    private final Duration window;

    ExportQuota(JdbcClient jdbc, Clock clock, @Value("${circuito.exports.max-per-user:30}") int max,
                @Value("${circuito.exports.window:10m}") Duration window) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.max = max;
        this.window = window;
    }

    /** Counts one export of the actor's; refused (429, in Spanish) once she has drawn the most the window allows. */
    @Transactional
    public void claim(Actor actor) {
        Instant now = clock.instant();
        jdbc.sql("select id from app_user where id = ? for update").param(actor.userId()).query(UUID.class).optional();
        long recent = jdbc.sql("select count(*) from user_export where user_id = ? and exported_at > ?")
                .param(actor.userId()).param(Timestamp.from(now.minus(window))).query(Long.class).single();
        if (recent >= max) {
            throw new ExportLimitReached(max, window);
        }
        jdbc.sql("delete from user_export where user_id = ? and exported_at < ?")
                .param(actor.userId()).param(Timestamp.from(now.minus(KEPT))).update();
        jdbc.sql("insert into user_export (id, user_id, exported_at) values (?, ?, ?)")
                .param(UUID.randomUUID()).param(actor.userId()).param(Timestamp.from(now)).update();
    }
}
