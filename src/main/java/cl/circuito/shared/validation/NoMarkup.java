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
import java.util.regex.Pattern;

/**
 * Free text must be plain text. Everything is escaped on output anyway; refusing markup on input
 * keeps it out of the letters and exports that later issues build from this text.
 */
@Documented
@Constraint(validatedBy = NoMarkup.Validator.class)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface NoMarkup {

    String message() default "{NoMarkup}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<NoMarkup, String> {

        private static final Pattern MARKUP = Pattern.compile("<\\s*[a-zA-Z/!?]|javascript:|&#", Pattern.CASE_INSENSITIVE);

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || !MARKUP.matcher(value).find();
        }

        public static boolean containsMarkup(String value) {
            return value != null && MARKUP.matcher(value).find();
        }
    }
}
