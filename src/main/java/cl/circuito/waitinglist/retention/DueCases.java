package cl.circuito.waitinglist.retention;

import cl.circuito.children.ChildNames;
import cl.circuito.shared.Paging;
import cl.circuito.waitinglist.admission.CaseCloseReason;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Which active cases registered without an entry (children already in the program when it began using Circuito) are
 * due for disposal, in SQL: the program has ended and the case is closed. A case opened by an admission goes with its
 * entry ({@link DueEntries}). Due since the later of the program's end and the closing. Not scoped: the caller
 * checked the program is the actor's.
 */
@Component
class DueCases {

    /** The rule, over ac (the case) and p (its program). */
    private static final String DUE = """
            ac.entry_id is null and p.ended_on <= :today and ac.closed_on is not null and ac.disposed_on is null""";

    private static final String COLUMNS = """
            select ac.id, ac.admitted_on, ac.closed_on, ac.close_reason, ac.disposed_on, p.ended_on,
                   c.given_names, c.paternal_surname, c.maternal_surname
              from active_case ac
              join program p on p.id = ac.program_id
              left join child c on c.id = ac.child_id
            """;

    private final JdbcClient jdbc;

    DueCases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One case as the listing and the checks see it. */
    record Candidate(UUID id, String childName, LocalDate admittedOn, LocalDate closedOn, CaseCloseReason closeReason,
                     LocalDate programEndedOn, LocalDate disposedOn) {

        /** The later of the program's end and the closing; null while either is to come. */
        LocalDate dueSince() {
            if (programEndedOn == null || closedOn == null) {
                return null;
            }
            return programEndedOn.isAfter(closedOn) ? programEndedOn : closedOn;
        }
    }

    Map<UUID, Integer> counts(Collection<UUID> programIds, LocalDate today) {
        return DueCounts.perProgram(programIds, () -> jdbc.sql(
                        "select ac.program_id, count(*) as due from active_case ac join program p on p.id = ac.program_id"
                                + " where ac.program_id in (:programs) and " + DUE + " group by ac.program_id")
                .param("programs", programIds)
                .param("today", today));
    }

    /** A page of the program's due cases, longest due first. */
    Page<Candidate> page(UUID programId, LocalDate today, int page, int size) {
        Pageable slice = Paging.of(page, size);
        long total = counts(List.of(programId), today).getOrDefault(programId, 0);
        List<Candidate> rows = jdbc.sql(COLUMNS + " where ac.program_id = :program and " + DUE
                        + " order by greatest(p.ended_on, ac.closed_on), ac.closed_on, ac.id limit :limit offset :offset")
                .param("program", programId)
                .param("today", today)
                .param("limit", slice.getPageSize())
                .param("offset", slice.getOffset())
                .query((rs, n) -> candidate(rs))
                .list();
        return new PageImpl<>(rows, slice, total);
    }

    /** These cases of the program registered without an entry, due or not; any other case is absent. */
    List<Candidate> of(UUID programId, Collection<UUID> caseIds) {
        return jdbc.sql(COLUMNS + " where ac.program_id = :program and ac.entry_id is null and ac.id in (:ids)"
                        + " order by ac.closed_on, ac.id")
                .param("program", programId)
                .param("ids", caseIds)
                .query((rs, n) -> candidate(rs))
                .list();
    }

    private static Candidate candidate(ResultSet rs) throws SQLException {
        String reason = rs.getString("close_reason");
        return new Candidate(rs.getObject("id", UUID.class),
                ChildNames.full(rs.getString("given_names"), rs.getString("paternal_surname"),
                        rs.getString("maternal_surname")),
                rs.getObject("admitted_on", LocalDate.class), rs.getObject("closed_on", LocalDate.class),
                reason == null ? null : CaseCloseReason.valueOf(reason), rs.getObject("ended_on", LocalDate.class),
                rs.getObject("disposed_on", LocalDate.class));
    }
}
