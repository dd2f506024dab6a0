package cl.circuito.implementation.scorecards;

import cl.circuito.shared.security.AccessScope;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Permission;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Which report an actor may ask for: the territorial manager only her region's (her region when none is named),
 * the national team the national one (when none is named) or any region's. A region out of scope is not found;
 * a year before the program (2010) or in the future is refused on {@code year}.
 */
@Component
public class ReportScopes {

    /** Programa 24 Horas began in 2010 (minuta, I): no Mesa, nothing to report before. */
    public static final int FIRST_YEAR = 2010;

    private final JdbcClient jdbc;
    private final Clock clock;

    ReportScopes(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public ReportScope resolve(Actor actor, String regionCode) {
        actor.require(Permission.MONITOR_IMPLEMENTATION);
        String asked = regionCode == null || regionCode.isBlank() ? null : regionCode.strip();
        if (actor.scope() instanceof AccessScope.Region own) {
            if (asked != null && !asked.equals(own.regionCode())) {
                throw ImplementationRuleViolation.notFound("report.error.regionNotFound");
            }
            return region(own.regionCode());
        }
        if (!(actor.scope() instanceof AccessScope.Nationwide)) {
            throw ImplementationRuleViolation.notFound("report.error.regionNotFound");
        }
        return asked == null ? ReportScope.national() : region(asked);
    }

    /** The year asked, or the current one; outside 2010..this year a 422 on {@code year}. */
    public int year(Integer year) {
        int current = LocalDate.now(clock).getYear();
        if (year == null) {
            return current;
        }
        if (year < FIRST_YEAR || year > current) {
            throw ImplementationRuleViolation.invalid("year", "report.error.year", String.valueOf(FIRST_YEAR), String.valueOf(current));
        }
        return year;
    }

    /** Whether the actor writes this scope's notes: her own region's, or the national team the national ones. */
    public static boolean writesNotes(Actor actor, ReportScope scope) {
        if (!actor.can(Permission.MONITOR_IMPLEMENTATION)) {
            return false;
        }
        if (actor.scope() instanceof AccessScope.Region own) {
            return own.regionCode().equals(scope.regionCode());
        }
        return actor.scope() instanceof AccessScope.Nationwide && scope.isNational();
    }

    /** The scopes the actor may choose among: her region, or the national report and every region. */
    public java.util.List<ReportScope> choices(Actor actor) {
        if (actor.scope() instanceof AccessScope.Region own) {
            return java.util.List.of(region(own.regionCode()));
        }
        java.util.List<ReportScope> all = new java.util.ArrayList<>();
        all.add(ReportScope.national());
        all.addAll(jdbc.sql("select code, name from region order by code")
                .query((rs, n) -> new ReportScope(rs.getString("code"), rs.getString("name"))).list());
        return all;
    }

    private ReportScope region(String code) {
        String name = jdbc.sql("select name from region where code = :code").param("code", code)
                .query(String.class).optional()
                .orElseThrow(() -> ImplementationRuleViolation.notFound("report.error.regionNotFound"));
        return new ReportScope(code, name);
    }
}
