package cl.circuito.mesas.agreements;

import java.util.UUID;

/**
 * How a list of agreements is narrowed: {@code state} is {@code ACTIVE} (open or in progress), {@code CLOSED},
 * one {@link AgreementStatus} by name, or empty for all; the responsible member and the session where agreed.
 */
public record AgreementFilter(String state, UUID memberId, UUID sessionId) {

    public static final String ACTIVE = "ACTIVE";
    public static final String CLOSED = "CLOSED";

    public static AgreementFilter all() {
        return new AgreementFilter(null, null, null);
    }

    /** The statuses the state stands for, or null for every status; an unknown state is ignored. */
    String[] statuses() {
        if (state == null || state.isBlank()) {
            return null;
        }
        if (ACTIVE.equals(state)) {
            return new String[]{AgreementStatus.OPEN.name(), AgreementStatus.IN_PROGRESS.name()};
        }
        if (CLOSED.equals(state)) {
            return new String[]{AgreementStatus.DONE.name(), AgreementStatus.NOT_POSSIBLE.name(),
                    AgreementStatus.NOT_DONE.name(), AgreementStatus.CANCELLED.name()};
        }
        for (AgreementStatus status : AgreementStatus.values()) {
            if (status.name().equals(state)) {
                return new String[]{status.name()};
            }
        }
        return null;
    }
}
