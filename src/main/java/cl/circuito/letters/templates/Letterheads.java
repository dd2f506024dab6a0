package cl.circuito.letters.templates;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.UUID;

interface Letterheads extends JpaRepository<Letterhead, UUID> {
}
