package cl.circuito.shared;

import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** Forms carry the version they were read at: a stale one means someone changed the record meanwhile (409). */
public final class Versions {

    private Versions() {
    }

    public static void require(long current, long expected) {
        if (current != expected) {
            throw new ObjectOptimisticLockingFailureException("record", null);
        }
    }
}
