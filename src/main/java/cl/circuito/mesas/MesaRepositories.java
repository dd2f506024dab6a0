package cl.circuito.mesas;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface Mesas extends JpaRepository<Mesa, UUID> {

    boolean existsByComunaCode(String comunaCode);
}

interface MesaMembers extends JpaRepository<MesaMember, UUID> {

    /** A member only within its Mesa: an id from another Mesa is not found. */
    Optional<MesaMember> findByIdAndMesaId(UUID id, UUID mesaId);

    @Query("select m from MesaMember m where m.mesaId = ?1 order by m.leftOn nulls first, m.coFacilitator desc, m.participation, m.name")
    List<MesaMember> findAllOfMesa(UUID mesaId);

    @Query("select m from MesaMember m where m.mesaId = ?1 and m.leftOn is null order by m.coFacilitator desc, m.participation, m.name")
    List<MesaMember> findCurrent(UUID mesaId);
}

interface MesaSessions extends JpaRepository<MesaSession, UUID> {

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
               and s.status <> cl.circuito.mesas.SessionStatus.CANCELLED order by s.heldOn desc, s.number desc limit 1""")
    Optional<MesaSession> findPrevious(UUID mesaId, java.time.LocalDate before);

    /** The next session after this date (not cancelled, held or not): the minutes' "próxima sesión". */
    @Query("""
            select s from MesaSession s where s.mesaId = ?1 and s.heldOn > ?2
               and s.status <> cl.circuito.mesas.SessionStatus.CANCELLED order by s.heldOn, s.number limit 1""")
    Optional<MesaSession> findNext(UUID mesaId, java.time.LocalDate after);

    @Query("select min(s.heldOn) from MesaSession s where s.mesaId = ?1 and s.status <> cl.circuito.mesas.SessionStatus.CANCELLED")
    java.time.LocalDate firstSessionOn(UUID mesaId);
}

interface Agreements extends JpaRepository<Agreement, UUID> {

    /** An agreement only within its Mesa. */
    Optional<Agreement> findByIdAndMesaId(UUID id, UUID mesaId);

    /** Open and in-progress agreements of a Mesa, oldest due first (those without a date last). */
    @Query("""
            select a from Agreement a where a.mesaId = ?1
               and a.status in (cl.circuito.mesas.AgreementStatus.OPEN, cl.circuito.mesas.AgreementStatus.IN_PROGRESS)
             order by a.dueOn nulls last, a.createdAt""")
    List<Agreement> findOpen(UUID mesaId);

    List<Agreement> findBySessionIdOrderByCreatedAt(UUID sessionId);

    List<Agreement> findByCaseReviewIdIn(Collection<UUID> caseReviewIds);
}
