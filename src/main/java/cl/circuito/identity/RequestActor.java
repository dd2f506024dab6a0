package cl.circuito.identity;

import cl.circuito.network.ProgramDirectory;
import cl.circuito.network.ProgramSummary;
import cl.circuito.network.ProgramSummaryReads;
import cl.circuito.shared.security.AccessScope;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.CurrentActor;
import cl.circuito.shared.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The actor behind the current request, loaded once per request from the database (a change of rights applies at
 * once). One statement reads the user and the programs assigned to them, with what the navigation bar and the page
 * name of each: a program's page then costs no statement to find its program. It runs outside any transaction, so a
 * page view does not pay a BEGIN and a COMMIT for it.
 */
@Component
class RequestActor implements CurrentActor {

    private static final String ATTRIBUTE = RequestActor.class.getName();

    private static final String USER_AND_PROGRAMS = "select u.id, u.username, u.full_name, u.role, u.region_code, "
            + "up.program_id, " + ProgramSummaryReads.COLUMNS
            + " from app_user u left join app_user_program up on up.user_id = u.id "
            + ProgramSummaryReads.joinedOn("up.program_id")
            + " where u.id = ? and u.enabled order by ps_p.name, up.program_id";

    private final JdbcClient jdbc;
    private final ProgramDirectory programs;

    RequestActor(JdbcClient jdbc, ProgramDirectory programs) {
        this.jdbc = jdbc;
        this.programs = programs;
    }

    @Override
    public Actor get() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null && request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) instanceof Actor cached) {
            return cached;
        }
        Actor actor = load();
        if (request != null) {
            request.setAttribute(ATTRIBUTE, actor, RequestAttributes.SCOPE_REQUEST);
        }
        return actor;
    }

    /** The actor an API token named, loaded while authenticating: the request need not read the user again. */
    static void remember(Actor actor) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.setAttribute(ATTRIBUTE, actor, RequestAttributes.SCOPE_REQUEST);
        }
    }

    private Actor load() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof CircuitoPrincipal principal)) {
            throw new InsufficientAuthenticationException("No user is logged in");
        }
        List<Row> rows = jdbc.sql(USER_AND_PROGRAMS).param(principal.userId())
                .query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getString("username"),
                        rs.getString("full_name"), Role.valueOf(rs.getString("role")), rs.getString("region_code"),
                        rs.getObject("program_id", UUID.class), ProgramSummaryReads.read(rs).orElse(null)))
                .list();
        if (rows.isEmpty()) {
            throw new InsufficientAuthenticationException("The user no longer exists or is disabled");
        }
        Row user = rows.get(0);
        Set<UUID> programIds = new LinkedHashSet<>();
        List<ProgramSummary> assigned = new ArrayList<>();
        for (Row row : rows) {
            if (row.programId() != null) {
                programIds.add(row.programId());
                if (row.program() != null) {
                    assigned.add(row.program());
                }
            }
        }
        AccessScope scope = User.scopeOf(user.role(), user.regionCode(), programIds);
        if (scope instanceof AccessScope.Programs programScope) {
            programs.known(programScope, assigned);
        }
        return new Actor(user.id(), user.username(), user.fullName(), user.role(), scope);
    }

    private record Row(UUID id, String username, String fullName, Role role, String regionCode, UUID programId,
                       ProgramSummary program) {
    }
}
