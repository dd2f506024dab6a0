package cl.circuito.networkmap.map;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;
import java.util.UUID;

interface ProtocolRepository extends JpaRepository<MesaProtocol, UUID> {

    Optional<MesaProtocol> findByIdAndMesaId(UUID id, UUID mesaId);
}
