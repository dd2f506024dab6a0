package cl.circuito.retention.disposal;

import cl.circuito.shared.privacy.RecordKind;

import java.util.UUID;

/**
 * The program or Mesa whose records a page lists, as the actor may see it.
 *
 * @param mayDispose whether the actor may dispose of its records: the program's director, the Mesa's co-facilitators
 *                   (each kind checks it again when disposing)
 */
public record RetentionHolder(RecordKind.Holder holder, UUID id, String name, String place, boolean mayDispose) {

    /** The program's id, for the audit's program column; null for a Mesa. */
    UUID programId() {
        return holder == RecordKind.Holder.PROGRAM ? id : null;
    }
}
