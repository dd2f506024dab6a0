package cl.circuito.waitinglist.ranking;

import cl.circuito.audit.AuditTrail;
import cl.circuito.children.ChildNames;
import cl.circuito.network.ProgramDirectory;
import cl.circuito.network.ProgramSummary;
import cl.circuito.shared.Paging;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Permission;
import cl.circuito.waitinglist.EntryStatus;
import cl.circuito.waitinglist.entry.Deadlines;
import cl.circuito.waitinglist.entry.EntryAccess;
import cl.circuito.waitinglist.entry.Subjects;
import cl.circuito.waitinglist.entry.WaitingListEntry;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A program's ranking (prelación) as people read it, through the asker's scope: each child with its
 * priority, score, time waiting and why it stands there. A page is one query whatever the list's length; a
 * child's place reads the whole ranking (two queries, repeatable read, so both see the same list).
 */
@Service
@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
public class ProgramRankings {

    private final ProgramRanking ranking;
    private final RankingExplanations explanations;
    private final EntryAccess access;
    private final ProgramDirectory programs;
    private final Deadlines deadlines;
    private final AuditTrail audit;
    private final JdbcClient jdbc;

    ProgramRankings(ProgramRanking ranking, RankingExplanations explanations, EntryAccess access,
                    ProgramDirectory programs, Deadlines deadlines, AuditTrail audit, JdbcClient jdbc) {
        this.ranking = ranking;
        this.explanations = explanations;
        this.access = access;
        this.programs = programs;
        this.deadlines = deadlines;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    /**
     * One page of the program's ranking, 1 first. Reading it is audited as a read of the list. One statement,
     * whose cost does not grow with the list ({@link ProgramRanking#window}).
     */
    @Transactional // one statement sees one snapshot: no repeatable read (and its extra round trips) needed
    public Page<RankingRow> ranking(Actor actor, UUID programId, int page, int size) {
        Pageable slice = Paging.of(page, size);
        actor.require(Permission.READ_CHILD_RECORDS);
        ProgramSummary program = programs.get(programId, actor.scope());
        audit.viewed(actor, Subjects.list(program.id()), "ranking.audit.viewed");
        ProgramRanking.Window<Details> window = ranking.window(program.id(), slice.getOffset(), slice.getPageSize(),
                (rs, n) -> details(rs));
        Ordered ordered = new Ordered(window.ranked(), window.neighbours(), window.details(), deadlines.today());
        List<RankingRow> rows = window.ranked().stream().map(ordered::row).toList();
        return new PageImpl<>(rows, slice, window.total());
    }

    /**
     * Where a waiting child stands, for its entry page (whose opening is already audited); empty when the
     * entry is not waiting. Another program's entry is not found.
     */
    public Optional<RankingPlace> placeOf(Actor actor, UUID entryId) {
        actor.require(Permission.READ_CHILD_RECORDS);
        WaitingListEntry entry = access.load(actor, entryId);
        if (entry.status() != EntryStatus.WAITING) {
            return Optional.empty();
        }
        Ordered ordered = load(entry.programId());
        return ordered.ranked().stream()
                .filter(r -> r.entryId().equals(entryId))
                .findFirst()
                .map(r -> new RankingPlace(ordered.row(r), ordered.ranked().size()));
    }

    private Ordered load(UUID programId) {
        List<RankedEntry> ranked = ranking.of(programId);
        Map<UUID, Details> details = new HashMap<>();
        jdbc.sql("""
                        select e.id, e.version, e.priority_overridden, e.manual_position_reason,
                               e.manual_position_by_name, e.manual_position_at,
                               c.given_names, c.paternal_surname, c.maternal_surname, c.birth_date
                          from waiting_list_entry e
                          join child c on c.id = e.child_id
                         where e.program_id = :programId and e.status = 'WAITING'
                        """)
                .param("programId", programId)
                .query((rs, n) -> {
                    Details d = details(rs);
                    details.put(rs.getObject("id", UUID.class), d);
                    return d;
                })
                .list();
        return new Ordered(ranked, ranked.stream().collect(Collectors.toMap(RankedEntry::entryId, Function.identity())),
                details, deadlines.today());
    }

    private static Details details(ResultSet rs) throws SQLException {
        Date birth = rs.getDate("birth_date");
        Timestamp manualAt = rs.getTimestamp("manual_position_at");
        return new Details(rs.getLong("version"), rs.getString("given_names"), rs.getString("paternal_surname"),
                rs.getString("maternal_surname"), birth == null ? null : birth.toLocalDate(),
                rs.getBoolean("priority_overridden"), rs.getString("manual_position_reason"),
                rs.getString("manual_position_by_name"), manualAt == null ? null : manualAt.toInstant());
    }

    private record Details(long version, String givenNames, String paternalSurname, String maternalSurname,
                           LocalDate birthDate, boolean priorityOverridden, String manualReason, String manualBy,
                           Instant manualAt) {

        String fullName() {
            return ChildNames.full(givenNames, paternalSurname, maternalSurname);
        }

        String initials() {
            return ChildNames.initials(givenNames, paternalSurname, maternalSurname);
        }
    }

    private static final Details UNKNOWN = new Details(0, "—", "", null, null, false, null, null, null);

    /** The ordered ranking with what each row needs, so building a row runs no query. */
    private final class Ordered {

        private final List<RankedEntry> ranked;
        private final Map<UUID, RankedEntry> byId;
        private final Map<UUID, Details> details;
        private final LocalDate today;

        Ordered(List<RankedEntry> ranked, Map<UUID, RankedEntry> byId, Map<UUID, Details> details, LocalDate today) {
            this.ranked = ranked;
            this.byId = byId;
            this.details = details;
            this.today = today;
        }

        List<RankedEntry> ranked() {
            return ranked;
        }

        RankingRow row(RankedEntry r) {
            Details d = details.getOrDefault(r.entryId(), UNKNOWN);
            RankedEntry above = r.comparedWith() == null ? null : byId.get(r.comparedWith());
            String aboveInitials = above == null ? null : details.getOrDefault(above.entryId(), UNKNOWN).initials();
            String explanation = explanations.explain(r, above, aboveInitials, d.manualBy(), d.manualReason());
            return new RankingRow(r.entryId(), d.version(), r.rank(), d.fullName(),
                    ChildNames.age(d.birthDate(), today), r.priority(),
                    r.score(), d.priorityOverridden(), r.receivedOn(), ChronoUnit.DAYS.between(r.receivedOn(), today),
                    r.manualPosition(), d.manualReason(), d.manualBy(), d.manualAt(), r.reason(), r.comparedWith(),
                    explanation);
        }
    }
}
