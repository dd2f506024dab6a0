package cl.circuito.waitinglist;

import cl.circuito.children.ChildNames;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The children who are at once in two or more of a set of programs (waiting or in care): the over-intervention
 * candidates a Mesa may take up in a case review. A child is named by initials and age only; names and birth
 * dates are read to compute them and never leave this class. The caller decides who may see which programs.
 */
@Service
@Transactional(readOnly = true)
public class SharedChildren {

    /** At most this many children: a comuna with more overlaps than a Mesa can review needs another tool. */
    public static final int LIMIT = 300;

    /**
     * One child in several programs. {@code childId} only serves to offer "present to the Mesa" to a program
     * that already works with the child; it is never shown. {@code overlapSince}: since when the child is in
     * two programs at once (the second earliest "since").
     */
    public record Overlap(UUID childId, String initials, Integer age, List<ChildPrograms.Place> programs,
                          LocalDate overlapSince) {
    }

    private static final String SHARED = """
            with places as (
                select e.child_id, e.program_id, 'WAITING' as state, e.received_on as since
                  from waiting_list_entry e where e.program_id = any(:programs) and e.status <> 'EXITED'
                union all
                select a.child_id, a.program_id, 'ACTIVE' as state, a.admitted_on as since
                  from active_case a where a.program_id = any(:programs) and a.closed_on is null
            ), shared as (
                select child_id from places group by child_id having count(distinct program_id) >= 2
                 order by child_id limit :limit
            )
            select pl.child_id, c.given_names, c.paternal_surname, c.maternal_surname, c.birth_date,
                   pl.program_id, p.name, p.modality_code, m.name as modality_name, pl.state, pl.since
              from places pl join shared s on s.child_id = pl.child_id
              join child c on c.id = pl.child_id
              join program p on p.id = pl.program_id
              left join modality m on m.code = p.modality_code
             order by pl.child_id, pl.since, p.name""";

    private final JdbcClient jdbc;
    private final Clock clock;

    SharedChildren(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The children in two or more of {@code programIds}, the longest overlap first. One query. */
    public List<Overlap> among(Collection<UUID> programIds) {
        if (programIds.size() < 2) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        Map<UUID, Overlap> byChild = new LinkedHashMap<>();
        Map<UUID, Map<UUID, ChildPrograms.Place>> places = new LinkedHashMap<>();
        jdbc.sql(SHARED).param("programs", programIds.toArray(new UUID[0])).param("limit", LIMIT)
                .query(rs -> {
                    UUID child = rs.getObject("child_id", UUID.class);
                    if (!byChild.containsKey(child)) {
                        byChild.put(child, new Overlap(child, ChildNames.initials(first(rs.getString("given_names")),
                                first(rs.getString("paternal_surname")), first(rs.getString("maternal_surname"))),
                                ChildNames.age(rs.getObject("birth_date", LocalDate.class), today), List.of(), null));
                    }
                    ChildPrograms.Place place = new ChildPrograms.Place(rs.getObject("program_id", UUID.class),
                            rs.getString("name"), rs.getString("modality_code"), rs.getString("modality_name"),
                            ChildPrograms.State.valueOf(rs.getString("state")), rs.getObject("since", LocalDate.class));
                    // Waiting again in a program that already cares for the child: the care is what counts.
                    places.computeIfAbsent(child, id -> new LinkedHashMap<>())
                            .merge(place.programId(), place, (a, b) -> a.state() == ChildPrograms.State.ACTIVE ? a : b);
                });
        List<Overlap> overlaps = new ArrayList<>();
        byChild.forEach((child, named) -> {
            List<ChildPrograms.Place> of = places.get(child).values().stream()
                    .sorted(Comparator.comparing(ChildPrograms.Place::since)).toList();
            overlaps.add(new Overlap(child, named.initials(), named.age(), of, of.get(1).since()));
        });
        overlaps.sort(Comparator.comparing(Overlap::overlapSince).thenComparing(Overlap::initials,
                Comparator.nullsLast(Comparator.naturalOrder())));
        return overlaps;
    }

    /** One initial per name part, as the Mesa's cases name children (see mesas.CaseChildren). */
    static String first(String part) {
        if (part == null || part.isBlank()) {
            return null;
        }
        return part.strip().split("\\s+")[0];
    }
}
