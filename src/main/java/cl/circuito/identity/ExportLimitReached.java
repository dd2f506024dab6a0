package cl.circuito.identity;

import cl.circuito.shared.DomainException;
import org.springframework.http.HttpStatus;

import java.time.Duration;

/** Too many bulk exports in the window ({@link ExportQuota}): 429, saying how many and how long to wait. */
class ExportLimitReached extends DomainException {

    ExportLimitReached(int max, Duration window) {
        // As text: a number argument would follow the request's locale.
        super(HttpStatus.TOO_MANY_REQUESTS, "exports.error.limit", null, String.valueOf(max),
                String.valueOf(Math.max(1, window.toMinutes())));
    }
}
