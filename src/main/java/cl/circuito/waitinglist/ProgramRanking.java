package cl.circuito.waitinglist;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

/**
 * Loads a program's waiting children in one query (the ranking index) and orders them. Not scoped:
 * callers check the actor's scope first (services), or run for the system (monthly plan, estimates).
 */
@Component
class ProgramRanking {

    private final JdbcClient jdbc;

    ProgramRanking(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<RankedEntry> of(UUID programId) {
        List<Ranking.Candidate> candidates = jdbc.sql("""
                        select id, priority, priority_score, received_on, registered_at, manual_position, manual_position_at
                          from waiting_list_entry
                         where program_id = :programId and status = 'WAITING'
                        """)
                .param("programId", programId)
                .query((rs, n) -> {
                    Timestamp manualAt = rs.getTimestamp("manual_position_at");
                    return new Ranking.Candidate(rs.getObject("id", UUID.class),
                            (Integer) rs.getObject("priority", Integer.class),
                            (Integer) rs.getObject("priority_score", Integer.class),
                            rs.getDate("received_on").toLocalDate(),
                            rs.getTimestamp("registered_at").toInstant(),
                            (Integer) rs.getObject("manual_position", Integer.class),
                            manualAt == null ? null : manualAt.toInstant());
                })
                .list();
        return Ranking.order(candidates);
    }
}
