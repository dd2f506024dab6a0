package cl.circuito.mesas.agreements;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface Agreements extends JpaRepository<Agreement, UUID> {

    /** An agreement only within its Mesa. */
    Optional<Agreement> findByIdAndMesaId(UUID id, UUID mesaId);

    /** Open and in-progress agreements of a Mesa, oldest due first (those without a date last). */
    @Query("""
            select a from Agreement a where a.mesaId = ?1
               and a.status in (cl.circuito.mesas.agreements.AgreementStatus.OPEN, cl.circuito.mesas.agreements.AgreementStatus.IN_PROGRESS)
             order by a.dueOn nulls last, a.createdAt""")
    List<Agreement> findOpen(UUID mesaId);

    List<Agreement> findByCaseReviewIdIn(Collection<UUID> caseReviewIds);
}
