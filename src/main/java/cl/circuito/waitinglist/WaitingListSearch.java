package cl.circuito.waitinglist;

import cl.circuito.children.ChildNames;
import cl.circuito.children.ChildSearch;
import cl.circuito.children.Rut;
import cl.circuito.network.ReferrerKind;
import cl.circuito.shared.Paging;
import cl.circuito.waitinglist.entry.Deadline;
import cl.circuito.waitinglist.entry.EntryRow;
import cl.circuito.waitinglist.entry.WaitClock;
import cl.circuito.waitinglist.entry.WaitFilter;
import cl.circuito.waitinglist.entry.EntryTally;
import cl.circuito.waitinglist.entry.ProgramCounts;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * The list's read model: one SQL query over entries, children, referrers and programs, filtered,
 * searched (accents and case ignored; RUT with or without dots) and paginated in the database, so a
 * long list never loads whole.
 */
@Component
class WaitingListSearch {

    // "offset 0" keeps the scope's entries a subquery PostgreSQL plans first: a name search then normalises
    // the names of the program's children only, not of every child in the registry (bench/README.md).
    private static final String FROM = """
             from (select * from waiting_list_entry where program_id in (:programIds) offset 0) e
             join child c on c.id = e.child_id
             join referrer r on r.id = e.referrer_id
             join program p on p.id = e.program_id
            """;

    private final JdbcClient jdbc;

    WaitingListSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param waitFilter  the filter on the wait against the target; other than ANY only for one program, with
     * @param waitCutoffs that program's cutoffs of the day
     */
    record Criteria(Collection<UUID> programIds, ListFilter filter, String query, ListSort sort, LocalDate dueUpTo,
                    WaitFilter waitFilter, WaitClock.Cutoffs waitCutoffs) {

        Criteria(Collection<UUID> programIds, ListFilter filter, String query, ListSort sort, LocalDate dueUpTo) {
            this(programIds, filter, query, sort, dueUpTo, WaitFilter.ANY, null);
        }
    }

    private static final String COLUMNS = """
            select e.id, e.program_id, p.name as program_name, e.status, e.exit_reason, e.received_on,
                   e.admissibility_due_on, c.given_names, c.paternal_surname, c.maternal_surname, c.rut,
                   c.birth_date, r.name as referrer_name, r.kind as referrer_kind, p.comuna_code,
                   e.priority, e.priority_score, e.priority_overridden
            """;

    /**
     * One page and the number of matching entries, in one statement. Without a name search or a sort by name,
     * the page is cut from the entries alone (an index gives the default order), and only its rows are joined
     * to the child, the referrer and the program; the total is counted on the entries' index. The cost of the
     * first page then stays flat as a program's list grows (bench/README.md).
     */
    Page<EntryRow> search(Criteria criteria, int page, int size, LocalDate today,
                          BiFunction<LocalDate, String, Deadline> deadline) {
        Pageable slice = Paging.of(page, size);
        Map<String, Object> params = new HashMap<>();
        // An entry disposed of names no child any more: it is in the counts, never in a list of children.
        StringBuilder where = new StringBuilder(" where e.program_id in (:programIds) and e.disposed_on is null and ")
                .append(criteria.filter().condition);
        params.put("programIds", criteria.programIds());
        if (criteria.waitFilter() != WaitFilter.ANY) {
            where.append(" and ").append(criteria.waitFilter().condition);
            params.put("breachedBefore", criteria.waitCutoffs().breachedBefore());
            params.put("breachingBefore", criteria.waitCutoffs().breachingBefore());
        }
        boolean searching = ChildSearch.append(where, params, criteria.query());
        if (criteria.dueUpTo() != null) {
            where.append(" and e.status = 'UNDER_REVIEW' and e.admissibility_due_on <= :dueUpTo");
            params.put("dueUpTo", criteria.dueUpTo());
        }
        params.put("limit", slice.getPageSize());
        params.put("offset", slice.getOffset());
        String order = " order by " + criteria.sort().orderBy + ", e.id";
        String sql = searching || criteria.sort() == ListSort.NAME
                ? COLUMNS + ", count(*) over () as total" + FROM + where + order + " limit :limit offset :offset"
                : "with page as (select e.* from waiting_list_entry e" + where + order
                        + " limit :limit offset :offset)\n" + COLUMNS
                        + ", (select count(*) from waiting_list_entry e" + where + ") as total"
                        + " from page e join child c on c.id = e.child_id join referrer r on r.id = e.referrer_id"
                        + " join program p on p.id = e.program_id" + order;
        long[] total = {0};
        List<EntryRow> rows = jdbc.sql(sql)
                .params(params)
                .query((rs, n) -> {
                    total[0] = rs.getLong("total");
                    return row(rs, today, deadline);
                })
                .list();
        if (rows.isEmpty() && slice.getOffset() > 0) {
            // Past the last page: only then is the total a statement of its own.
            total[0] = jdbc.sql("select count(*)" + FROM + where).params(params).query(Long.class).single();
        }
        return new PageImpl<>(rows, slice, total[0]);
    }

