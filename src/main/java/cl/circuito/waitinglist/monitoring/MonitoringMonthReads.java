package cl.circuito.waitinglist.monitoring;

import cl.circuito.children.ChildSearch;
import cl.circuito.waitinglist.EntryStatus;
import cl.circuito.waitinglist.ExitReason;
import cl.circuito.waitinglist.entry.EntryTally;
import cl.circuito.waitinglist.monitoring.MonitoringReadModel.PlanPart;
import cl.circuito.waitinglist.monitoring.MonitoringRows.PlannedChild;
import cl.circuito.waitinglist.monitoring.MonitoringRows.WaitingChild;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The monitoring page of one program and month in two queries, whatever the length of the list: the header
 * (counts from the program's tallies, see {@link EntryTally}; the plan) and the rows (a page of the plan or of the proposal, a page of the never monitored, the
 * short lists). The proposal is read in the order of {@link MonitoringSample#ORDER} from an index
 * (entry_monitoring_order_idx), a page at a time, with the first child left out for the reasons. Not scoped:
 * {@link MonitoringQueries} checks the actor's scope first.
 */
@Component
class MonitoringMonthReads {

    /** The proposal's order, as entry_monitoring_order_idx stores it. */
    private static final String SAMPLE_ORDER = """
            e.priority, e.priority_score desc nulls last, e.last_monitored_on nulls first, e.received_on,
            e.registered_at, e.id""";

    private static final String CHILD_NAME = """
            c.given_names || ' ' || c.paternal_surname || coalesce(' ' || c.maternal_surname, '') as child_name""";

    /** The columns every part of the rows query returns, from e (an entry) and i (a plan item, or nulls). */
    private static final String COLUMNS = """
            e.id as entry_id, e.status, e.priority, e.priority_score, e.received_on, e.registered_at,
            e.last_monitored_on as last_on, e.exit_reason, e.exited_on""";

    private final JdbcClient jdbc;

    MonitoringMonthReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The plan of the month as its header shows it. */
    record PlanRow(UUID id, long version, MonitoringPlanKind kind, int waitingAtCreation, int requiredSize,
                   Instant createdAt, String createdByName) {
    }

    /**
     * @param plan null when the month has no plan
     * @param waiting children waiting today (what the sample rule counts)
     */
    record Header(MonitoringProgress progress, PlanRow plan, int waiting, int openJudicialActions) {
    }

    Header header(UUID programId, YearMonth month) {
        return jdbc.sql("with plan_counts as (" + MonitoringReadModel.PLAN_COUNTS + ")," + EntryTally.READ + """
                        select pc.kind, coalesce(pc.planned, 0) as planned, coalesce(pc.done, 0) as done,
                               (select coalesce(sum(n), 0) from tally_by_state
                                 where status in ('WAITING', 'SCHEDULED') and never_monitored) as never,
                               (select coalesce(sum(n), 0) from tally_by_state where status = 'WAITING') as waiting,
                               (select count(*) from judicial_action j
                                 where j.program_id = :programId and j.status <> 'RESOLVED') as open_judicial,
                               pl.id as plan_id, pl.version, pl.kind as plan_kind, pl.waiting_at_creation,
                               pl.required_size, pl.created_at, pl.created_by_name
                          from (values (1)) as one (x)
                          left join plan_counts pc on true
                          left join monitoring_plan pl on pl.program_id = :programId and pl.month = :from
                        """)
                .param("programIds", List.of(programId))
                .param("programId", programId)
                .param("from", month.atDay(1))
                .param("to", month.atEndOfMonth())
                .query((rs, n) -> {
                    String kind = rs.getString("kind");
                    MonitoringProgress progress = new MonitoringProgress(programId, month,
                            kind == null ? null : MonitoringPlanKind.valueOf(kind), rs.getInt("planned"),
                            rs.getInt("done"), rs.getInt("never"));
                    UUID planId = rs.getObject("plan_id", UUID.class);
                    PlanRow plan = planId == null ? null : new PlanRow(planId, rs.getLong("version"),
                            MonitoringPlanKind.valueOf(rs.getString("plan_kind")), rs.getInt("waiting_at_creation"),
                            rs.getInt("required_size"), rs.getTimestamp("created_at").toInstant(),
                            rs.getString("created_by_name"));
                    return new Header(progress, plan, rs.getInt("waiting"), rs.getInt("open_judicial"));
                })
                .single();
    }

    /** Which list of the page a row belongs to. */
    enum Part { PROPOSED, FIRST_LEFT_OUT, PLANNED, LEFT_THE_LIST, REMOVED, NEVER, ADDABLE }

    /** A row and what the sample's order needs beyond what the page shows. */
    private record Row(PlannedChild child, Instant registeredAt) {

        MonitoringSample.Candidate candidate() {
            return new MonitoringSample.Candidate(child.entryId(), child.priority(), child.score(),
                    child.lastMonitoredOn(), child.receivedOn(), registeredAt);
        }

        PlannedChild because(MonitoringPlanReason reason) {
            PlannedChild c = child;
            return new PlannedChild(c.entryId(), c.childName(), c.status(), c.priority(), c.score(), c.receivedOn(),
                    reason, c.lastMonitoredOn(), c.monitoredInMonthOn(), c.removalReason(), c.removedByName(),
                    c.exitReason(), c.exitedOn());
        }
    }

    /** A page's rows, by list, each in its order. */
    record Rows(Map<Part, List<PlannedChild>> children) {

        List<PlannedChild> of(Part part) {
            return children.getOrDefault(part, List.of());
        }

        List<WaitingChild> waiting(Part part) {
            return of(part).stream().map(c -> new WaitingChild(c.entryId(), c.childName(), c.status(), c.priority(),
                    c.score(), c.receivedOn())).toList();
        }
    }

    /**
     * A month without plan: a page of the proposal ({@code required} children in all, in the sample's order; with
     * a support professional every waiting child), the first child left out, and a page of the never monitored.
     */
    Rows proposal(UUID programId, MonitoringPlanKind kind, int required, long offset, int limit, long neverOffset,
                  int neverLimit) {
        Map<String, Object> params = new HashMap<>();
        params.put("programId", programId);
        String sql = part(Part.PROPOSED, slice((int) Math.max(0, Math.min(limit, required - offset)), offset))
                + " union all " + part(Part.FIRST_LEFT_OUT, slice(1, required))
                + " union all " + never(slice(neverLimit, neverOffset))
                + " order by part, seq";
        Map<Part, List<Row>> rows = read(sql, params);
        Row leftOut = rows.getOrDefault(Part.FIRST_LEFT_OUT, List.of()).stream().findFirst().orElse(null);
        Map<Part, List<PlannedChild>> children = children(rows);
        children.put(Part.PROPOSED, rows.getOrDefault(Part.PROPOSED, List.of()).stream()
                .map(row -> row.because(kind == MonitoringPlanKind.ALL_IN_PERSON
                        ? MonitoringPlanReason.EVERY_WAITING_CHILD
                        : MonitoringSample.reason(row.candidate(), leftOut == null ? null : leftOut.candidate())))
                .toList());
        return new Rows(children);
    }

    /**
     * A planned month: a page of the children the plan counts, those who left the list and those removed (at most
     * {@code apart} each), a page of the never monitored and, when the director looks for a child to add, up to
     * {@code addLimit} of the children on the list outside the plan whose name or RUT matches {@code addQuery}.
     */
    Rows plan(UUID programId, UUID planId, YearMonth month, long offset, int limit, int apart, long neverOffset,
              int neverLimit, String addQuery, int addLimit) {
        Map<String, Object> params = new HashMap<>();
        params.put("programId", programId);
        params.put("planId", planId);
        params.put("from", month.atDay(1));
        params.put("to", month.atEndOfMonth());
        String sql = planned(Part.PLANNED, PlanPart.PLANNED, slice(limit, offset))
                + " union all " + planned(Part.LEFT_THE_LIST, PlanPart.LEFT_THE_LIST, slice(apart, 0))
                + " union all " + planned(Part.REMOVED, PlanPart.REMOVED, slice(apart, 0))
                + " union all " + never(slice(neverLimit, neverOffset))
                + addable(addQuery, addLimit, params)
                + " order by part, seq";
        return new Rows(children(read(sql, params)));
    }

    /**
     * A slice of the proposal's order. The slice is cut from the index alone (an index-only scan over the columns
     * of the order, however far the offset), then only its rows are read.
     */
    private static String part(Part part, String slice) {
        return "(select '" + part.name() + "' as part, k.seq, " + COLUMNS + ", null::date as month_on,"
                + " null::text as reason, null::text as removal_reason, null::text as removed_by_name, " + CHILD_NAME
                + " from (select row_number() over (order by " + SAMPLE_ORDER + ") as seq, e.id"
                + " from waiting_list_entry e where e.program_id = :programId and e.status = 'WAITING'"
                + " order by " + SAMPLE_ORDER + " " + slice + ") k"
                + " join waiting_list_entry e on e.id = k.id join child c on c.id = e.child_id)";
    }

    /**
     * Limit and offset written into the statement (integers, never user text): with them as parameters, a prepared
     * statement's generic plan cannot know how few rows are wanted and sorted whole lists (10 ms instead of 2 at
     * 20,000 children). The offset is a long: a page number from a link or a client times the page size overflows
     * an int, and a negative offset is an error of the database, not an empty page.
     */
    private static String slice(int limit, long offset) {
        return "limit " + limit + " offset " + offset;
    }

    private static String never(String slice) {
        return "(select 'NEVER' as part, s.seq, s.entry_id, s.status, s.priority, s.priority_score, s.received_on,"
                + " s.registered_at, s.last_on, s.exit_reason, s.exited_on, null::date, null::text, null::text,"
                + " null::text, " + CHILD_NAME
                + " from (select row_number() over (order by e.received_on, e.id) as seq, e.child_id, " + COLUMNS
                + " from waiting_list_entry e where e.program_id = :programId"
                + " and e.status in ('WAITING', 'SCHEDULED') and e.last_monitored_on is null"
                + " order by e.received_on, e.id " + slice + ") s"
                + " join child c on c.id = s.child_id)";
    }

    private static String planned(Part part, PlanPart which, String slice) {
        return "(select '" + part.name() + "' as part, s.* from (select row_number() over (order by i.position,"
                + " i.entry_id) as seq, " + COLUMNS + ","
                + " (select max(a.performed_on) from monitoring_action a where a.entry_id = i.entry_id"
                + " and a.performed_on between :from and :to"
                + " and (pl.kind = 'SAMPLE' or a.kind = 'IN_PERSON_INTERVIEW')) as month_on,"
                + " i.reason::text, i.removal_reason, i.removed_by_name::text, " + CHILD_NAME
                + " from monitoring_plan_item i join monitoring_plan pl on pl.id = i.plan_id"
                // A left join: a child disposed of since stays in the month's plan and its counts, without a name.
                + " join waiting_list_entry e on e.id = i.entry_id left join child c on c.id = e.child_id"
                + " where i.plan_id = :planId" + which.where()
                + " order by i.position, i.entry_id " + slice + ") s)";
    }

    /**
     * Children on the list outside the plan whose name or RUT matches what the director typed, a few at a time: the
     * whole list is never read to offer a choice (a select of 20,000 names), only the matches, by surname.
     */
    private static String addable(String query, int limit, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" where e.program_id = :programId and e.status in ('WAITING', 'SCHEDULED')"
                + " and not exists (select 1 from monitoring_plan_item i where i.plan_id = :planId"
                + " and i.entry_id = e.id and i.removed_at is null)");
        if (!ChildSearch.append(where, params, query)) {
            return "";
        }
        return " union all (select 'ADDABLE' as part, s.* from (select row_number() over (order by c.paternal_surname,"
                + " c.given_names, e.id) as seq, " + COLUMNS + ", null::date, null::text, null::text, null::text, "
                + CHILD_NAME + " from waiting_list_entry e join child c on c.id = e.child_id" + where
                + " order by c.paternal_surname, c.given_names, e.id " + slice(limit, 0) + ") s)";
    }

    private static Map<Part, List<PlannedChild>> children(Map<Part, List<Row>> rows) {
        Map<Part, List<PlannedChild>> children = new EnumMap<>(Part.class);
        rows.forEach((part, list) -> children.put(part, list.stream().map(Row::child).toList()));
        return children;
    }

    private Map<Part, List<Row>> read(String sql, Map<String, Object> params) {
        Map<Part, List<Row>> rows = new EnumMap<>(Part.class);
        jdbc.sql(sql).params(params).query((ResultSet rs) -> {
            rows.computeIfAbsent(Part.valueOf(rs.getString("part")), p -> new ArrayList<>()).add(row(rs));
        });
        return rows;
    }

    private static Row row(ResultSet rs) throws SQLException {
        String reason = rs.getString("reason");
        String exitReason = rs.getString("exit_reason");
        return new Row(new PlannedChild(rs.getObject("entry_id", UUID.class), rs.getString("child_name"),
                EntryStatus.valueOf(rs.getString("status")), (Integer) rs.getObject("priority", Integer.class),
                (Integer) rs.getObject("priority_score", Integer.class), rs.getDate("received_on").toLocalDate(),
                reason == null ? null : MonitoringPlanReason.valueOf(reason), date(rs, "last_on"),
                date(rs, "month_on"), rs.getString("removal_reason"), rs.getString("removed_by_name"),
                exitReason == null ? null : ExitReason.valueOf(exitReason), date(rs, "exited_on")),
                rs.getTimestamp("registered_at").toInstant());
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
