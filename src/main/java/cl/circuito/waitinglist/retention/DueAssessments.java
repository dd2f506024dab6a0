package cl.circuito.waitinglist.retention;

import cl.circuito.children.ChildNames;
import cl.circuito.shared.Paging;
import cl.circuito.waitinglist.EntryStatus;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Which priority assessments are due for disposal, in SQL: five years (the period of {@code RecordKind.ASSESSMENTS})
 * after the guide was applied, once the child is no longer waiting (the entry left the list: a waiting child's
 * priority is still the ranking's), and not disposed of yet. An assessment whose entry was disposed of went with it.
 * Not scoped: the caller checked the program is the actor's.
 */
@Component
class DueAssessments {

    /** The day an assessment's retention ends, over a (the assessment) and :years. */
    private static final String DUE_SINCE = "(a.assessed_on + make_interval(years => :years))::date";

    /**
     * The rule, over a and e (its entry). The bound on the date alone (:upTo, a day past today less the period: the
     * 29th of February adds at most one) lets the index cut the range; the day of the retention's end decides.
     */
    private static final String DUE = "a.disposed_on is null and e.status = 'EXITED' and a.assessed_on <= :upTo and "
            + DUE_SINCE + " <= :today";

    private static final String COLUMNS = """
            select a.id, a.assessed_on, a.final_priority, a.disposed_on, e.status,
                   c.given_names, c.paternal_surname, c.maternal_surname,""" + " " + DUE_SINCE + """
             as due_since
              from priority_assessment a
              join waiting_list_entry e on e.id = a.entry_id
              left join child c on c.id = e.child_id
            """;

    private final JdbcClient jdbc;

    DueAssessments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One assessment as the listing and the checks see it. */
    record Candidate(UUID id, String childName, LocalDate assessedOn, int finalPriority, EntryStatus entryStatus,
                     LocalDate disposedOn, LocalDate dueSince) {
    }

    Map<UUID, Integer> counts(Collection<UUID> programIds, int years, LocalDate today) {
        return DueCounts.perProgram(programIds, () -> jdbc.sql("select a.program_id, count(*) as due from priority_assessment a"
                        + " join waiting_list_entry e on e.id = a.entry_id"
                        + " where a.program_id in (:programs) and " + DUE + " group by a.program_id")
                .param("programs", programIds)
                .param("years", years)
                .param("today", today)
                .param("upTo", upTo(years, today)));
    }

    /** A page of the program's due assessments, longest due first. */
    Page<Candidate> page(UUID programId, int years, LocalDate today, int page, int size) {
        Pageable slice = Paging.of(page, size);
        long[] total = {0};
        List<Candidate> rows = jdbc.sql(COLUMNS.replace("select a.id,", "select count(*) over () as total, a.id,")
                        + " where a.program_id = :program and " + DUE
                        + " order by a.assessed_on, a.assessed_at, a.id limit :limit offset :offset")
                .param("program", programId)
                .param("years", years)
                .param("today", today)
                .param("upTo", upTo(years, today))
                .param("limit", slice.getPageSize())
                .param("offset", slice.getOffset())
                .query((rs, n) -> {
                    total[0] = rs.getLong("total");
                    return candidate(rs);
                })
                .list();
        if (rows.isEmpty() && slice.getOffset() > 0) {
            total[0] = counts(List.of(programId), years, today).getOrDefault(programId, 0);
        }
        return new PageImpl<>(rows, slice, total[0]);
    }

    /** These assessments of the program, due or not; one of another program is absent. */
    List<Candidate> of(UUID programId, Collection<UUID> assessmentIds, int years) {
        return jdbc.sql(COLUMNS + " where a.program_id = :program and a.id in (:ids)"
                        + " order by a.assessed_on, a.assessed_at, a.id")
                .param("program", programId)
                .param("ids", assessmentIds)
                .param("years", years)
                .query((rs, n) -> candidate(rs))
                .list();
    }

    private static LocalDate upTo(int years, LocalDate today) {
        return today.minusYears(years).plusDays(1);
    }

    private static Candidate candidate(ResultSet rs) throws SQLException {
        return new Candidate(rs.getObject("id", UUID.class),
                ChildNames.full(rs.getString("given_names"), rs.getString("paternal_surname"),
                        rs.getString("maternal_surname")),
                date(rs, "assessed_on"), rs.getInt("final_priority"), EntryStatus.valueOf(rs.getString("status")),
                date(rs, "disposed_on"), date(rs, "due_since"));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
