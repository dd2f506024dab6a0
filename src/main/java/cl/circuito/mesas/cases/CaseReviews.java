package cl.circuito.mesas.cases;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

interface CaseReviews extends JpaRepository<CaseReview, UUID> {

    @Query("select coalesce(max(r.number), 0) from CaseReview r where r.caseId = ?1")
    int lastNumber(UUID caseId);

    List<CaseReview> findByCaseIdIn(Collection<UUID> caseIds);

    boolean existsByCaseIdAndSessionId(UUID caseId, UUID sessionId);
}
