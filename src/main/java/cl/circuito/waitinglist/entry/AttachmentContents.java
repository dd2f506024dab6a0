package cl.circuito.waitinglist.entry;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.UUID;

public interface AttachmentContents extends JpaRepository<AttachmentContent, UUID> {
}
