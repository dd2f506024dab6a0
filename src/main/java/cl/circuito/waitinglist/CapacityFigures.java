package cl.circuito.waitinglist;

import cl.circuito.waitinglist.entry.EntryTally;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The figures of the capacity the network needs, for a program, a comuna, a region or the nation, in counts: places,
 * the list now and at each month's end, demand, admissions, other exits and active cases closed per month, and the
 * wait of the children admitted. Two statements whatever the area's size — one for the area and its parts (regions of
 * the nation, comunas of a region, programs of a comuna) with grouping sets, one for its months with generate_series —
 * read from the list's tallies (V34) rather than the list. Active programs only. No child is named; the caller decides
 * who may see which area. {@link CapacityModel} turns the figures into the places needed.
 */
@Service
@Transactional(readOnly = true)
public class CapacityFigures {

    public enum Level {
        NATION, REGION, COMUNA, PROGRAM;

        /** The level of an area's parts: a program is its own only part. */
        public Level parts() {
            return this == PROGRAM ? PROGRAM : values()[ordinal() + 1];
        }
    }

    /** An area: the nation (no code), a region or comuna (its code) or a program (its id). */
    public record Area(Level level, String code) {

        public Area {
            Objects.requireNonNull(level);
            if ((level == Level.NATION) != (code == null)) {
                throw new IllegalArgumentException("Only the nation has no code");
            }
        }

        public static Area nation() {
            return new Area(Level.NATION, null);
        }
    }

    /**
     * One area or part. Flows are over {@link CapacityModel#RATE_MONTHS} complete months: {@code received} referrals,
     * {@code admitted}, {@code otherExits} (left the list without admission: not eligible, withdrawn, …),
     * {@code casesClosed} (active cases closed, which free places). {@code onList} now, of whom {@code underReview}.
     * The waits are of the children admitted from the first of those months to today, receipt → admission in calendar
     * days ({@code admittedForWaits} of them; null when none). {@code targetBusinessDays}: the programs' targets
     * weighted by capacity (their plain mean when no program has places).
     */
    public record Part(String key, String name, int programs, int capacity, double targetBusinessDays, int onList,
                       int underReview, int received, int admitted, int otherExits, int casesClosed,
                       int admittedForWaits, Integer medianWaitDays, Integer p90WaitDays) {

        /** A count of the rate months, per month. */
        public double perMonth(int count) {
            return count / (double) CapacityModel.RATE_MONTHS;
        }

        /** What the model starts from: net demand and exits per month over the rate months. */
        public CapacityModel.Inputs inputs() {
            return new CapacityModel.Inputs(onList,
                    Math.max(0, received - otherExits) / (double) CapacityModel.RATE_MONTHS, capacity,
                    casesClosed / (double) CapacityModel.RATE_MONTHS, CapacityModel.targetMonths(targetBusinessDays));
        }
    }

    /** A month of the history: its flows and the list at its end (for the current month: today). */
    public record Month(YearMonth month, int received, int admitted, int otherExits, int casesClosed, int onListAtEnd) {
    }

    /** {@code rateFrom}–{@code rateTo}: the complete months the rates are taken from. */
    public record Figures(Area area, LocalDate asOf, YearMonth rateFrom, YearMonth rateTo, Part total, List<Part> parts,
                          List<Month> months) {
    }

    /** The months of history shown before the current one. */
    public static final int HISTORY_MONTHS = 12;

    private static final String PROGRAMS = """
            with scope_programs as (
                select p.id, p.agreed_capacity as capacity, %s as part_key, %s as part_name
                  from program p join comuna c on c.code = p.comuna_code join region r on r.code = c.region_code
                 where p.active and %s
            ),""";

    private static final String PARTS = """
            , per_program as (
                select sp.id, sp.part_key, sp.part_name, sp.capacity,
                       coalesce(t.business_days, n.business_days) as target_days,
                       coalesce(l.on_list, 0) as on_list, coalesce(l.under_review, 0) as under_review,
                       coalesce(f.received, 0) as received, coalesce(f.admitted, 0) as admitted,
                       coalesce(f.other_exits, 0) as other_exits, coalesce(k.closed, 0) as closed
                  from scope_programs sp
                 cross join (select business_days from wait_target where program_id is null) n
                  left join wait_target t on t.program_id = sp.id
                  left join (select program_id, sum(n) filter (where status <> 'EXITED') as on_list,
                                    sum(n) filter (where status = 'UNDER_REVIEW') as under_review
                               from tally_by_state group by program_id) l on l.program_id = sp.id
                  left join (select program_id, sum(received) as received, sum(admitted) as admitted,
                                    sum(exited - admitted) as other_exits
                               from tally_by_month where month >= :rateFrom and month < :rateEnd
                              group by program_id) f on f.program_id = sp.id
                  left join (select program_id, count(*) as closed from active_case
                              where program_id in (select id from scope_programs)
                                and closed_on >= :rateFrom and closed_on < :rateEnd
                              group by program_id) k on k.program_id = sp.id
            ), by_part as (
                select grouping(part_key) = 1 as is_total, part_key, part_name, count(*) as programs,
                       coalesce(sum(capacity), 0) as capacity,
                       case when sum(capacity) > 0 then sum(capacity * target_days)::numeric / sum(capacity)
                            else avg(target_days) end as target_days,
                       coalesce(sum(on_list), 0) as on_list, coalesce(sum(under_review), 0) as under_review,
                       coalesce(sum(received), 0) as received, coalesce(sum(admitted), 0) as admitted,
                       coalesce(sum(other_exits), 0) as other_exits, coalesce(sum(closed), 0) as closed
                  from per_program
                 group by grouping sets ((part_key, part_name), ())
            ), waits as (
                select grouping(sp.part_key) = 1 as is_total, sp.part_key, count(*) as n,
                       round(percentile_cont(0.5) within group (order by e.exited_on - e.received_on)) as median_days,
                       round(percentile_cont(0.9) within group (order by e.exited_on - e.received_on)) as p90_days
                  from waiting_list_entry e join scope_programs sp on sp.id = e.program_id
                 where e.exit_reason = 'ADMITTED' and e.exited_on >= :rateFrom and e.exited_on <= :today
                 group by grouping sets ((sp.part_key), ())
            )
            select b.*, coalesce(w.n, 0) as waits_n, w.median_days, w.p90_days,
                   (select business_days from wait_target where program_id is null) as national_target
              from by_part b left join waits w on w.is_total = b.is_total and w.part_key is not distinct from b.part_key
             order by b.is_total desc, b.part_name""";

