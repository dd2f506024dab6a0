package cl.circuito.documents.access;

import cl.circuito.children.ChildSearch;
import cl.circuito.shared.security.AccessDenied;
import cl.circuito.shared.security.AccessScope;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Permission;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The national team's search for a child whose access document was asked for (by RUT or name, across the network):
 * names, RUT and birth date only, at most {@value #LIMIT} children. Only the national team searches the whole
 * registry; a program finds its children on its own list.
 */
@Service
@Transactional(readOnly = true)
public class ChildFinder {

    static final int LIMIT = 50;

    /** One child found. */
    public record Found(UUID id, String name, String rut, LocalDate birthDate) {
    }

    private final JdbcClient jdbc;

    ChildFinder(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public static boolean maySearch(Actor actor) {
        return actor.can(Permission.READ_CHILD_RECORDS) && actor.scope() instanceof AccessScope.Nationwide;
    }

    public List<Found> find(Actor actor, String typed) {
        if (!maySearch(actor)) {
            throw new AccessDenied(Permission.READ_CHILD_RECORDS);
        }
        StringBuilder where = new StringBuilder("where true");
        Map<String, Object> params = new HashMap<>();
        if (!ChildSearch.append(where, params, typed)) {
            return List.of();
        }
        String sql = "select c.id, c.given_names || ' ' || c.paternal_surname"
                + " || coalesce(' ' || c.maternal_surname, '') as name, c.rut, c.birth_date from child c "
                + where + " order by c.paternal_surname, c.given_names limit " + LIMIT;
        return jdbc.sql(sql).params(params)
                .query((rs, n) -> new Found(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("rut"),
                        rs.getObject("birth_date", LocalDate.class)))
                .list();
    }
}
