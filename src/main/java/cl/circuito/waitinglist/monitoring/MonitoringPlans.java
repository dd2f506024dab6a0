package cl.circuito.waitinglist.monitoring;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface MonitoringPlans extends JpaRepository<MonitoringPlan, UUID> {

    @Query("select p from MonitoringPlan p where p.programId = ?1 and p.firstDay = ?2")
    Optional<MonitoringPlan> findByProgramAndMonth(UUID programId, LocalDate firstDay);

    /** The months whose plan named the entry. */
    @Query("select distinct p from MonitoringPlan p join p.items i where i.entryId = ?1")
    List<MonitoringPlan> findWithEntry(UUID entryId);
}