    private static final String MONTHS = """
            , months as (
                select cast(generate_series(cast(:historyFrom as date), cast(:currentMonth as date), interval '1 month')
                            as date) as month
            ), flow as (
                select month, sum(received) as received, sum(admitted) as admitted, sum(exited) as exited
                  from tally_by_month where month >= :historyFrom group by month
            ), closed as (
                select cast(date_trunc('month', closed_on) as date) as month, count(*) as closed from active_case
                 where program_id in (select id from scope_programs) and closed_on >= :historyFrom
                 group by 1
            ), list_now as (
                select coalesce(sum(n) filter (where status <> 'EXITED'), 0) as on_list from tally_by_state
            )
            select m.month, coalesce(f.received, 0) as received, coalesce(f.admitted, 0) as admitted,
                   coalesce(f.exited, 0) - coalesce(f.admitted, 0) as other_exits, coalesce(c.closed, 0) as closed,
                   -- counted back from today: at a month's end = today's list − received after it + gone after it
                   (select on_list from list_now)
                     - coalesce(sum(coalesce(f.received, 0) - coalesce(f.exited, 0))
                                over (order by m.month desc rows between unbounded preceding and 1 preceding), 0)
                       as on_list_at_end
              from months m left join flow f on f.month = m.month left join closed c on c.month = m.month
             order by m.month""";

    private final JdbcClient jdbc;

    CapacityFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The area's figures as of {@code today}; an area without active programs has zeros. */
    public Figures of(Area area, LocalDate today) {
        YearMonth current = YearMonth.from(today);
        YearMonth rateFrom = current.minusMonths(CapacityModel.RATE_MONTHS);
        YearMonth historyFrom = current.minusMonths(HISTORY_MONTHS);
        String scope = programs(area) + EntryTally.READ.replace("(:programIds)", "(select id from scope_programs)");
        List<Part> rows = jdbc.sql(scope + PARTS)
                .param("code", area.code() == null ? "" : area.code())
                .param("rateFrom", rateFrom.atDay(1))
                .param("rateEnd", current.atDay(1))
                .param("today", today)
                .query(CapacityFigures::part)
                .list();
        List<Month> months = jdbc.sql(scope + MONTHS)
                .param("code", area.code() == null ? "" : area.code())
                .param("historyFrom", historyFrom.atDay(1))
                .param("currentMonth", current.atDay(1))
                .query((rs, n) -> new Month(YearMonth.from(rs.getObject("month", LocalDate.class)),
                        rs.getInt("received"), rs.getInt("admitted"), rs.getInt("other_exits"), rs.getInt("closed"),
                        rs.getInt("on_list_at_end")))
                .list();
        Part total = rows.get(0);
        List<Part> parts = new ArrayList<>(rows.subList(1, rows.size()));
        return new Figures(area, today, rateFrom, current.minusMonths(1), total, parts, months);
    }

    /** The programs counted and what their area's parts are; the code is a parameter, never spliced in. */
    private static String programs(Area area) {
        return switch (area.level()) {
            case NATION -> PROGRAMS.formatted("r.code", "r.name", "true");
            case REGION -> PROGRAMS.formatted("c.code", "c.name", "r.code = :code");
            case COMUNA -> PROGRAMS.formatted("cast(p.id as varchar)", "p.name", "c.code = :code");
            case PROGRAM -> PROGRAMS.formatted("cast(p.id as varchar)", "p.name", "cast(p.id as varchar) = :code");
        };
    }

    private static Part part(ResultSet rs, int n) throws SQLException {
        double target = rs.getObject("target_days") == null ? rs.getInt("national_target")
                : rs.getBigDecimal("target_days").doubleValue();
        return new Part(rs.getString("part_key"), rs.getString("part_name"), rs.getInt("programs"),
                rs.getInt("capacity"), target, rs.getInt("on_list"), rs.getInt("under_review"), rs.getInt("received"),
                rs.getInt("admitted"), rs.getInt("other_exits"), rs.getInt("closed"), rs.getInt("waits_n"),
                rs.getObject("median_days") == null ? null : rs.getBigDecimal("median_days").intValue(),
                rs.getObject("p90_days") == null ? null : rs.getBigDecimal("p90_days").intValue());
    }
}
