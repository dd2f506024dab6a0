package cl.circuito.alerts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * The record of digests sent, one row per user and day. Claiming the row before sending is what keeps
 * the digest to once a day per user even when two nodes or a re-run reach the same user: the insert
 * wins on one of them only; a failed attempt may be claimed again.
 */
@Component
class DigestLog {

    enum Status { SENDING, SENT, FAILED }

    private static final int MAX_ERROR_LENGTH = 500;

    private final JdbcClient jdbc;

    DigestLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** True when this caller may send the user's digest for the day (nobody sent or is sending it). */
    boolean claim(UUID userId, LocalDate day, int alertCount) {
        return jdbc.sql("""
                        insert into alert_digest (user_id, sent_on, alert_count, status, attempted_at)
                        values (:user, :day, :count, 'SENDING', now())
                        on conflict (user_id, sent_on) do update
                           set status = 'SENDING', alert_count = excluded.alert_count,
                               attempted_at = excluded.attempted_at, error = null
                         where alert_digest.status = 'FAILED'
                        """)
                .param("user", userId).param("day", day).param("count", alertCount)
                .update() == 1;
    }

    void sent(UUID userId, LocalDate day) {
        mark(userId, day, Status.SENT, null);
    }

    void failed(UUID userId, LocalDate day, String error) {
        String text = error == null ? "" : error;
        mark(userId, day, Status.FAILED, text.length() > MAX_ERROR_LENGTH ? text.substring(0, MAX_ERROR_LENGTH) : text);
    }

    Optional<Status> status(UUID userId, LocalDate day) {
        return jdbc.sql("select status from alert_digest where user_id = ? and sent_on = ?")
                .params(userId, day)
                .query(String.class).optional().map(Status::valueOf);
    }

    private void mark(UUID userId, LocalDate day, Status status, String error) {
        jdbc.sql("update alert_digest set status = ?, error = ? where user_id = ? and sent_on = ?")
                .params(status.name(), error, userId, day)
                .update();
    }
}
