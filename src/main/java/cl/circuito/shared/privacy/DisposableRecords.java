package cl.circuito.shared.privacy;

import cl.circuito.shared.security.Actor;
import org.springframework.data.domain.Page;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One kind of record a module keeps about children and can dispose of at the end of its retention
 * ({@link RecordKind#retention()}). The module that owns the records implements it, with its aggregates' own
 * verbs; the retention capability lists what is due for every kind, asks for the reason, keeps the act of disposal
 * and raises the alerts. Nothing is disposed of except through {@link #dispose}, so nothing is disposed of silently.
 *
 * <p>The holder of a kind's records ({@link RecordKind#holder()}) is a program or a Mesa; {@code holderId} is its id.
 */
public interface DisposableRecords {

    RecordKind kind();

    /**
     * How many records are due on {@code today} for each of these holders, only holders with some; one query.
     * Not scoped: callers pass holders the actor may see.
     */
    Map<UUID, Integer> dueCounts(Collection<UUID> holderIds, LocalDate today);

    /**
     * How long this holder keeps the kind, in Spanish, when the holder decides it (a Mesa its cases); empty when the
     * kind's own retention says it all ({@link RetentionTexts}). Not scoped: the caller checked the holder.
     */
    default java.util.Optional<String> retentionAt(UUID holderId) {
        return java.util.Optional.empty();
    }

    /**
     * The records of one holder due on {@code today}, longest due first, after checking the actor may read them
     * (404 otherwise). Reading the list is audited by the caller, not here.
     */
    Page<DueRecord> due(Actor actor, UUID holderId, LocalDate today, int page, int size);

    /**
     * Disposes of exactly the chosen records, all or none, in the caller's transaction: anonymises or deletes each,
     * keeping only what the figures need, and audits each one with the reason (the choice is already checked: some
     * records, a reason). Refuses (a {@code DomainException},
     * 409, on the field {@code recordIds}) a record not yet due or already disposed of, and (404) one not held by
     * this holder; checks the actor may dispose of this kind here (403 otherwise).
     *
     * @return the records disposed of, as the listing showed them before
     */
    List<DueRecord> dispose(Actor actor, UUID holderId, DisposalChoice choice, LocalDate today);
}
