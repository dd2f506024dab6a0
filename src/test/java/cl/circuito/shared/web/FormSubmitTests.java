package cl.circuito.shared.web;

import cl.circuito.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.MutablePropertyValues;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DataBinder;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a page form answers, whichever page it is on: the rules {@link FormSubmit} keeps for all of them. */
class FormSubmitTests {

    private final MockHttpServletResponse response = new MockHttpServletResponse();
    private final Messages messages = new Messages(source());

    @Test
    void aFormThatDoesNotBindIsShownAgainWith400AndTheUseCaseDoesNotRun() {
        BindingResult result = bound(Map.of("position", "tercero", "reason", "Motivo"));
        AtomicBoolean ran = new AtomicBoolean();

        assertThat(FormSubmit.tried(result, response, () -> ran.set(true))).isFalse();

        assertThat(ran).isFalse();
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(result.getFieldValue("position")).isEqualTo("tercero");
    }

    @Test
    void aPageThatAlwaysAnsweredAnotherStatusToAnInvalidFormKeepsIt() {
        FormSubmit.of(bound(Map.of("position", "tercero")), response).invalidAs(HttpStatus.UNPROCESSABLE_CONTENT)
                .run(() -> { });

        assertThat(response.getStatus()).isEqualTo(422);
    }

    @Test
    void aRefusedValueIsShownNextToItsFieldWithTheRefusalsStatus() {
        BindingResult result = bound(Map.of("position", "3", "reason", "Motivo"));

        Optional<String> done = FormSubmit.attempted(result, response, () -> {
            throw new Refused(HttpStatus.UNPROCESSABLE_CONTENT, "error.position", "position");
        });

        assertThat(done).isEmpty();
        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(result.getFieldError("position").getCode()).isEqualTo("error.position");
        assertThat(result.getFieldValue("reason")).isEqualTo("Motivo");
    }

    @Test
    void aValueTakenIsAConflictOnItsField() {
        BindingResult result = bound(Map.of("reason", "Motivo"));

        FormSubmit.tried(result, response, () -> {
            throw new Refused(HttpStatus.CONFLICT, "error.taken", "reason");
        });

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(result.getFieldError("reason").getCode()).isEqualTo("error.taken");
    }

    @Test
    void aRefusalAboutAFieldTheFormLacksIsOnTheWholeFormAndAServiceNameMapsToTheFormsOwn() {
        BindingResult result = bound(Map.of());
        FormSubmit.tried(result, response, () -> {
            throw new Refused(HttpStatus.UNPROCESSABLE_CONTENT, "error.dates", "dates");
        });
        assertThat(result.getGlobalError().getCode()).isEqualTo("error.dates");

        BindingResult renamed = bound(Map.of());
        FormSubmit.of(renamed, response).fieldNames(Map.of("placement", "position")).run(() -> {
            throw new Refused(HttpStatus.UNPROCESSABLE_CONTENT, "error.position", "placement");
        });
        assertThat(renamed.getFieldError("position").getCode()).isEqualTo("error.position");
    }

    @Test
    void aRecordOutOfReachAMissingRightAndAStaleFormAreWholePageErrors() {
        for (HttpStatus status : new HttpStatus[]{HttpStatus.NOT_FOUND, HttpStatus.FORBIDDEN, HttpStatus.CONFLICT}) {
            assertThatThrownBy(() -> FormSubmit.tried(bound(Map.of()), response, () -> {
                throw new Refused(status, "error.whole", null);
            })).isInstanceOf(Refused.class);
        }
    }

    @Test
    void aPageOfManyFormsShowsAStaleOneInPlace() {
        BindingResult result = bound(Map.of());

        FormSubmit.of(result, response).staleOnThePage().run(() -> {
            throw new Refused(HttpStatus.CONFLICT, "error.stale", null);
        });

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(result.getGlobalError().getCode()).isEqualTo("error.stale");
        assertThatThrownBy(() -> FormSubmit.of(bound(Map.of()), response).staleOnThePage().run(() -> {
            throw new Refused(HttpStatus.NOT_FOUND, "error.gone", null);
        })).isInstanceOf(Refused.class);
    }

