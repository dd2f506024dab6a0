package cl.circuito.shared.web;

import cl.circuito.shared.DomainException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * The one way a page form runs its use case. A form that does not bind or validate is shown again with its errors
 * (400); a rule's refusal about a value is shown next to its field, or on the whole form when the form has no such
 * field, with what the user typed and the refusal's status (422, or 409 for a value taken); a record out of reach
 * (404), a missing right (403) and a stale form (409 on the whole record) are whole-page errors ({@link PageErrors}).
 *
 * <p>{@link #tried} and {@link #attempted} run the common case; {@link #of} starts a run a page adjusts: the status
 * of an invalid form, the service's field names, a page of many forms that shows a stale one in place
 * ({@link #staleOnThePage}), a refusal the page answers in its own way as well ({@link #on}), and POST-redirect-GET
 * ({@link #redirect}). {@link #oneOf} runs a form of a page that holds many forms of one kind. Nothing else in the web
 * layer catches a {@link DomainException} or reads its field or message key ({@code FormRunnerTests}).
 */
public final class FormSubmit {

    private final BindingResult result;
    private final HttpServletResponse response;
    private HttpStatus invalid = HttpStatus.BAD_REQUEST;
    private boolean staleOnThePage;
    private Map<String, String> fieldNames = Map.of();
    private final List<Answer<?>> answers = new ArrayList<>();
    private Runnable failed = () -> {
    };

    private FormSubmit(BindingResult result, HttpServletResponse response) {
        this.result = result;
        this.response = response;
    }

    /** @return true when the change was made; false when the page must be shown again with the errors */
    public static boolean tried(BindingResult result, HttpServletResponse response, Runnable change) {
        return of(result, response).run(change);
    }

    /** As {@link #tried}, keeping what the change returns (the session scheduled, to go to it). */
    public static <T> Optional<T> attempted(BindingResult result, HttpServletResponse response, Supplier<T> change) {
        return of(result, response).attempt(change);
    }

    /** A run to adjust before {@link #run}, {@link #attempt} or {@link #redirect}. */
    public static FormSubmit of(BindingResult result, HttpServletResponse response) {
        return new FormSubmit(result, response);
    }

    /**
     * A form of a page that holds many forms of one kind (one per agenda item, per agreement, per row): a refusal is
     * kept in the model as {@code failure} ({@link FormFailure}: which form, for which record, what was typed, the
     * errors by field) and its message as {@code error}, so the page shows that one form again as typed and the
     * others as they were. The page is read again to show it, so a stale form is said there too; a form that does
     * not bind or validate answers 422, as these pages always have.
     */
    public static FormSubmit oneOf(String form, UUID target, BindingResult result, HttpServletResponse response,
                                   Model model, Messages messages) {
        FormSubmit submit = of(result, response).invalidAs(HttpStatus.UNPROCESSABLE_CONTENT).staleOnThePage();
        submit.failed = () -> {
            FormFailure failure = FormFailure.of(form, target, result, messages);
            model.addAttribute("failure", failure);
            model.addAttribute("error", failure.global());
        };
        return submit;
    }

    /**
     * Where the refusal of a form that binds no object of its own is kept (a button that sends a version, a filter's
     * month): it is said on the form as a whole ({@code messages.get(errors.getGlobalError())}).
     */
    public static BindingResult errorsOf(String form) {
        return errorsOf(form, Map.of());
    }

    /** As {@link #errorsOf(String)}, keeping what was chosen, to show it again ({@link FormFailure#typed}). */
    public static BindingResult errorsOf(String form, Map<String, ?> typed) {
        return new MapBindingResult(new HashMap<>(typed), form);
    }

    /**
     * A rule of the form's own values that the domain checks (a holiday's scope from the kind and the codes), run
     * before the use case: its refusal joins the binding errors, so the form shows them all at once.
     */
    public static <T> Optional<T> checked(BindingResult result, Supplier<T> check) {
        try {
            return Optional.of(check.get());
        } catch (DomainException e) {
            if (wholePage(e, false)) {
                throw e;
            }
            new Refusal(e).showOn(result, Map.of());
            return Optional.empty();
        }
    }

    /** The status of a form that does not bind or validate, for the pages that have always answered another one. */
    public FormSubmit invalidAs(HttpStatus status) {
        this.invalid = status;
        return this;
    }

    /**
     * A form made stale by someone's change meanwhile is said on the page (409), with what the user typed, rather
     * than on the error page: for a page of many forms, read again to show the refusal (so it shows the record as it
     * is now), or a form whose long text would otherwise be lost.
     */
    public FormSubmit staleOnThePage() {
        this.staleOnThePage = true;
        return this;
    }

    /** How the service's field names map to this form's, where they differ. */
    public FormSubmit fieldNames(Map<String, String> names) {
        this.fieldNames = names;
        return this;
    }

    /**
     * A refusal the page answers in its own way as well: {@code answer} adds what the page shows of it (the identity
     * question, a link to the record that exists already) and may adjust how it is shown, before the runner shows it.
     */
    public <E extends DomainException> FormSubmit on(Class<E> type, BiConsumer<? super E, Refusal> answer) {
        answers.add(new Answer<>(type, answer));
        return this;
    }

    /** @return true when the change was made; false when the page must be shown again with the errors */
    public boolean run(Runnable change) {
        return attempt(() -> {
            change.run();
            return Boolean.TRUE;
        }).isPresent();
    }

    /** @return what the change returned; empty when the page must be shown again with the errors */
    public <T> Optional<T> attempt(Supplier<T> change) {
        if (result.hasErrors()) {
            return refused(invalid);
        }
        try {
            return Optional.of(change.get());
        } catch (DomainException e) {
            if (wholePage(e, staleOnThePage)) {
                throw e;
            }
            Refusal refusal = new Refusal(e);
            answers.forEach(answer -> answer.give(e, refusal));
            refusal.showOn(result, fieldNames);
            return refused(refusal.status);
        }
    }

    /**
     * POST-redirect-GET: done, back to {@code to} with the use case's message as the flash {@code success}; refused,
     * the page again.
     */
    public String redirect(RedirectAttributes redirect, String to, Supplier<String> useCase, Supplier<String> page) {
        Optional<String> done = attempt(useCase);
        if (done.isEmpty()) {
            return page.get();
        }
        redirect.addFlashAttribute("success", done.get());
        return "redirect:" + to;
    }

    private <T> Optional<T> refused(HttpStatus status) {
        response.setStatus(status.value());
        failed.run();
        return Optional.empty();
    }

    /**
     * A conflict on a field (a name already taken) is the user's to fix on the form; one on the whole record (someone
     * changed it meanwhile) has the page of its own that says to reload, unless the page shows it in place.
     */
    private static boolean wholePage(DomainException e, boolean staleOnThePage) {
        return e.status() == HttpStatus.NOT_FOUND || e.status() == HttpStatus.FORBIDDEN
                || e.status() == HttpStatus.CONFLICT && e.field() == null && !staleOnThePage;
    }

    /** A rule's refusal as the page will show it; {@link #on} lets a page adjust it. */
    public static final class Refusal {

        private final DomainException e;
        private HttpStatus status;
        private boolean wholeForm;

        private Refusal(DomainException e) {
            this.e = e;
            this.status = e.status();
        }

        /** Shown on the whole form, whatever field it names (the page says it at the top, or beside something else). */
        public Refusal onWholeForm() {
            this.wholeForm = true;
            return this;
        }

        /** Answered with this status rather than the refusal's own. */
        public Refusal answering(HttpStatus status) {
            this.status = status;
            return this;
        }

        /** Whether it names one of these fields. */
        public boolean isAbout(Set<String> fields) {
            return e.field() != null && fields.contains(e.field());
        }

        /**
         * Shows it on a form: next to the field it names when the form has that field, else on the whole form. The
         * runner shows it on the form that was sent; a page may show it again on another of its forms, where the
         * field it names is edited.
         */
        public void showOn(BindingResult other, Map<String, String> fieldNames) {
            String field = wholeForm || e.field() == null ? null : fieldNames.getOrDefault(e.field(), e.field());
            if (field != null && other.getTarget() != null
                    && new BeanWrapperImpl(other.getTarget()).isReadableProperty(field)) {
                other.rejectValue(field, e.messageKey(), e.arguments(), e.messageKey());
            } else {
                other.reject(e.messageKey(), e.arguments(), e.messageKey());
            }
        }
    }

    private record Answer<E extends DomainException>(Class<E> type, BiConsumer<? super E, Refusal> answer) {

        void give(DomainException e, Refusal refusal) {
            if (type.isInstance(e)) {
                answer.accept(type.cast(e), refusal);
            }
        }
    }
}
