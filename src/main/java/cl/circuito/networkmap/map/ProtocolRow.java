package cl.circuito.networkmap.map;

import java.time.LocalDate;
import java.util.UUID;

/** A protocol as listed: without its document's bytes (only whether it has one). */
public record ProtocolRow(UUID id, long version, String title, String parties, String sectorCode, String sectorName,
                          String versionLabel, ProtocolStatus status, LocalDate agreedOn, LocalDate validFrom,
                          LocalDate validUntil, String notes, String documentName, Integer documentSize,
                          String updatedByName, boolean inForce) {

    public boolean hasDocument() {
        return documentName != null;
    }

    /** Marked in force but past its validity: its status should be updated (expired or under review). */
    public boolean lapsed() {
        return status == ProtocolStatus.IN_FORCE && !inForce;
    }
}
