package cl.circuito.mesas;

import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Permission;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The Mesa case reviews of a child, by reference only, for the child's access document (Ley 21.719): the Mesa, the
 * session's date, the review's id and the initials and age it was presented with. A case keeps the child's id only
 * when the presenting program picked the child from its own list; the review's content (the answers, the
 * discussion) stays in the Mesa's minutes, and nothing here names the child again.
 */
@Service
@Transactional(readOnly = true)
public class ChildCaseReviews {

    /** One review: which Mesa, which session (number and date), the review's id and how the case was named. */
    public record ReviewReference(UUID reviewId, String mesaName, int sessionNumber, LocalDate sessionOn,
                                  String initials, int age) {
    }

    private final JdbcClient jdbc;

    ChildCaseReviews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ReviewReference> of(Actor actor, UUID childId) {
        actor.require(Permission.READ_CHILD_RECORDS);
        return jdbc.sql("""
                select r.id, m.name, s.number, s.held_on, c.initials, c.age
                  from mesa_case_review r
                  join mesa_case c on c.id = r.case_id
                  join mesa m on m.id = r.mesa_id
                  join mesa_session s on s.id = r.session_id
                 where c.child_id = :child
                 order by s.held_on, r.created_at""").param("child", childId)
                .query((rs, n) -> new ReviewReference(rs.getObject("id", UUID.class), rs.getString("name"),
                        rs.getInt("number"), rs.getObject("held_on", LocalDate.class), rs.getString("initials"),
                        rs.getInt("age")))
                .list();
    }
}
