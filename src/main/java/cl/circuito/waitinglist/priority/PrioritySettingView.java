package cl.circuito.waitinglist.priority;

import java.time.Instant;
import java.util.UUID;

/**
 * The instrument and cut a program applies.
 *
 * @param explicit      false: the program has chosen nothing and uses the default instrument and cut
 * @param version       the stored setting's version (for the form), null when not explicit
 * @param newerVersion  the latest version number of the same instrument when the program uses an older one
 */
public record PrioritySettingView(UUID programId, String programName, InstrumentView instrument, int cut,
                                  boolean explicit, Long version, Instant updatedAt, String updatedByName,
                                  Integer newerVersion) {
}
