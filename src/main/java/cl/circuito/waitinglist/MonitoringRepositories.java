package cl.circuito.waitinglist;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface MonitoringActions extends JpaRepository<MonitoringAction, UUID> {

    List<MonitoringAction> findByEntryIdOrderByPerformedOnDescRecordedAtDesc(UUID entryId);
}

interface MonitoringPlans extends JpaRepository<MonitoringPlan, UUID> {

    @Query("select p from MonitoringPlan p where p.programId = ?1 and p.firstDay = ?2")
    Optional<MonitoringPlan> findByProgramAndMonth(UUID programId, LocalDate firstDay);
}

interface JudicialActions extends JpaRepository<JudicialAction, UUID> {

    List<JudicialAction> findByEntryIdOrderByOpenedOnDesc(UUID entryId);

    @Query("select j from JudicialAction j where j.entryId = ?1 and j.status <> cl.circuito.waitinglist.JudicialActionStatus.RESOLVED")
    Optional<JudicialAction> findUnresolvedByEntry(UUID entryId);
}
