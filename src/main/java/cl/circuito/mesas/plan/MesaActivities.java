package cl.circuito.mesas.plan;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;
import java.util.UUID;

interface MesaActivities extends JpaRepository<MesaActivity, UUID> {

    /** An activity only within its Mesa. */
    Optional<MesaActivity> findByIdAndMesaId(UUID id, UUID mesaId);
}
