package cl.circuito.shared.security;

import java.io.Serializable;
import java.util.Set;
import java.util.UUID;

/**
 * Where a user may see child records: every query about children starts from this.
 */
public sealed interface AccessScope extends Serializable {

    /** The national team: every program. */
    record Nationwide() implements AccessScope {
    }

    /** A territorial manager: the programs whose comuna is in this region. */
    record Region(String regionCode) implements AccessScope {
    }

    /** Program staff: exactly these programs. */
    record Programs(Set<UUID> programIds) implements AccessScope {
        public Programs {
            programIds = Set.copyOf(programIds);
        }
    }

    /** The administrator: no child records at all. */
    record Nothing() implements AccessScope {
    }
}
