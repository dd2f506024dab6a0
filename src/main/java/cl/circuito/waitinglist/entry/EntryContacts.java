package cl.circuito.waitinglist.entry;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.UUID;

interface EntryContacts extends JpaRepository<EntryContact, UUID> {
}
