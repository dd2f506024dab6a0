package cl.circuito.waitinglist.entry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The aggregate tests' referral: received on 10-09-2026, decided by 25-09, looked at on 01-10-2026. Public for the
 * aggregate tests of the capabilities built on the entry (priority), which cannot reach its package-private verbs.
 */
public final class AReferral {

    static final LocalDate RECEIVED = LocalDate.of(2026, 9, 10);
    static final LocalDate DUE = LocalDate.of(2026, 9, 25);
    static final LocalDate TODAY = LocalDate.of(2026, 10, 1);
    static final Instant NOW = Instant.parse("2026-10-01T12:00:00Z");

    private AReferral() {
    }

    public static WaitingListEntry by(Staff director) {
        return WaitingListEntry.register(new WaitingListEntry.Referral(UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), "P-1-2026", null, null, "Motivo", RECEIVED, true), DUE, director,
                Instant.parse("2026-09-10T12:00:00Z"));
    }

    /** The director declares the child eligible on {@code on}: it waits. */
    public static void declareEligible(WaitingListEntry entry, LocalDate on, LocalDate today, Staff director,
                                       Instant now) {
        entry.declareEligible(on, null, today, director, now);
    }
}
