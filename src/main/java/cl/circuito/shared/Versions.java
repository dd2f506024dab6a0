package cl.circuito.shared;

import org.springframework.http.HttpStatus;

/**
 * The one optimistic-lock rule of every module, on both channels: a change names the version of the record it
 * was based on. A change without one is refused (422 on the field {@code version}) — a check that passes when the
 * version is missing protects nothing — and a stale one means someone changed the record meanwhile (409).
 */
public final class Versions {

    public static final String FIELD = "version";

    private Versions() {
    }

    public static void require(long current, Long expected) {
        require(current, expected, FIELD, "error.concurrentEdit");
    }

    /** @param staleMessageKey the Spanish conflict message that names the record ("esta acción judicial") */
    public static void require(long current, Long expected, String staleMessageKey) {
        require(current, expected, FIELD, staleMessageKey);
    }

    /** For a request that carries a second record's version under another name ({@code previousVersion}). */
    public static void require(long current, Long expected, String field, String staleMessageKey) {
        if (expected == null) {
            throw new Missing(field);
        }
        if (current != expected) {
            throw new Stale(staleMessageKey);
        }
    }

    /**
     * For a record written the first time by the same request that later changes it (a program's settings, a
     * semester's reflection): none saved yet, the request must carry no version (one means someone deleted it
     * meanwhile, 409); saved, it must carry the saved one — without one it is refused like any other change
     * that leaves its version out (422), and a different one is stale (409).
     *
     * @param saved the saved record's version, or null when there is none yet
     */
    public static void requireIfSaved(Long saved, Long expected, String staleMessageKey) {
        if (saved == null) {
            if (expected != null) {
                throw new Stale(staleMessageKey);
            }
            return;
        }
        require(saved, expected, FIELD, staleMessageKey);
    }

    /** For a change that names its record's version in a field of its own ({@code GREEN.version} in a list). */
    public static void requirePresent(Long expected, String field) {
        if (expected == null) {
            throw new Missing(field);
        }
    }

    /** The request did not say which version it was based on. */
    public static final class Missing extends DomainException {
        Missing(String field) {
            super(HttpStatus.UNPROCESSABLE_CONTENT, "error.version.missing", field);
        }
    }

    /** Someone changed the record after the request's author read it. */
    public static final class Stale extends DomainException {
        Stale(String messageKey) {
            super(HttpStatus.CONFLICT, messageKey, null);
        }
    }
}
