package cl.circuito.shared.web;

import cl.circuito.shared.DomainException;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The pages' one translation of exceptions into error pages in Spanish. Forms catch their own
 * field-level errors and re-render with what the user typed; what reaches here is a whole-page error.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrors {

    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

    private final Messages messages;
    private final org.springframework.context.ApplicationEventPublisher events;

    PageErrors(Messages messages, org.springframework.context.ApplicationEventPublisher events) {
        this.messages = messages;
        this.events = events;
    }

    /** A record out of scope (404) or a permission lacking (403) is kept in the audit trail (AccessRefused). */
    @ExceptionHandler(DomainException.class)
    ModelAndView domain(DomainException e, HttpServletResponse response,
                        jakarta.servlet.http.HttpServletRequest request) {
        if (AccessRefused.kept(e.status())) {
            events.publishEvent(AccessRefused.of(e.status(), request, e.messageKey()));
        }
        return page(e.status(), messages.get(e.messageKey(), e.arguments()), response);
    }

    @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class})
    ModelAndView notFound(Exception e, HttpServletResponse response) {
        return page(HttpStatus.NOT_FOUND, messages.get("error.notFound"), response);
    }

    /**
     * A value of the wrong type: in the path it names nothing that exists (404); in the query it is a filter or a
     * month the user can correct, so the page says which one and what it should be (400).
     */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView typeMismatch(MethodArgumentTypeMismatchException e, HttpServletResponse response) {
        if (e.getParameter().hasParameterAnnotation(PathVariable.class)) {
            return notFound(e, response);
        }
        return page(HttpStatus.BAD_REQUEST, messages.typeMismatch(e.getRequiredType(), e.getName()), response);
    }

    /** A malformed request a user can still cause by editing a URL or an old bookmark: 400, never 500. */
    @ExceptionHandler({ServletRequestBindingException.class, MissingServletRequestPartException.class,
            HttpMessageNotReadableException.class, HttpMediaTypeNotSupportedException.class, MultipartException.class})
    ModelAndView badRequest(Exception e, HttpServletResponse response) {
        return page(HttpStatus.BAD_REQUEST, messages.get("error.badRequest"), response);
    }

    /**
     * A form bound without a place to show its errors (a button posting a choice, a hand-made request): the page
     * says what was wrong, by field label.
     */
    @ExceptionHandler(org.springframework.validation.BindException.class)
    ModelAndView invalidForm(org.springframework.validation.BindException e, HttpServletResponse response) {
        String text = e.getAllErrors().stream().map(messages::get).distinct()
                .collect(java.util.stream.Collectors.joining(" "));
        return page(HttpStatus.BAD_REQUEST, text.isBlank() ? messages.get("error.badRequest") : text, response);
    }

    /** A parameter out of its range (a page number, a year): the link was edited by hand. */
    @ExceptionHandler({jakarta.validation.ConstraintViolationException.class,
            org.springframework.web.method.annotation.HandlerMethodValidationException.class})
    ModelAndView invalidParameter(Exception e, HttpServletResponse response) {
        return page(HttpStatus.BAD_REQUEST, messages.get("error.badRequest"), response);
    }

    /** The browser accepts none of what this address produces: 406, nothing to render. */
    @ExceptionHandler(org.springframework.web.HttpMediaTypeNotAcceptableException.class)
    org.springframework.http.ResponseEntity<Void> notAcceptable(Exception e) {
        return org.springframework.http.ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE).build();
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ModelAndView methodNotAllowed(Exception e, HttpServletResponse response) {
        return page(HttpStatus.METHOD_NOT_ALLOWED, messages.get("error.methodNotAllowed"), response);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ModelAndView conflict(OptimisticLockingFailureException e, HttpServletResponse response) {
        return page(HttpStatus.CONFLICT, messages.get("error.concurrentEdit"), response);
    }

    @ExceptionHandler(org.springframework.dao.DataIntegrityViolationException.class)
    ModelAndView integrity(org.springframework.dao.DataIntegrityViolationException e, HttpServletResponse response) {
        return DatabaseRefusals.of(e)
                .map(refusal -> page(refusal.status(), messages.get(refusal.messageKey()), response))
                .orElseGet(() -> unexpected(e, response));
    }

    /** Two transactions waited for each other, or PostgreSQL could not serialise them: the loser may try again. */
    @ExceptionHandler(org.springframework.dao.PessimisticLockingFailureException.class)
    ModelAndView locked(Exception e, HttpServletResponse response) {
        return page(HttpStatus.CONFLICT, messages.get("error.busy"), response);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(MaxUploadSizeExceededException e, HttpServletResponse response) {
        return page(HttpStatus.CONTENT_TOO_LARGE, messages.get("error.attachment.tooLarge"), response);
    }

    /** The account was disabled or deleted while this request ran: to the login page, saying why. */
    @ExceptionHandler(org.springframework.security.core.AuthenticationException.class)
    ModelAndView unauthenticated(Exception e) {
        return new ModelAndView("redirect:/login?disabled");
    }

    @ExceptionHandler(org.springframework.security.access.AccessDeniedException.class)
    ModelAndView forbidden(Exception e, HttpServletResponse response, jakarta.servlet.http.HttpServletRequest request) {
        events.publishEvent(AccessRefused.of(HttpStatus.FORBIDDEN, request, "error.forbidden"));
        return page(HttpStatus.FORBIDDEN, messages.get("error.forbidden"), response);
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception e, HttpServletResponse response) {
        if (Overload.causedBy(e)) {
            log.warn("No database connection came free in time: {}", e.getMessage());
            response.setHeader("Retry-After", "5");
            return page(HttpStatus.SERVICE_UNAVAILABLE, messages.get("error.overloaded"), response);
        }
        log.error("Unexpected error on a page", e);
        return page(HttpStatus.INTERNAL_SERVER_ERROR, messages.get("error.unexpected"), response);
    }

    private static ModelAndView page(HttpStatus status, String message, HttpServletResponse response) {
        response.setStatus(status.value());
        String view = switch (status) {
            case NOT_FOUND -> "error/404";
            case FORBIDDEN -> "error/403";
            case CONFLICT -> "error/409";
            case INTERNAL_SERVER_ERROR, SERVICE_UNAVAILABLE -> "error/5xx";
            default -> "error/4xx";
        };
        ModelAndView mav = new ModelAndView(view);
        mav.setStatus(status);
        mav.addObject("message", message);
        return mav;
    }
}
