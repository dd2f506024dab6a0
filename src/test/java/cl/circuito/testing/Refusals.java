package cl.circuito.testing;

import cl.circuito.shared.DomainException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Asserts that a business rule said no, and how: what the pages and the API show the user depends on it. */
public final class Refusals {

    private Refusals() {
    }

    /** {@code change} broke a rule about a value: 422 on {@code field}, with the message {@code key}. */
    public static DomainException invalid(ThrowingCallable change, String field, String key) {
        return refused(change, HttpStatus.UNPROCESSABLE_CONTENT, field, key);
    }

    /** {@code change} does not fit the record's state: 409 on no field, with the message {@code key}. */
    public static DomainException conflict(ThrowingCallable change, String key) {
        return refused(change, HttpStatus.CONFLICT, null, key);
    }

    private static DomainException refused(ThrowingCallable change, HttpStatus status, String field, String key) {
        DomainException refusal = catchThrowableOfType(DomainException.class, change);
        assertThat(refusal).as("refused with %s", key).isNotNull();
        assertThat(refusal.messageKey()).isEqualTo(key);
        assertThat(refusal.field()).isEqualTo(field);
        assertThat(refusal.status()).isEqualTo(status);
        return refusal;
    }
}
