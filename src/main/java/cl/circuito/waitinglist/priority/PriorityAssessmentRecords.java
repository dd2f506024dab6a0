package cl.circuito.waitinglist.priority;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface PriorityAssessmentRecords extends JpaRepository<PriorityAssessment, UUID> {

    Optional<PriorityAssessment> findFirstByEntryIdOrderByAssessedAtDesc(UUID entryId);

    List<PriorityAssessment> findByEntryIdOrderByAssessedAtDesc(UUID entryId);
}
