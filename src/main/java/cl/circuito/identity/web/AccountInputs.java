package cl.circuito.identity.web;

import jakarta.validation.constraints.NotNull;

/**
 * What a user sends about their own account, the same record for "Mi cuenta" ({@code @ModelAttribute}) and the API
 * ({@code @RequestBody}): the names are the API's, so the page's fields carry them too.
 */
final class AccountInputs {

    private AccountInputs() {
    }

    /**
     * Also the API's answer. On the page, an unticked box sends only Spring's field marker ({@code _dailyDigest}),
     * which binds false; a request with neither is refused, as the API refuses a body without it.
     *
     * @param dailyDigest whether the daily e-mail digest is sent (counts per program, never children's data)
     */
    record NotificationPreferences(@NotNull Boolean dailyDigest) {
    }
}
