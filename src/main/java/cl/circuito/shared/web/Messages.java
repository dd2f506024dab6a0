package cl.circuito.shared.web;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * Resolves Spanish texts from the message bundles, for code that is not a template. Always in Chilean Spanish, as
 * the pages are ({@code spring.web.locale-resolver=fixed}): off a request (a list import's worker, a job) the
 * thread's locale is the JVM's, which wrote "4,000" for "4.000" in an import's messages.
 */
@Component
public class Messages {

    private static final Locale CHILEAN_SPANISH = Locale.forLanguageTag("es-CL");

    private final MessageSource source;

    public Messages(MessageSource source) {
        this.source = source;
    }

    public String get(String key, Object... args) {
        return source.getMessage(key, args, key, CHILEAN_SPANISH);
    }

    /** A validation error or any other resolvable message, resolved the way Spring MVC resolves it for pages. */
    public String get(MessageSourceResolvable resolvable) {
        return source.getMessage(resolvable, CHILEAN_SPANISH);
    }

    /**
     * The field's label as users see it on forms ("receivedOn" → "Fecha de recepción"); for a nested path
     * ("items[2].text"), the label of the whole path if the bundle has one, else of its last part.
     */
    public String field(String field) {
        String plain = field.replaceAll("\\[\\d*]", "");
        String last = plain.substring(plain.lastIndexOf('.') + 1);
        return get(new DefaultMessageSourceResolvable(new String[]{plain, last}, field));
    }

    /** "El campo «Mes» debe ser …": a value that is not of the field's type, said for that type where it can be. */
    public String typeMismatch(Class<?> type, String field) {
        return get(new DefaultMessageSourceResolvable(type == null
                ? new String[]{"typeMismatch"}
                : new String[]{"typeMismatch." + type.getName(), "typeMismatch"},
                new Object[]{field(field)}, null));
    }
}
