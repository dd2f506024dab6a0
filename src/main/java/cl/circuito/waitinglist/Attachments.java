package cl.circuito.waitinglist;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

interface Attachments extends JpaRepository<Attachment, UUID> {

    List<Attachment> findByEntryIdOrderByUploadedAtAsc(UUID entryId);
}
