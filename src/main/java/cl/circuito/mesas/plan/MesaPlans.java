package cl.circuito.mesas.plan;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface MesaPlans extends JpaRepository<MesaPlan, UUID> {

    /** A plan only within its Mesa. */
    Optional<MesaPlan> findByIdAndMesaId(UUID id, UUID mesaId);

    @Query("select p from MesaPlan p where p.mesaId = ?1 order by p.year desc, p.semester desc nulls first")
    List<MesaPlan> findAllOfMesa(UUID mesaId);

    @Query("""
            select count(p) > 0 from MesaPlan p where p.mesaId = ?1 and p.year = ?2 and p.periodKind = ?3
               and coalesce(p.semester, 0) = coalesce(?4, 0) and p.id <> ?5""")
    boolean existsPeriod(UUID mesaId, int year, PlanPeriod kind, Integer semester, UUID except);
}
