package cl.circuito.waitinglist.entry;

import cl.circuito.shared.DomainException;
import org.springframework.http.HttpStatus;

import java.util.UUID;

/** The child already has an open entry in this program: the user is sent to it instead. */
public class DuplicateOpenEntry extends DomainException {

    private final UUID existingEntryId;

    DuplicateOpenEntry(UUID existingEntryId) {
        super(HttpStatus.CONFLICT, "error.entry.duplicateOpen", "rut");
        this.existingEntryId = existingEntryId;
    }

    public UUID existingEntryId() {
        return existingEntryId;
    }
}
