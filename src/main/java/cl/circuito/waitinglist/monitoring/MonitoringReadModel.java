package cl.circuito.waitinglist.monitoring;

import cl.circuito.shared.Paging;
import cl.circuito.waitinglist.EntryStatus;
import cl.circuito.waitinglist.monitoring.MonitoringRows.JudicialActionRow;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Monitoring's read model: one SQL query per list or count, over the monitoring tables, the entries and
 * the children. Not scoped: the services check the actor's scope before calling it.
 */
@Component
public class MonitoringReadModel {

    private static final String CHILD_NAME = """
            c.given_names || ' ' || c.paternal_surname || coalesce(' ' || c.maternal_surname, '') as child_name
            """;

    /**
     * A plan item is done when its child has an action in the plan's month that counts for the plan: any action
     * for a sample, only an in-person interview when the program has a support professional. Needs i (the item),
     * pl (the plan), :from and :to (the month).
     */
    private static final String DONE = """
            exists (select 1 from monitoring_action a
                     where a.entry_id = i.entry_id and a.performed_on between :from and :to
                       and (pl.kind = 'SAMPLE' or a.kind = 'IN_PERSON_INTERVIEW'))""";

    /**
     * The child left the waiting children before the month was over — admitted, another exit, or back under
     * review — so it leaves the month's plan: not planned any more, not pending. One who left after the month's end
     * was on the list all month and still counts. Needs e (the entry) and :to.
     */
    private static final String LEFT = """
            (e.status not in ('WAITING', 'SCHEDULED') and not (e.status = 'EXITED' and e.exited_on > :to))""";

    /**
     * The month's plan as its page lists it: a child counts in the plan while on the list, or when it was monitored
     * in the month before leaving. The header's counts and the rows come from these same predicates.
     */
    enum PlanPart {
        /** Counted in the plan: done, or on the list and pending. */
        PLANNED(" and i.removed_at is null and ((" + DONE + ") or not " + LEFT + ")"),
        /** Left the list during the month without being monitored in it: shown apart, not counted. */
        LEFT_THE_LIST(" and i.removed_at is null and not (" + DONE + ") and " + LEFT),
        /** Taken out of the plan by the director, with a reason. */
        REMOVED(" and i.removed_at is not null");

        private final String where;

        PlanPart(String where) {
            this.where = where;
        }

        /** The part's condition, to append to a where clause over i (the item), pl (the plan) and e (the entry). */
        String where() {
            return where;
        }
    }

    /** Per plan of the month: the children planned and those monitored (removed ones and those who left apart). */
    public static final String PLAN_COUNTS = """
            select pl.program_id, pl.kind,
                   count(i.id) filter (where d.done or not""" + " " + LEFT + """
            ) as planned,
                   count(i.id) filter (where d.done) as done
              from monitoring_plan pl
              left join monitoring_plan_item i on i.plan_id = pl.id and i.removed_at is null
              left join waiting_list_entry e on e.id = i.entry_id
              left join lateral (select""" + " " + DONE + """
             as done) d on true
             where pl.program_id in (:programIds) and pl.month = :from
             group by pl.program_id, pl.kind
            """;

    private final JdbcClient jdbc;

    MonitoringReadModel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The month's plan counts of these programs (never-monitored left at 0); programs without a plan are absent. */
    Map<UUID, MonitoringProgress> planCounts(Collection<UUID> programIds, YearMonth month) {
        Map<UUID, MonitoringProgress> counts = new HashMap<>();
        if (programIds.isEmpty()) {
            return counts;
        }
        jdbc.sql(PLAN_COUNTS)
                .param("programIds", programIds)
                .param("from", month.atDay(1))
                .param("to", month.atEndOfMonth())
                .query((rs, n) -> {
                    UUID programId = rs.getObject("program_id", UUID.class);
                    return counts.put(programId, new MonitoringProgress(programId, month,
                            MonitoringPlanKind.valueOf(rs.getString("kind")), rs.getInt("planned"), rs.getInt("done"), 0));
                })
                .list();
        return counts;
    }

