package cl.circuito.networkmap.map;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;
import java.util.UUID;

interface NetworkActors extends JpaRepository<NetworkActor, UUID> {

    /** An actor only within its Mesa: an id from another Mesa is not found. */
    Optional<NetworkActor> findByIdAndMesaId(UUID id, UUID mesaId);
}
