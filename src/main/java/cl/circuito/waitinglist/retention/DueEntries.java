package cl.circuito.waitinglist.retention;

import cl.circuito.shared.privacy.RecordKind;
import cl.circuito.children.ChildNames;
import cl.circuito.shared.Paging;
import cl.circuito.waitinglist.EntryStatus;
import cl.circuito.waitinglist.ExitReason;
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
 * Which entries are due for disposal, in SQL. An entry is due once its program has ended (the F-SGC-030 register is
 * kept until then) and the child has left the list — and while nothing about the child is still in course: an active
 * case still open (a child in care) or a judicial action not yet resolved keep their entry — and while a priority
 * guide applied to it is within its own years (I-SGC-01 keeps the guide five years, and disposing of the entry
 * erases the guide's answers). Due since the latest of the program's end, the exit and the guides' end. Not scoped:
 * the caller checked the program is the actor's.
 */
@Component
class DueEntries {

    /** The day the entry's priority guides may go, over e: the last one's date plus their years; null without one. */
    private static final String GUIDES_UNTIL = "(select (max(a.assessed_on) + make_interval(years => "
            + RecordKind.ASSESSMENTS.retention().period().getYears()
            + "))::date from priority_assessment a where a.entry_id = e.id and a.disposed_on is null)";

    /** The rule, over e (the entry) and p (its program). */
    private static final String DUE = "coalesce(" + GUIDES_UNTIL + ", :today) <= :today and " + """
            p.ended_on <= :today and e.status = 'EXITED' and e.disposed_on is null
               and not exists (select 1 from active_case ac where ac.entry_id = e.id and ac.closed_on is null)
               and not exists (select 1 from judicial_action j where j.entry_id = e.id and j.status <> 'RESOLVED')""";

    private static final String COLUMNS = "select " + GUIDES_UNTIL + " as guides_until, " + """
                   e.id, e.status, e.received_on, e.exited_on, e.exit_reason, e.disposed_on, p.ended_on,
                   c.given_names, c.paternal_surname, c.maternal_surname,
                   exists (select 1 from active_case ac where ac.entry_id = e.id and ac.closed_on is null) as case_open,
                   exists (select 1 from judicial_action j where j.entry_id = e.id and j.status <> 'RESOLVED')
                       as judicial_open
              from waiting_list_entry e
              join program p on p.id = e.program_id
              left join child c on c.id = e.child_id
            """;

    private final JdbcClient jdbc;

    DueEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One entry as the listing and the checks see it. */
    record Candidate(UUID id, String childName, EntryStatus status, LocalDate receivedOn, LocalDate exitedOn,
                     ExitReason exitReason, LocalDate programEndedOn, LocalDate disposedOn, boolean caseOpen,
                     boolean judicialActionOpen, LocalDate guidesKeptUntil) {

        /** The latest of the program's end, the exit and the guides' end; null while the end or the exit is to come. */
        LocalDate dueSince() {
            if (programEndedOn == null || exitedOn == null) {
                return null;
            }
            LocalDate since = programEndedOn.isAfter(exitedOn) ? programEndedOn : exitedOn;
            return guidesKeptUntil != null && guidesKeptUntil.isAfter(since) ? guidesKeptUntil : since;
        }
    }

    Map<UUID, Integer> counts(Collection<UUID> programIds, LocalDate today) {
        return DueCounts.perProgram(programIds, () -> jdbc.sql(
                        "select e.program_id, count(*) as due from waiting_list_entry e join program p on p.id = e.program_id"
                                + " where e.program_id in (:programs) and " + DUE + " group by e.program_id")
                .param("programs", programIds)
                .param("today", today));
    }

    /** A page of the program's due entries, longest due first. */
    Page<Candidate> page(UUID programId, LocalDate today, int page, int size) {
        Pageable slice = Paging.of(page, size);
        long[] total = {0};
        List<Candidate> rows = jdbc.sql("select count(*) over () as total, " + COLUMNS.substring("select ".length())
                        + " where e.program_id = :program and " + DUE
                        + " order by greatest(p.ended_on, e.exited_on, " + GUIDES_UNTIL + "), e.exited_on, e.received_on, e.id"
                        + " limit :limit offset :offset")
                .param("program", programId)
                .param("today", today)
                .param("limit", slice.getPageSize())
                .param("offset", slice.getOffset())
                .query((rs, n) -> {
                    total[0] = rs.getLong("total");
                    return candidate(rs);
                })
                .list();
        if (rows.isEmpty() && slice.getOffset() > 0) {
            total[0] = counts(List.of(programId), today).getOrDefault(programId, 0);
        }
        return new PageImpl<>(rows, slice, total[0]);
    }

    /** These entries of the program, due or not (the checks say why not); an entry of another program is absent. */
    List<Candidate> of(UUID programId, Collection<UUID> entryIds) {
        return jdbc.sql(COLUMNS + " where e.program_id = :program and e.id in (:ids)"
                        + " order by greatest(p.ended_on, e.exited_on, " + GUIDES_UNTIL + "), e.exited_on, e.received_on, e.id")
                .param("program", programId)
                .param("ids", entryIds)
                .query((rs, n) -> candidate(rs))
                .list();
    }

    private static Candidate candidate(ResultSet rs) throws SQLException {
        String exit = rs.getString("exit_reason");
        return new Candidate(rs.getObject("id", UUID.class),
                ChildNames.full(rs.getString("given_names"), rs.getString("paternal_surname"),
                        rs.getString("maternal_surname")),
                EntryStatus.valueOf(rs.getString("status")), date(rs, "received_on"), date(rs, "exited_on"),
                exit == null ? null : ExitReason.valueOf(exit), date(rs, "ended_on"), date(rs, "disposed_on"),
                rs.getBoolean("case_open"), rs.getBoolean("judicial_open"), date(rs, "guides_until"));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