    @Test
    void aPageAnswersARefusalOfItsOwnKindAsWellAndMayShowItOnTheWholeFormWithAnotherStatus() {
        BindingResult result = bound(Map.of("reason", "Motivo"));
        AtomicBoolean other = new AtomicBoolean();

        FormSubmit.of(result, response)
                .on(Duplicate.class, (e, refusal) -> refusal.onWholeForm().answering(HttpStatus.UNPROCESSABLE_CONTENT))
                .on(OtherRefusal.class, (e, refusal) -> other.set(true))
                .run(() -> {
                    throw new Duplicate();
                });

        assertThat(other).isFalse();
        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(result.getFieldErrors()).isEmpty();
        assertThat(result.getGlobalError().getCode()).isEqualTo("error.duplicate");
    }

    @Test
    void doneRedirectsWithTheMessageAndRefusedShowsThePageAgain() {
        RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();

        String done = FormSubmit.of(bound(Map.of()), response).redirect(redirect, "/back", () -> "Guardado.",
                () -> "page");
        String refused = FormSubmit.of(bound(Map.of("position", "x")), response).redirect(redirect, "/back",
                () -> "Guardado.", () -> "page");

        assertThat(done).isEqualTo("redirect:/back");
        assertThat(redirect.getFlashAttributes().get("success")).isEqualTo("Guardado.");
        assertThat(refused).isEqualTo("page");
    }

    @Test
    void oneOfManyFormsOfAKindSaysWhichFailedForWhichRecordWithWhatWasTyped() {
        UUID row = UUID.randomUUID();
        ExtendedModelMap model = new ExtendedModelMap();
        BindingResult result = bound(Map.of("position", "tercero", "reason", "Motivo"));

        FormSubmit.oneOf("move", row, result, response, model, messages).run(() -> { });

        FormFailure failure = (FormFailure) model.get("failure");
        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(failure.is("move", row)).isTrue();
        assertThat(failure.is("move", UUID.randomUUID())).isFalse();
        assertThat(failure.is("clear", row)).isFalse();
        assertThat(failure.typed("position")).isEqualTo("tercero");
        assertThat(failure.error("position")).isEqualTo("Escriba un número.");
        assertThat(model.get("error")).isEqualTo("Escriba un número.");
    }

    @Test
    void aRuleOfTheFormsOwnValuesJoinsTheBindingErrors() {
        BindingResult result = bound(Map.of("position", "tercero"));

        Optional<Object> scope = FormSubmit.checked(result, () -> {
            throw new Refused(HttpStatus.UNPROCESSABLE_CONTENT, "error.reason", "reason");
        });

        assertThat(scope).isEmpty();
        assertThat(result.getFieldErrorCount()).isEqualTo(2);
    }

    /** A row's form: a place (a number) and a reason. */
    public static class RowForm {
        private Integer position;
        private String reason;

        public Integer getPosition() {
            return position;
        }

        public void setPosition(Integer position) {
            this.position = position;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }

    static class Refused extends DomainException {
        Refused(HttpStatus status, String key, String field) {
            super(status, key, field);
        }
    }

    static class Duplicate extends DomainException {
        Duplicate() {
            super(HttpStatus.CONFLICT, "error.duplicate", "reason");
        }
    }

    static class OtherRefusal extends DomainException {
        OtherRefusal() {
            super(HttpStatus.UNPROCESSABLE_CONTENT, "error.other", null);
        }
    }

    private static BindingResult bound(Map<String, String> values) {
        DataBinder binder = new DataBinder(new RowForm(), "rowForm");
        binder.bind(new MutablePropertyValues(values));
        return binder.getBindingResult();
    }

    private static StaticMessageSource source() {
        StaticMessageSource source = new StaticMessageSource();
        source.addMessage("typeMismatch", Locale.forLanguageTag("es-CL"), "Escriba un número.");
        return source;
    }
}
