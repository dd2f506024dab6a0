package cl.circuito.shared.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A text where no RUT may be written: the free texts of a Mesa (case reviews, minutes, agreements, plans, the
 * network map, reflections…), which identify a child by initials and age only. What counts as a RUT is
 * {@link RutShape}'s. On a form or an API body (with {@code @Valid}) it refuses the field with a message that says
 * why; a test requires it on every text field of the Mesa modules' forms and bodies.
 */
@Documented
@Constraint(validatedBy = NoRut.Validator.class)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface NoRut {

    String message() default "{NoRut}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<NoRut, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return !RutShape.foundIn(value);
        }
    }
}