    /** Open entries of each program: how many await a decision, how many are overdue, how many wait. */
    Map<UUID, ProgramCounts> counts(Collection<UUID> programIds, LocalDate today) {
        Map<UUID, ProgramCounts> counts = new HashMap<>();
        if (programIds.isEmpty()) {
            return counts;
        }
        // Counted from the programs' tallies (EntryTally), the overdue ones on the index of those under review: a
        // national team's day page costs the same with 80,000 children waiting as with 80.
        jdbc.sql("with " + EntryTally.READ + """
                        , overdue as (
                            select program_id, count(*) as overdue
                              from waiting_list_entry
                             where program_id in (:programIds) and status = 'UNDER_REVIEW'
                               and admissibility_due_on < :today
                             group by program_id)
                        select t.program_id,
                               coalesce(sum(t.n) filter (where t.status = 'UNDER_REVIEW'), 0) as under_review,
                               coalesce(min(o.overdue), 0) as overdue,
                               coalesce(sum(t.n) filter (where t.status = 'WAITING'), 0) as waiting
                          from tally_by_state t left join overdue o on o.program_id = t.program_id
                         group by t.program_id
                        """)
                .param("programIds", programIds)
                .param("today", today)
                .query((rs, n) -> counts.put(rs.getObject("program_id", UUID.class),
                        new ProgramCounts(rs.getInt("under_review"), rs.getInt("overdue"), rs.getInt("waiting"))))
                .list();
        return counts;
    }

    private static EntryRow row(ResultSet rs, LocalDate today, BiFunction<LocalDate, String, Deadline> deadline)
            throws SQLException {
        EntryStatus status = EntryStatus.valueOf(rs.getString("status"));
        String exit = rs.getString("exit_reason");
        Date birth = rs.getDate("birth_date");
        String rut = rs.getString("rut");
        String name = ChildNames.full(rs.getString("given_names"), rs.getString("paternal_surname"),
                rs.getString("maternal_surname"));
        UUID programId = rs.getObject("program_id", UUID.class);
        return new EntryRow(rs.getObject("id", UUID.class), programId, rs.getString("program_name"), name,
                ChildNames.age(birth == null ? null : birth.toLocalDate(), today),
                rut == null ? null : Rut.parse(rut).formatted(), rs.getString("referrer_name"),
                ReferrerKind.valueOf(rs.getString("referrer_kind")), rs.getDate("received_on").toLocalDate(), status,
                exit == null ? null : ExitReason.valueOf(exit),
                status == EntryStatus.UNDER_REVIEW
                        ? deadline.apply(rs.getDate("admissibility_due_on").toLocalDate(), rs.getString("comuna_code")) : null,
                rs.getObject("priority", Integer.class), rs.getObject("priority_score", Integer.class),
                rs.getBoolean("priority_overridden"));
    }
}
