package cl.circuito.mesas.sessions;

import cl.circuito.mesas.mesa.FirstSessions;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface MesaSessions extends JpaRepository<MesaSession, UUID>, FirstSessions {

    /** A session only within its Mesa. */
    Optional<MesaSession> findByIdAndMesaId(UUID id, UUID mesaId);

    @Query("select s from MesaSession s where s.mesaId = ?1 order by s.heldOn, s.number")
    List<MesaSession> findAllOfMesa(UUID mesaId);

    /**
     * The session held or to be held just before this date (not cancelled): its minutes are read at this one.
     * By date, which is also the numbers' order ({@link SessionSequence}).
     */
    @Query("""
            select s from MesaSession s where s.mesaId = ?1 and s.heldOn < ?2
               and s.status <> cl.circuito.mesas.sessions.SessionStatus.CANCELLED order by s.heldOn desc, s.number desc limit 1""")
    Optional<MesaSession> findPrevious(UUID mesaId, java.time.LocalDate before);

    /** The next session after this date (not cancelled, held or not): the minutes' "próxima sesión". */
    @Query("""
            select s from MesaSession s where s.mesaId = ?1 and s.heldOn > ?2
               and s.status <> cl.circuito.mesas.sessions.SessionStatus.CANCELLED order by s.heldOn, s.number limit 1""")
    Optional<MesaSession> findNext(UUID mesaId, java.time.LocalDate after);

    @Override
    @Query("select min(s.heldOn) from MesaSession s where s.mesaId = ?1 and s.status <> cl.circuito.mesas.sessions.SessionStatus.CANCELLED")
    java.time.LocalDate firstSessionOn(UUID mesaId);
}
