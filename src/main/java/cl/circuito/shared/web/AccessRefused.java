package cl.circuito.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request refused a record or a permission (404 on a record out of the asker's scope, 403), published by each
 * channel's one translation of errors ({@link PageErrors}, {@link ApiErrors}) so that the audit trail keeps it:
 * who (the current actor, when the listener asks), which path, and what was refused ({@code messageKey}, the
 * refusal's own message: "error.notFound.entry", "error.forbidden"). {@code recordId} is the last id in the path,
 * the record asked for, when the path names one.
 */
public record AccessRefused(HttpStatus status, String method, String path, String messageKey, UUID recordId) {

    private static final Pattern ID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    static AccessRefused of(HttpStatus status, HttpServletRequest request, String messageKey) {
        String path = request.getRequestURI();
        UUID recordId = null;
        Matcher ids = ID.matcher(path);
        while (ids.find()) {
            recordId = UUID.fromString(ids.group());
        }
        return new AccessRefused(status, request.getMethod(), path, messageKey, recordId);
    }

    /** Whether this status is a refusal the trail keeps. */
    static boolean kept(HttpStatus status) {
        return status == HttpStatus.FORBIDDEN || status == HttpStatus.NOT_FOUND;
    }

    public Optional<UUID> record() {
        return Optional.ofNullable(recordId);
    }
}
