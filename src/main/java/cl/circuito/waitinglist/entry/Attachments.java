package cl.circuito.waitinglist.entry;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

public interface Attachments extends JpaRepository<Attachment, UUID> {

    List<Attachment> findByEntryIdOrderByUploadedAtAsc(UUID entryId);
}
