package cl.circuito.mesas.cases;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;
import java.util.UUID;

interface MesaCases extends JpaRepository<MesaCase, UUID> {

    /** A case only within its Mesa. */
    Optional<MesaCase> findByIdAndMesaId(UUID id, UUID mesaId);
}