    /** The program's waiting children as the proposal sees them, with their names for the page. */
    List<Candidate> candidates(UUID programId) {
        return jdbc.sql("""
                        select e.id, e.status, e.priority, e.priority_score, e.received_on, e.registered_at,
                               (select max(a.performed_on) from monitoring_action a where a.entry_id = e.id) as last_on,
                        """ + CHILD_NAME + """
                          from waiting_list_entry e join child c on c.id = e.child_id
                         where e.program_id = :programId and e.status = 'WAITING'
                        """)
                .param("programId", programId)
                .query((rs, n) -> new Candidate(new MonitoringSample.Candidate(rs.getObject("id", UUID.class),
                        (Integer) rs.getObject("priority", Integer.class),
                        (Integer) rs.getObject("priority_score", Integer.class), date(rs, "last_on"),
                        rs.getDate("received_on").toLocalDate(), rs.getTimestamp("registered_at").toInstant()),
                        rs.getString("child_name"), EntryStatus.valueOf(rs.getString("status"))))
                .list();
    }

    record Candidate(MonitoringSample.Candidate sample, String childName, EntryStatus status) {
    }

    Page<JudicialActionRow> judicialActions(Collection<UUID> programIds, boolean unresolvedOnly, int page, int size) {
        Pageable slice = Paging.of(page, size);
        Map<String, Object> params = new HashMap<>();
        params.put("programIds", programIds);
        // A judicial action disposed of with its entry names no child any more: not in this list of children.
        String where = " where j.program_id in (:programIds) and j.disposed_on is null"
                + (unresolvedOnly ? " and j.status <> 'RESOLVED'" : "") + "\n";
        long total = jdbc.sql("select count(*) from judicial_action j" + where).params(params).query(Long.class)
                .single();
        params.put("limit", slice.getPageSize());
        params.put("offset", slice.getOffset());
        List<JudicialActionRow> rows = jdbc.sql("""
                        select j.id, j.version, j.entry_id, j.program_id, j.status, j.kind, j.opened_on,
                               j.requested_on, j.answered_on, j.court_answer,
                        """ + CHILD_NAME + """
                          from judicial_action j
                          join waiting_list_entry e on e.id = j.entry_id
                          join child c on c.id = e.child_id
                        """ + where + """
                         order by case when j.status = 'RESOLVED' then 1 else 0 end, j.opened_on, j.id
                         limit :limit offset :offset""")
                .params(params)
                .query((rs, n) -> judicialRow(rs))
                .list();
        return new PageImpl<>(rows, slice, total);
    }

    /** Every unresolved judicial action of these programs, oldest first: the alerts. */
    List<JudicialActionRow> unresolvedJudicialActions(Collection<UUID> programIds) {
        if (programIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select j.id, j.version, j.entry_id, j.program_id, j.status, j.kind, j.opened_on,
                               j.requested_on, j.answered_on, j.court_answer,
                        """ + CHILD_NAME + """
                          from judicial_action j
                          join waiting_list_entry e on e.id = j.entry_id
                          join child c on c.id = e.child_id
                         where j.program_id in (:programIds) and j.status <> 'RESOLVED'
                         order by j.opened_on, j.id
                        """)
                .param("programIds", programIds)
                .query((rs, n) -> judicialRow(rs))
                .list();
    }

    Map<UUID, Integer> openJudicialActions(Collection<UUID> programIds) {
        Map<UUID, Integer> counts = new HashMap<>();
        if (programIds.isEmpty()) {
            return counts;
        }
        jdbc.sql("""
                        select program_id, count(*) as open
                          from judicial_action
                         where program_id in (:programIds) and status <> 'RESOLVED'
                         group by program_id
                        """)
                .param("programIds", programIds)
                .query((rs, n) -> counts.put(rs.getObject("program_id", UUID.class), rs.getInt("open")))
                .list();
        return counts;
    }

    private static JudicialActionRow judicialRow(ResultSet rs) throws SQLException {
        String kind = rs.getString("kind");
        return new JudicialActionRow(rs.getObject("id", UUID.class), rs.getLong("version"),
                rs.getObject("entry_id", UUID.class), rs.getObject("program_id", UUID.class), rs.getString("child_name"),
                JudicialActionStatus.valueOf(rs.getString("status")), kind == null ? null : JudicialActionKind.valueOf(kind),
                rs.getDate("opened_on").toLocalDate(), date(rs, "requested_on"), date(rs, "answered_on"),
                rs.getString("court_answer"));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
