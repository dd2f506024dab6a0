package cl.circuito.implementation.scorecards;

import cl.circuito.mesas.MesaYearFigures;
import cl.circuito.networkmap.ProtocolFigures;
import cl.circuito.shared.NotFound;
import cl.circuito.shared.security.AccessScope;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Permission;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The scorecards of the Mesas an actor monitors: the national team every Mesa (or a region's), the territorial
 * manager her region's. The period is the calendar year, up to today in the current one; Mesas founded after
 * the year are left out of a list, and asking one of them for a year before its founding is an error on the year.
 */
@Service
@Transactional(readOnly = true)
public class Scorecards {

    /** One first year for monitoring and the report: {@link ReportScopes#FIRST_YEAR}, the program's start. */
    public static final int FIRST_YEAR = ReportScopes.FIRST_YEAR;

    /** A region of Chile, for the filter. */
    public record Region(String code, String name) {
    }

    private final MesaYearFigures figures;
    private final ProtocolFigures protocols;
    private final MonitoringThresholds thresholds;
    private final JdbcClient jdbc;
    private final Clock clock;

    Scorecards(MesaYearFigures figures, ProtocolFigures protocols, MonitoringThresholds thresholds, JdbcClient jdbc,
               Clock clock) {
        this.figures = figures;
        this.protocols = protocols;
        this.thresholds = thresholds;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The scorecards of every Mesa in scope, or only those of {@code regionCode} when given (null: all in scope), by
     * region and comuna. Needs {@code MONITOR_IMPLEMENTATION}; years in the future are refused on {@code year}.
     */
    public List<MesaScorecard> scorecards(Actor actor, int year, String regionCode) {
        actor.require(Permission.MONITOR_IMPLEMENTATION);
        checkYear(year);
        String region = regionCode == null || regionCode.isBlank() ? null : regionCode.strip();
        if (region != null && regions().stream().noneMatch(r -> r.code().equals(region))) {
            throw ImplementationRuleViolation.unknown("region", "implementation.error.unknownRegion", region);
        }
        String scoped = scopedRegion(actor);
        if (scoped != null && region != null && !scoped.equals(region)) {
            throw ImplementationRuleViolation.unknown("region", "implementation.error.unknownRegion", region);
        }
        String asked = scoped != null ? scoped : region;
        if (!(actor.scope() instanceof AccessScope.Nationwide) && scoped == null) {
            return List.of();
        }
        LocalDate to = periodEnd(year);
        List<MesaYearFigures.Figures> rows = figures.of(figures.mesasIn(asked), LocalDate.of(year, 1, 1), to).stream()
                .filter(f -> f.foundedOn().getYear() <= year)
                .toList();
        return score(rows, year, to);
    }

    /** One Mesa's scorecard; a Mesa out of scope is not found (404), a year before its founding refused. */
    public MesaScorecard scorecard(Actor actor, UUID mesaId, int year) {
        actor.require(Permission.MONITOR_IMPLEMENTATION);
        checkYear(year);
        LocalDate to = periodEnd(year);
        List<MesaYearFigures.Figures> rows = figures.of(List.of(mesaId), LocalDate.of(Math.max(year, FIRST_YEAR), 1, 1), to);
        String scoped = scopedRegion(actor);
        boolean nationwide = actor.scope() instanceof AccessScope.Nationwide;
        if (rows.isEmpty() || (!nationwide && (scoped == null || !scoped.equals(rows.get(0).regionCode())))) {
            throw new NotFound("mesa");
        }
        if (year < rows.get(0).foundedOn().getYear()) {
            throw ImplementationRuleViolation.invalid("year", "implementation.error.yearBeforeFounding",
                    String.valueOf(rows.get(0).foundedOn().getYear()));
        }
        return score(rows, year, to).get(0);
    }

    /** The regions of Chile in their order, for the filter; the territorial manager's only hers. */
    public List<Region> regions(Actor actor) {
        actor.require(Permission.MONITOR_IMPLEMENTATION);
        String scoped = scopedRegion(actor);
        return regions().stream().filter(r -> scoped == null || r.code().equals(scoped)).toList();
    }

    /** Whether the actor sees every region (and so may filter by one). */
    public boolean nationwide(Actor actor) {
        return actor.scope() instanceof AccessScope.Nationwide;
    }

    public int currentYear() {
        return LocalDate.now(clock).getYear();
    }

    /** December 31st, or today in the current year. */
    public LocalDate periodEnd(int year) {
        LocalDate today = LocalDate.now(clock);
        return year >= today.getYear() ? today : LocalDate.of(year, 12, 31);
    }

    private List<MesaScorecard> score(List<MesaYearFigures.Figures> rows, int year, LocalDate to) {
        Map<IndicatorKind, ThresholdRule> rules = thresholds.current();
        Map<UUID, Integer> inForce = protocols.inForce(rows.stream().map(MesaYearFigures.Figures::mesaId).toList(), to);
        List<MesaScorecard> cards = new ArrayList<>();
        for (MesaYearFigures.Figures f : rows) {
            cards.add(ScorecardRules.score(f, year, inForce.getOrDefault(f.mesaId(), 0), rules));
        }
        return cards;
    }

    private void checkYear(int year) {
        if (year < FIRST_YEAR || year > currentYear()) {
            throw ImplementationRuleViolation.invalid("year", "implementation.error.yearRange", String.valueOf(FIRST_YEAR),
                    String.valueOf(currentYear()));
        }
    }

    private static String scopedRegion(Actor actor) {
        return actor.scope() instanceof AccessScope.Region region ? region.regionCode() : null;
    }

    private List<Region> regions() {
        return jdbc.sql("select code, name from region order by code")
                .query((rs, n) -> new Region(rs.getString("code"), rs.getString("name"))).list();
    }
}
