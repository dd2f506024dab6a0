package cl.circuito.network;

import java.util.UUID;

/**
 * What the network tells other modules when a record others copy changes: the letters module re-reads the
 * facts of its drafts (an addressee renamed, a program's name, director or contact data).
 */
public final class NetworkEvents {

    private NetworkEvents() {
    }

    /** A program's name, institution data, director or contact data may have changed. */
    public record ProgramChanged(UUID programId) {
    }

    /** A referring body's name, kind or state may have changed. */
    public record ReferrerChanged(UUID referrerId) {
    }
}
