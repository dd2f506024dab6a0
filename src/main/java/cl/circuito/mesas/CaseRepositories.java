package cl.circuito.mesas;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface PresentationFormats extends JpaRepository<PresentationFormat, UUID> {

    @Query("select f from PresentationFormat f where f.national = true")
    PresentationFormat national();

    /** The national format and the Mesa's own, national first. */
    @Query("select f from PresentationFormat f where f.national = true or f.mesaId = ?1 order by f.national desc, f.name")
    List<PresentationFormat> usableBy(UUID mesaId);
}

interface MesaCases extends JpaRepository<MesaCase, UUID> {

    /** A case only within its Mesa. */
    Optional<MesaCase> findByIdAndMesaId(UUID id, UUID mesaId);
}

interface CaseReviews extends JpaRepository<CaseReview, UUID> {

    @Query("select coalesce(max(r.number), 0) from CaseReview r where r.caseId = ?1")
    int lastNumber(UUID caseId);

    boolean existsByCaseIdAndSessionId(UUID caseId, UUID sessionId);

    List<CaseReview> findByCaseIdOrderByNumber(UUID caseId);

    List<CaseReview> findBySessionIdOrderByCreatedAt(UUID sessionId);
}
