package cl.circuito.shared.privacy;

import cl.circuito.shared.DomainException;
import org.springframework.http.HttpStatus;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The records a person chose to dispose of and the reason written for it, checked once, here: at least one record, at
 * most {@link #MAX_RECORDS}, and a reason (the record of disposal every audit line and the act keep). A
 * {@link DisposableRecords} receives one and need not check it again.
 *
 * @param ids    the chosen records, without repetitions, in the order chosen
 * @param reason the reason, trimmed
 */
public record DisposalChoice(Set<UUID> ids, String reason) {

    public static final int MAX_RECORDS = 500;
    public static final int REASON_MAX = 1000;

    public DisposalChoice {
        Set<UUID> chosen = new LinkedHashSet<>();
        if (ids != null) {
            ids.stream().filter(Objects::nonNull).forEach(chosen::add);
        }
        if (chosen.isEmpty()) {
            throw new Refused("recordIds", "disposal.error.noneChosen");
        }
        if (chosen.size() > MAX_RECORDS) {
            throw new Refused("recordIds", "disposal.error.tooMany", MAX_RECORDS);
        }
        if (reason == null || reason.isBlank()) {
            throw new Refused("reason", "disposal.error.reason");
        }
        reason = reason.strip();
        if (reason.length() > REASON_MAX) {
            throw new Refused("reason", "disposal.error.reasonTooLong", REASON_MAX);
        }
        ids = java.util.Collections.unmodifiableSet(chosen);
    }

    public static DisposalChoice of(Collection<UUID> ids, String reason) {
        return new DisposalChoice(ids == null ? null : new LinkedHashSet<>(ids), reason);
    }

    /** A choice without records or reason: 422 on the field, nothing changed. */
    static final class Refused extends DomainException {

        Refused(String field, String key, Object... args) {
            super(HttpStatus.UNPROCESSABLE_CONTENT, key, field, args);
        }
    }
}
