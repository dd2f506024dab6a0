package cl.circuito.waitinglist.entry;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface WaitingListEntries extends JpaRepository<WaitingListEntry, UUID> {

    /**
     * The entry only if it belongs to one of these programs: scope is part of the query. An entry disposed of is
     * no child's record any more, and is not found either.
     */
    @Query("select e from WaitingListEntry e where e.id = ?1 and e.programId in ?2 and e.disposedOn is null")
    Optional<WaitingListEntry> findInPrograms(UUID id, Collection<UUID> programIds);

    @Query("select e from WaitingListEntry e where e.childId = ?1 and e.status <> cl.circuito.waitinglist.EntryStatus.EXITED")
    List<WaitingListEntry> findOpenByChild(UUID childId);

    @Query("select e from WaitingListEntry e where e.id in ?1")
    List<WaitingListEntry> findAllByIds(Collection<UUID> ids);
}
