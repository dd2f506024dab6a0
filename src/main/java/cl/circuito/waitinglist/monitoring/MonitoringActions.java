package cl.circuito.waitinglist.monitoring;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

interface MonitoringActions extends JpaRepository<MonitoringAction, UUID> {

    List<MonitoringAction> findByEntryIdOrderByPerformedOnDescRecordedAtDesc(UUID entryId);
}
