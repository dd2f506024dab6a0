package cl.circuito.shared.web;

import cl.circuito.shared.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.http.ResponseEntity;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import java.util.List;
import java.util.Map;

/**
 * The API channel's one translation of exceptions: RFC 9457 problem details with a Spanish message
 * per field. Never a stack trace.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    private final Messages messages;
    private final org.springframework.context.ApplicationEventPublisher events;

    ApiErrors(Messages messages, org.springframework.context.ApplicationEventPublisher events) {
        this.messages = messages;
        this.events = events;
    }

    /** A record out of scope (404) or a permission lacking (403) is kept in the audit trail (AccessRefused). */
    @ExceptionHandler(DomainException.class)
    ProblemDetail domain(DomainException e, jakarta.servlet.http.HttpServletRequest request) {
        if (AccessRefused.kept(e.status())) {
            events.publishEvent(AccessRefused.of(e.status(), request, e.messageKey()));
        }
        String text = messages.get(e.messageKey(), e.arguments());
        ProblemDetail problem = problem(e.status(), text);
        if (e.field() != null) {
            problem.setProperty("errors", List.of(fieldError(e.field(), text)));
        }
        return problem;
    }

    @ExceptionHandler(BindException.class)
    ProblemDetail invalid(BindException e) {
        List<Map<String, String>> errors = e.getFieldErrors().stream()
                .map(this::describe)
                .toList();
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, messages.get("error.validation"));
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ProblemDetail invalidParameters(HandlerMethodValidationException e) {
        List<Map<String, String>> errors = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> fieldError(result.getMethodParameter().getParameterName(), messages.get(error))))
                .toList();
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, messages.get("error.validation"));
        problem.setProperty("errors", errors);
        return problem;
    }

    /**
     * Malformed JSON, or a value of the wrong shape (a date that is not a date, a date outside 1900–2100, a
     * {@code null} inside a list): 400 naming the field by its label.
     */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        JacksonException jackson = cause(e, JacksonException.class);
        MismatchedInputException mismatch = cause(e, MismatchedInputException.class);
        String field = jackson == null ? null : pathOf(jackson);
        if (field == null) {
            return problem(HttpStatus.BAD_REQUEST, messages.get("error.unreadable"));
        }
        String text = mismatch instanceof InvalidNullException
                ? messages.get("error.nullInList", messages.field(field))
                : messages.typeMismatch(mismatch == null ? null : mismatch.getTargetType(), field);
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, text);
        problem.setProperty("errors", List.of(fieldError(field, text)));
        return problem;
    }

    private static String pathOf(JacksonException e) {
        return e.getPath().stream()
                .map(JacksonException.Reference::getPropertyName)
                .filter(java.util.Objects::nonNull)
                .reduce((a, b) -> a + "." + b)
                .orElse(null);
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    /** A parameter refused by a controller validated as a whole ({@code @Validated}): 422 naming it by its label. */
    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail invalidParameters(ConstraintViolationException e) {
        List<Map<String, String>> errors = e.getConstraintViolations().stream()
                .map(v -> {
                    String field = lastNode(v);
                    return fieldError(field, messages.get(new DefaultMessageSourceResolvable(
                            new String[]{constraintName(v)}, arguments(v, messages.field(field)), v.getMessage())));
                })
                .toList();
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, messages.get("error.validation"));
        problem.setProperty("errors", errors);
        return problem;
    }

    private static String lastNode(ConstraintViolation<?> violation) {
        String name = null;
        for (Path.Node node : violation.getPropertyPath()) {
            name = node.getName();
        }
        return name;
    }

    /** As Spring's validator gives them to a message: the label, then the constraint's attributes by name. */
    private static Object[] arguments(ConstraintViolation<?> violation, String label) {
        List<Object> arguments = new java.util.ArrayList<>();
        arguments.add(label);
        new java.util.TreeMap<>(violation.getConstraintDescriptor().getAttributes()).forEach((name, value) -> {
            if (!name.equals("message") && !name.equals("groups") && !name.equals("payload")) {
                arguments.add(value);
            }
        });
        return arguments.toArray();
    }

    private static String constraintName(ConstraintViolation<?> violation) {
        return violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
    }

    /** The client accepts none of what this address produces (JSON asked of a spreadsheet): 406, nothing to write. */
    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<Void> notAcceptable(HttpMediaTypeNotAcceptableException e) {
        return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE).build();
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        String text = messages.typeMismatch(e.getRequiredType(), e.getName());
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, text);
        problem.setProperty("errors", List.of(fieldError(e.getName(), text)));
        return problem;
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MissingServletRequestPartException.class})
    ProblemDetail missing(Exception e) {
        String name = e instanceof MissingServletRequestParameterException m ? m.getParameterName()
                : ((MissingServletRequestPartException) e).getRequestPartName();
        String text = messages.get("error.missingParameter", messages.field(name));
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, text);
        problem.setProperty("errors", List.of(fieldError(name, text)));
        return problem;
    }

    @ExceptionHandler({ServletRequestBindingException.class, MultipartException.class})
    ProblemDetail badRequest(Exception e) {
        return problem(HttpStatus.BAD_REQUEST, messages.get("error.badRequest"));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
        ProblemDetail problem = problem(HttpStatus.CONTENT_TOO_LARGE, messages.get("error.attachment.tooLarge"));
        problem.setProperty("errors", List.of(fieldError("attachment", messages.get("error.attachment.tooLarge"))));
        return problem;
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail conflict(OptimisticLockingFailureException e) {
        return problem(HttpStatus.CONFLICT, messages.get("error.concurrentEdit"));
    }

    @ExceptionHandler(org.springframework.dao.DataIntegrityViolationException.class)
    ProblemDetail integrity(org.springframework.dao.DataIntegrityViolationException e) {
        return DatabaseRefusals.of(e)
                .map(refusal -> problem(refusal.status(), messages.get(refusal.messageKey())))
                .orElseGet(() -> unexpected(e));
    }

    /** Two transactions waited for each other, or PostgreSQL could not serialise them: the loser may try again. */
    @ExceptionHandler(org.springframework.dao.PessimisticLockingFailureException.class)
    ProblemDetail locked(Exception e) {
        return problem(HttpStatus.CONFLICT, messages.get("error.busy"));
    }

    /** The token's user was disabled or deleted while this request ran. */
    @ExceptionHandler(org.springframework.security.core.AuthenticationException.class)
    ProblemDetail unauthenticated(Exception e) {
        return problem(HttpStatus.UNAUTHORIZED, messages.get("error.unauthorized"));
    }

    @ExceptionHandler(org.springframework.security.access.AccessDeniedException.class)
    ProblemDetail forbidden(Exception e, jakarta.servlet.http.HttpServletRequest request) {
        events.publishEvent(AccessRefused.of(HttpStatus.FORBIDDEN, request, "error.forbidden"));
        return problem(HttpStatus.FORBIDDEN, messages.get("error.forbidden"));
    }

    @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class})
    ProblemDetail notFound(Exception e) {
        return problem(HttpStatus.NOT_FOUND, messages.get("error.notFound"));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ProblemDetail method(HttpRequestMethodNotSupportedException e) {
        return problem(HttpStatus.METHOD_NOT_ALLOWED, messages.get("error.methodNotAllowed"));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ProblemDetail mediaType(HttpMediaTypeNotSupportedException e) {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, messages.get("error.mediaType"));
    }

    /** The client went away mid-response (a closed tab, a load tool stopping): nothing to answer. */
    @ExceptionHandler(org.springframework.web.context.request.async.AsyncRequestNotUsableException.class)
    void clientGone(Exception e) {
        log.debug("Client closed the connection", e);
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        if (NestedExceptionUtils.getMostSpecificCause(e) instanceof java.io.IOException
                && String.valueOf(NestedExceptionUtils.getMostSpecificCause(e).getMessage()).contains("Broken pipe")) {
            log.debug("Client closed the connection", e);
            return null;
        }
        if (Overload.causedBy(e)) {
            log.warn("No database connection came free in time: {}", e.getMessage());
            return problem(HttpStatus.SERVICE_UNAVAILABLE, messages.get("error.overloaded"));
        }
        log.error("Unexpected error on the API", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, messages.get("error.unexpected"));
    }

    private ProblemDetail problem(HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(messages.get("error.title." + status.value()));
        return problem;
    }

    private Map<String, String> describe(FieldError error) {
        return fieldError(error.getField(), messages.get(error));
    }

    private static Map<String, String> fieldError(String field, String message) {
        return Map.of("field", field, "message", message);
    }
}
