package cl.circuito.waitinglist;

import cl.circuito.children.ChildNames;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Two more signals that a child may need a Mesa's case review (issue 18), among a set of programs: a child referred
 * again within 12 months of leaving one of them, and a child on two programs' lists for the same court case (RIT).
 * As {@link SharedChildren}: initials and age only — names, birth dates and the RIT are read to compute them and
 * never leave this class. The caller decides who may see which programs.
 */
@Service
@Transactional(readOnly = true)
public class CaseReviewSignals {

    /** A referral this soon after leaving a program is a return, not a new story. */
    public static final int RETURN_MONTHS = 12;

    /**
     * A child referred again: the open entry ({@code programId}, received on {@code receivedOn}) came within
     * {@value #RETURN_MONTHS} months after the child left {@code leftProgramName} on {@code leftOn} (a list exit other
     * than admission or duplicate, or the close of its care). {@code childId} is never shown.
     */
    public record ReReferral(UUID childId, String initials, Integer age, UUID programId, String programName,
                             String modalityCode, LocalDate receivedOn, UUID leftProgramId, String leftProgramName,
                             LocalDate leftOn) {
    }

    /** A child on two or more programs' lists for the same court case; {@code programs} are the open entries. */
    public record SameCourtCase(UUID childId, String initials, Integer age, List<ChildPrograms.Place> programs) {
    }

    private static final String CHILD = """
            c.given_names, c.paternal_surname, c.maternal_surname, c.birth_date""";

    private static final String RETURNS = """
            with lefts as (
                select e.child_id, e.program_id, e.exited_on as left_on
                  from waiting_list_entry e
                 where e.program_id = any(:programs) and e.status = 'EXITED'
                   and e.exit_reason not in ('ADMITTED', 'DUPLICATE') and e.child_id is not null
                union all
                select a.child_id, a.program_id, a.closed_on
                  from active_case a where a.program_id = any(:programs) and a.closed_on is not null
                   and a.child_id is not null
            )
            select distinct on (n.id) n.id, n.child_id, n.program_id, n.received_on, p.name, p.modality_code,
                   l.program_id as left_program_id, lp.name as left_name, l.left_on,""" + CHILD + """

              from waiting_list_entry n
              join lefts l on l.child_id = n.child_id and n.received_on > l.left_on
                          and n.received_on <= l.left_on + make_interval(months => :months)
              join child c on c.id = n.child_id
              join program p on p.id = n.program_id
              join program lp on lp.id = l.program_id
             where n.program_id = any(:programs) and n.status <> 'EXITED'
             order by n.id, l.left_on desc
             limit :limit""";

    private static final String SAME_CASE = """
            with open_entries as (
                select e.child_id, e.program_id, e.received_on, upper(regexp_replace(e.court_rit, '\\s', '', 'g')) as rit
                  from waiting_list_entry e
                 where e.program_id = any(:programs) and e.status <> 'EXITED'
                   and e.court_rit is not null and btrim(e.court_rit) <> ''
            ), shared as (
                select child_id, rit from open_entries group by child_id, rit
                having count(distinct program_id) >= 2 order by child_id limit :limit
            )
            select o.child_id, o.rit, o.program_id, o.received_on, p.name, p.modality_code, m.name as modality_name,""" + CHILD + """

              from open_entries o join shared s on s.child_id = o.child_id and s.rit = o.rit
              join child c on c.id = o.child_id
              join program p on p.id = o.program_id
              left join modality m on m.code = p.modality_code
             order by o.child_id, o.rit, o.received_on, p.name""";

    private final JdbcClient jdbc;
    private final Clock clock;

    CaseReviewSignals(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Children referred again to one of {@code programIds} within 12 months of leaving one of them; newest first. */
    public List<ReReferral> reReferred(Collection<UUID> programIds) {
        if (programIds.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        List<ReReferral> found = new ArrayList<>(jdbc.sql(RETURNS).param("programs", programIds.toArray(new UUID[0]))
                .param("months", RETURN_MONTHS).param("limit", SharedChildren.LIMIT)
                .query((rs, n) -> new ReReferral(rs.getObject("child_id", UUID.class), initials(rs),
                        ChildNames.age(rs.getObject("birth_date", LocalDate.class), today),
                        rs.getObject("program_id", UUID.class), rs.getString("name"), rs.getString("modality_code"),
                        rs.getObject("received_on", LocalDate.class), rs.getObject("left_program_id", UUID.class),
                        rs.getString("left_name"), rs.getObject("left_on", LocalDate.class)))
                .list());
        found.sort((a, b) -> b.receivedOn().compareTo(a.receivedOn()));
        return found;
    }

    /** Children on two or more of {@code programIds}' lists for the same court case (RIT). One row per child and case. */
    public List<SameCourtCase> sameCourtCase(Collection<UUID> programIds) {
        if (programIds.size() < 2) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        Map<String, SameCourtCase> byCase = new LinkedHashMap<>();
        Map<String, List<ChildPrograms.Place>> places = new LinkedHashMap<>();
        jdbc.sql(SAME_CASE).param("programs", programIds.toArray(new UUID[0])).param("limit", SharedChildren.LIMIT)
                .query(rs -> {
                    UUID child = rs.getObject("child_id", UUID.class);
                    String key = child + "|" + rs.getString("rit");
                    byCase.computeIfAbsent(key, k -> {
                        try {
                            return new SameCourtCase(child, initials(rs),
                                    ChildNames.age(rs.getObject("birth_date", LocalDate.class), today), List.of());
                        } catch (SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    places.computeIfAbsent(key, k -> new ArrayList<>()).add(new ChildPrograms.Place(
                            rs.getObject("program_id", UUID.class), rs.getString("name"), rs.getString("modality_code"),
                            rs.getString("modality_name"), ChildPrograms.State.WAITING,
                            rs.getObject("received_on", LocalDate.class)));
                });
        List<SameCourtCase> found = new ArrayList<>();
        byCase.forEach((key, c) -> found.add(new SameCourtCase(c.childId(), c.initials(), c.age(),
                List.copyOf(places.get(key)))));
        return found;
    }

    private static String initials(ResultSet rs) throws SQLException {
        return ChildNames.initials(SharedChildren.first(rs.getString("given_names")),
                SharedChildren.first(rs.getString("paternal_surname")),
                SharedChildren.first(rs.getString("maternal_surname")));
    }
}
