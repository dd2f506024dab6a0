package cl.circuito.networkmap.map;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.UUID;

interface NetworkNotes extends JpaRepository<NetworkNote, UUID> {
}
