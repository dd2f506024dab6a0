package cl.circuito.waitinglist;

import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Permission;
import cl.circuito.waitinglist.entry.EntryAccess;
import cl.circuito.waitinglist.entry.WaitingListEntry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The other programs where the child of an entry is waiting or active: program, modality, state and since,
 * nothing else. Whoever may see the entry may see this; what those programs hold about the child (reasons,
 * notes, decisions, contacts) stays theirs, and their entries stay out of reach (404).
 */
@Service
@Transactional(readOnly = true)
public class ChildPrograms {

    /** Where a child is: on the waiting list since receipt, or in care (an open active case) since admission. */
    public enum State { WAITING, ACTIVE }

    public record Place(UUID programId, String programName, String modalityCode, String modalityName, State state,
                        LocalDate since) {
    }

    private static final String PLACES = """
            select p.id, p.name, p.modality_code, m.name as modality_name, x.state, x.since
              from (select e.program_id, 'WAITING' as state, e.received_on as since
                      from waiting_list_entry e where e.child_id = :child and e.status <> 'EXITED'
                    union all
                    select a.program_id, 'ACTIVE' as state, a.admitted_on as since
                      from active_case a where a.child_id = :child and a.closed_on is null) x
              join program p on p.id = x.program_id
              left join modality m on m.code = p.modality_code
             where x.program_id <> :program
             order by x.since, p.name""";

    private final EntryAccess access;
    private final JdbcClient jdbc;

    ChildPrograms(EntryAccess access, JdbcClient jdbc) {
        this.access = access;
        this.jdbc = jdbc;
    }

    /** The child's other programs, for someone who may see this entry; another program's entry is a 404. */
    public List<Place> ofEntry(Actor actor, UUID entryId) {
        actor.require(Permission.READ_CHILD_RECORDS);
        WaitingListEntry entry = access.load(actor, entryId);
        return jdbc.sql(PLACES).param("child", entry.childId()).param("program", entry.programId())
                .query((rs, n) -> new Place(rs.getObject("id", UUID.class), rs.getString("name"),
                        rs.getString("modality_code"), rs.getString("modality_name"),
                        State.valueOf(rs.getString("state")), rs.getObject("since", LocalDate.class)))
                .list();
    }
}
