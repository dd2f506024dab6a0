package cl.circuito.shared.input;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

import java.beans.PropertyEditorSupport;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.function.Function;

/**
 * Applies {@link InputText} and {@link InputDates} to everything that arrives, once, for both channels: the data
 * binder of the pages (form fields, query and path parameters, multipart fields — an editor registered here wins
 * over {@code @DateTimeFormat}) and the JSON reader of the API. The JSON reader also refuses {@code null} inside
 * an array ({@code "ids": [null]}): no service has to guard its lists against holes.
 */
@Configuration(proxyBeanMethods = false)
class InputConfiguration {

    @Bean
    JsonMapperBuilderCustomizer inputNormalisation() {
        SimpleModule module = new SimpleModule("circuito-input")
                .addDeserializer(String.class, new CleanString())
                .addDeserializer(LocalDate.class, new Bounded<>(LocalDate.class, InputDates::parseDate))
                .addDeserializer(YearMonth.class, new Bounded<>(YearMonth.class, InputDates::parseMonth));
        return builder -> builder.addModule(module)
                .changeDefaultNullHandling(n -> JsonSetter.Value.forContentNulls(Nulls.FAIL));
    }

    /** The binder side, for every controller of both channels. */
    @ControllerAdvice
    static class Binding {

        @InitBinder
        void normalise(WebDataBinder binder) {
            binder.registerCustomEditor(String.class, new Editor<>(InputText::clean, String::valueOf));
            binder.registerCustomEditor(LocalDate.class, new Editor<>(InputDates::parseDate, LocalDate::toString));
            binder.registerCustomEditor(YearMonth.class, new Editor<>(InputDates::parseMonth, YearMonth::toString));
        }
    }

    /** Text to value and back (the form shows the value as {@code <input type="date">} expects it). */
    private static final class Editor<T> extends PropertyEditorSupport {
        private final Function<String, T> parse;
        private final Function<T, String> print;

        Editor(Function<String, T> parse, Function<T, String> print) {
            this.parse = parse;
            this.print = print;
        }

        @Override
        public void setAsText(String text) {
            setValue(parse.apply(text));
        }

        @Override
        @SuppressWarnings("unchecked")
        public String getAsText() {
            Object value = getValue();
            return value == null ? "" : print.apply((T) value);
        }
    }

    private static final class CleanString extends StringDeserializer {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            return InputText.clean(super.deserialize(p, ctxt));
        }
    }

    /** A date or month given as text within {@link InputDates}' range; anything else names its field (400). */
    private static final class Bounded<T> extends StdScalarDeserializer<T> {
        private final Class<T> type;
        private final Function<String, T> parse;

        Bounded(Class<T> type, Function<String, T> parse) {
            super(type);
            this.type = type;
            this.parse = parse;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return type.cast(ctxt.handleUnexpectedToken(type, p));
            }
            String text = p.getString();
            try {
                return parse.apply(text);
            } catch (IllegalArgumentException e) {
                throw InvalidFormatException.from(p, "Not a date within range", text, type);
            }
        }
    }
}
