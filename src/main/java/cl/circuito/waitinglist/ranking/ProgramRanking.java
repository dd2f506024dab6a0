package cl.circuito.waitinglist.ranking;

import cl.circuito.waitinglist.entry.EntryTally;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Loads a program's waiting children in one query (the ranking index) and orders them. Not scoped:
 * callers check the actor's scope first (services), or run for the system (monthly plan, estimates).
 */
@Component
public class ProgramRanking {

    private final JdbcClient jdbc;

    ProgramRanking(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<RankedEntry> of(UUID programId) {
        List<Ranking.Candidate> candidates = jdbc.sql("""
                        select id, priority, priority_score, received_on, registered_at, manual_position, manual_position_at
                          from waiting_list_entry
                         where program_id = :programId and status = 'WAITING'
                        """)
                .param("programId", programId)
                .query((rs, n) -> candidate(rs))
                .list();
        return Ranking.order(candidates);
    }

    /**
     * Ranks {@code from} to {@code from + size - 1} (0-based) of the program's ranking, in one statement whatever
     * the list's length: the children placed by hand (a director's few exceptions), the page's slice of the
     * natural order (an index range starting early enough for every hand-placed child landing before the page,
     * and one more for the first row's reason) and how many are in natural order (the program's waiting children
     * from its tallies, {@link EntryTally}, less those placed by hand); {@link Ranking#window} places
     * them. {@code details} reads what the
     * caller shows of each child read (entry {@code e}, child {@code c}, latest estimate {@code estimated_on}, {@code latest_on},
     * {@code estimate_rank}, {@code estimate_free_places}, {@code estimate_basis}),
     * the page's rows and the one just above them.
     */
    public <D> Window<D> window(UUID programId, long from, int size, RowMapper<D> details) {
        List<Ranking.Candidate> manual = new ArrayList<>();
        List<Ranking.Candidate> natural = new ArrayList<>();
        Map<UUID, D> read = new HashMap<>();
        long[] naturalCount = {0};
        jdbc.sql("with " + EntryTally.READ + """
                        , by_hand as (
                            select e.* from waiting_list_entry e
                             where e.program_id = :programId and e.status = 'WAITING' and e.manual_position is not null),
                        natural_order as (
                            select e.* from waiting_list_entry e
                             where e.program_id = :programId and e.status = 'WAITING' and e.manual_position is null
                             order by e.priority nulls last, e.priority_score desc nulls last, e.received_on,
                                      e.registered_at, e.id
                             offset greatest(0, :from - (select count(*) from by_hand) - 1)
                             limit :size + (select count(*) from by_hand) + 1),
                        chosen as (select *, 0 as part from natural_order union all select *, 1 from by_hand)
                        select e.id, e.priority, e.priority_score, e.received_on, e.registered_at, e.manual_position,
                               e.manual_position_at, e.version, e.priority_overridden, e.manual_position_reason,
                               e.manual_position_by_name, c.given_names, c.paternal_surname, c.maternal_surname,
                               c.birth_date, e.part, est.estimated_on, est.latest_on, est.rank as estimate_rank,
                               est.free_places as estimate_free_places, est.basis_kind as estimate_basis,
                               (select coalesce(sum(n), 0) from tally_by_state where status = 'WAITING')
                                 - (select count(*) from by_hand) as natural_count
                          from chosen e join child c on c.id = e.child_id
                          left join lateral (select ae.estimated_on, ae.latest_on, ae.rank, ae.free_places, ae.basis_kind
                                               from admission_estimate ae where ae.entry_id = e.id
                                              order by ae.computed_at desc limit 1) est on true
                        """)
                .param("programId", programId)
                .param("programIds", List.of(programId))
                .param("from", from)
                .param("size", size)
                .query((rs, n) -> {
                    Ranking.Candidate candidate = candidate(rs);
                    (rs.getInt("part") == 0 ? natural : manual).add(candidate);
                    naturalCount[0] = rs.getLong("natural_count");
                    read.put(candidate.entryId(), details.mapRow(rs, n));
                    return candidate;
                })
                .list();
        // The union comes back in no particular order: the natural slice is put back in its order.
        natural.sort(Ranking.NATURAL_ORDER);
        long start = Ranking.sliceStart(from, manual.size()); // as the statement's offset
        List<RankedEntry> ranked = Ranking.window(manual, naturalCount[0], natural, start, from, from + size);
        Map<UUID, RankedEntry> neighbours = new HashMap<>();
        ranked.forEach(r -> neighbours.put(r.entryId(), r));
        // The child just above a page's first row explains it ("after A. B., priority 1"): the slice holds it.
        natural.forEach(c -> neighbours.putIfAbsent(c.entryId(), new RankedEntry(c.entryId(), 0, c.priority(),
                c.score(), c.receivedOn(), null, null, null)));
        return new Window<>(ranked, naturalCount[0] + manual.size(), neighbours, read);
    }

    /**
     * A page of the ranking: its rows in order, how many children the whole ranking has, every ranked child read
     * (the rows and their neighbours) and what the caller read of each.
     */
    public record Window<D>(List<RankedEntry> ranked, long total, Map<UUID, RankedEntry> neighbours, Map<UUID, D> details) {
    }

    private static Ranking.Candidate candidate(ResultSet rs) throws SQLException {
        Timestamp manualAt = rs.getTimestamp("manual_position_at");
        return new Ranking.Candidate(rs.getObject("id", UUID.class),
                (Integer) rs.getObject("priority", Integer.class),
                (Integer) rs.getObject("priority_score", Integer.class),
                rs.getDate("received_on").toLocalDate(),
                rs.getTimestamp("registered_at").toInstant(),
                (Integer) rs.getObject("manual_position", Integer.class),
                manualAt == null ? null : manualAt.toInstant());
    }
}
