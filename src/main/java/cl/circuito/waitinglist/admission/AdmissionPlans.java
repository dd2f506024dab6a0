package cl.circuito.waitinglist.admission;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.UUID;

interface AdmissionPlans extends JpaRepository<AdmissionPlan, UUID> {

    /** The monthly plans that named the entry (proposed or chosen). */
    @Query("select distinct p from AdmissionPlan p join p.items i where i.entryId = ?1")
    List<AdmissionPlan> findWithEntry(UUID entryId);
}
