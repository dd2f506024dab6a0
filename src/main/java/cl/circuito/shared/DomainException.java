package cl.circuito.shared;

import org.springframework.http.HttpStatus;

/**
 * A business rule said no. Carries the HTTP status the web channels use, a message key of the
 * Spanish bundle, and the field it is about (if any), so both the pages and the API can name the
 * field in their error.
 */
public abstract class DomainException extends RuntimeException {

    private final HttpStatus status;
    private final String messageKey;
    private final String field;
    private final transient Object[] arguments;

    protected DomainException(HttpStatus status, String messageKey, String field, Object... arguments) {
        super(messageKey);
        this.status = status;
        this.messageKey = messageKey;
        this.field = field;
        this.arguments = arguments;
    }

    public HttpStatus status() {
        return status;
    }

    public String messageKey() {
        return messageKey;
    }

    /** The request field this error is about, or null when it concerns the whole request. */
    public String field() {
        return field;
    }

    public Object[] arguments() {
        return arguments;
    }
}
