package cl.circuito.waitinglist.importing;

import java.time.Instant;
import java.util.UUID;

/**
 * How far a confirmed import got. Counts are known once it is done: created, already on the list, no longer
 * waiting (left out) and refused rows.
 *
 * @param failure why it stopped, in Spanish, when it failed (nothing was saved)
 */
public record ImportStatus(UUID id, UUID programId, String fileName, String checksum, Phase phase, int totalRows,
                           int checkedRows, Integer created, Integer already, Integer skipped, Integer refused,
                           String failure, String startedByName, Instant startedAt, Instant finishedAt) {

    public enum Phase {
        CHECKING, SAVING, DONE, FAILED;

        public boolean finished() {
            return this == DONE || this == FAILED;
        }

        public boolean isChecking() {
            return this == CHECKING;
        }

        public boolean isDone() {
            return this == DONE;
        }

        public boolean isFailed() {
            return this == FAILED;
        }
    }

    public boolean finished() {
        return phase.finished();
    }

    /** 0–100, for the progress bar: checking is most of the work people wait for; saving shows as full. */
    public int percent() {
        if (phase != Phase.CHECKING) {
            return 100;
        }
        return totalRows == 0 ? 100 : Math.min(100, checkedRows * 100 / totalRows);
    }
}
