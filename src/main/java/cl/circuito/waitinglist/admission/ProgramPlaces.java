package cl.circuito.waitinglist.admission;

import cl.circuito.network.ProgramDirectory;
import cl.circuito.shared.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.UUID;

/**
 * A program's places: agreed capacity, open active cases, admissions scheduled, and what is left. Not scoped:
 * callers (the dashboard, the admission services) check the actor's scope first.
 */
@Component
public class ProgramPlaces {

    /** First key of the program locks: keeps them apart from any other advisory lock of the database. */
    private static final int LOCK_NAMESPACE = 0x41444D31;

    private final JdbcClient jdbc;
    private final ProgramDirectory programs;

    ProgramPlaces(JdbcClient jdbc, ProgramDirectory programs) {
        this.jdbc = jdbc;
        this.programs = programs;
    }

    /** The places of a program now, counted in one query. */
    @Transactional(readOnly = true)
    public Places of(UUID programId) {
        int capacity = programs.find(programId).orElseThrow(() -> new NotFound("program")).agreedCapacity();
        return jdbc.sql("""
                        select (select count(*) from active_case where program_id = :programId and closed_on is null) as active,
                               (select count(*) from waiting_list_entry where program_id = :programId and status = 'SCHEDULED') as scheduled
                        """)
                .param("programId", programId)
                .query((rs, n) -> Places.of(capacity, rs.getInt("active"), rs.getInt("scheduled")))
                .single();
    }

    /**
     * Serialises, until the end of the caller's transaction, everything that takes or counts this program's
     * places: two directors confirming the last place at the same moment queue here, and the second one counts
     * after the first committed. A transaction-scoped PostgreSQL advisory lock: released on commit or rollback.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void lock(UUID programId) {
        jdbc.sql("select pg_advisory_xact_lock(:namespace, :key)")
                .param("namespace", LOCK_NAMESPACE)
                .param("key", programId.hashCode())
                .query((rs, n) -> 1)
                .single();
    }

    /** Places counted under the program's lock, for a use case about to take some. */
    @Transactional(propagation = Propagation.MANDATORY)
    Places lockAndCount(UUID programId) {
        lock(programId);
        return of(programId);
    }
}
