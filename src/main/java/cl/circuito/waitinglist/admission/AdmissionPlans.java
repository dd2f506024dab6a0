package cl.circuito.waitinglist.admission;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.UUID;

interface AdmissionPlans extends JpaRepository<AdmissionPlan, UUID> {
}
