package cl.circuito.waitinglist.admission;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.Optional;
import java.util.UUID;

interface ActiveCases extends JpaRepository<ActiveCase, UUID> {

    /** The case only if it belongs to one of these programs (scope is part of the query) and was not disposed of. */
    @Query("select c from ActiveCase c where c.id = ?1 and c.programId in ?2 and c.disposedOn is null")
    Optional<ActiveCase> findInPrograms(UUID id, Collection<UUID> programIds);

    @Query("select count(c) > 0 from ActiveCase c where c.programId = ?1 and c.childId = ?2 and c.closedOn is null")
    boolean isOpenIn(UUID programId, UUID childId);

    Optional<ActiveCase> findByEntryId(UUID entryId);
}
