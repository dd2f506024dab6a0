package cl.circuito.shared.web;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.validation.SmartValidator;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * A page's record input that has a value which does not convert (a date that is no date) is still checked field by
 * field, so the form shows every mistake at once, as a bean form would. Spring constructs the record with the value
 * left out and asks the binder's validator to check each other value on its own ({@code SmartValidator.validateValue});
 * Spring Boot's MVC validator (its {@code ValidatorAdapter}) does not implement that method, and the binder quietly
 * skips the check. Bean Validation's own adapter does: it takes the adapter's place for a record built from a form.
 * One place for every page that binds a record (an API body is read whole by Jackson, never constructed here).
 */
@ControllerAdvice
class RecordInputValidation {

    private final SmartValidator validator;

    RecordInputValidation(@Qualifier("defaultValidator") LocalValidatorFactoryBean validator) {
        this.validator = validator;
    }

    @InitBinder
    void checkEachValue(WebDataBinder binder) {
        Class<?> type = binder.getTargetType() == null ? null : binder.getTargetType().resolve();
        if (binder.getTarget() == null && type != null && type.isRecord()) {
            binder.setValidator(validator);
        }
    }
}
