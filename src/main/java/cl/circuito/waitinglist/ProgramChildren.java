package cl.circuito.waitinglist;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The children a program works with: on its list (an open entry) or in its care (an open active case). A port
 * for other modules — a Mesa's case review picks a child from its presenting program's children — so that none
 * reads the list's tables. Not scoped: the caller has decided the asker works in the program.
 */
@Component
@Transactional(readOnly = true)
public class ProgramChildren {

    /** How the program knows the child. */
    public enum Source { WAITING, ACTIVE }

    /** A child of the program: on its list since the referral's receipt, or in its care since the admission. */
    public record ProgramChild(UUID childId, Source source, LocalDate since) {
    }

    /** At most this many, the most recent first: a program's list and cases, not a national register. */
    public static final int LIMIT = 5000;

    private final JdbcClient jdbc;

    ProgramChildren(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The program's children, the most recent first; only {@code childId} when it is not null. */
    public List<ProgramChild> of(UUID programId, UUID childId) {
        return jdbc.sql("""
                        select child_id, 'WAITING' as source, received_on as since
                          from waiting_list_entry
                         where program_id = :program and status <> 'EXITED'
                           and (cast(:child as uuid) is null or child_id = cast(:child as uuid))
                        union all
                        select child_id, 'ACTIVE' as source, admitted_on as since
                          from active_case
                         where program_id = :program and closed_on is null
                           and (cast(:child as uuid) is null or child_id = cast(:child as uuid))
                         order by since desc
                         limit :limit""")
                .param("program", programId)
                .param("child", childId)
                .param("limit", LIMIT)
                .query((rs, n) -> new ProgramChild(rs.getObject("child_id", UUID.class),
                        Source.valueOf(rs.getString("source")), rs.getObject("since", LocalDate.class)))
                .list();
    }
}
