package cl.circuito.networkmap;

import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** Forms carry the version they were read at: a stale one means someone changed the record meanwhile (409). */
final class Versions {

    private Versions() {
    }

    static void require(long current, long expected) {
        if (current != expected) {
            throw new ObjectOptimisticLockingFailureException("network record", null);
        }
    }
}
