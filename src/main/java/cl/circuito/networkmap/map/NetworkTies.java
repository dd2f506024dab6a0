package cl.circuito.networkmap.map;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;
import java.util.UUID;

interface NetworkTies extends JpaRepository<NetworkTie, UUID> {

    Optional<NetworkTie> findByIdAndMesaId(UUID id, UUID mesaId);
}
