package cl.circuito.waitinglist.monitoring;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface JudicialActions extends JpaRepository<JudicialAction, UUID> {

    List<JudicialAction> findByEntryIdOrderByOpenedOnDesc(UUID entryId);

    @Query("select j from JudicialAction j where j.entryId = ?1 and j.status <> cl.circuito.waitinglist.monitoring.JudicialActionStatus.RESOLVED")
    Optional<JudicialAction> findUnresolvedByEntry(UUID entryId);
}
