package cl.circuito.edges;

import cl.circuito.testing.CircuitoTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.beans.PropertyDescriptor;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every field a user or a client can send has a Spanish label in the bundles, so that every message about it —
 * "El campo «Fecha de la sesión» es obligatorio" — names it as people know it, never as the code does
 * ({@code heldOn}). Walks every controller method of both channels: JSON bodies (and the records inside them),
 * form beans, query parameters and uploaded parts. A new field without a label fails here.
 */
@CircuitoTest
class FieldLabelsTests {

    /** Not typed by anyone, and never named in a message: the CSRF token. */
    private static final Set<String> NOT_TYPED = Set.of("_csrf");

    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;
    @Autowired MessageSource messages;

    @Test
    void everyFieldAUserCanSendHasASpanishLabel() {
        Map<String, Set<String>> missing = new TreeMap<>();
        for (HandlerMethod handler : mappings.getHandlerMethods().values()) {
            if (!handler.getBeanType().getPackageName().startsWith("cl.circuito")) {
                continue;
            }
            for (MethodParameter parameter : handler.getMethodParameters()) {
                parameter.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
                String where = handler.getBeanType().getSimpleName() + "." + handler.getMethod().getName();
                if (parameter.hasParameterAnnotation(PathVariable.class)) {
                    continue;
                }
                RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
                RequestPart part = parameter.getParameterAnnotation(RequestPart.class);
                if (param != null || part != null) {
                    String name = param != null ? (param.name().isEmpty() ? param.value() : param.name())
                            : (part.name().isEmpty() ? part.value() : part.name());
                    check(name.isEmpty() ? parameter.getParameterName() : name, null, where, missing);
                } else if (parameter.hasParameterAnnotation(RequestBody.class)) {
                    walk(ResolvableType.forMethodParameter(parameter), "", null, where, missing, 0);
                } else if (parameter.hasParameterAnnotation(ModelAttribute.class) || isForm(parameter.getParameterType())) {
                    walk(ResolvableType.forMethodParameter(parameter), "", objectName(parameter), where, missing, 0);
                }
            }
        }
        assertThat(missing).as("fields without a Spanish label (add «name=Etiqueta» to the module's bundle)").isEmpty();
    }

    private void walk(ResolvableType type, String prefix, String objectName, String where,
                      Map<String, Set<String>> missing, int depth) {
        Class<?> raw = type.resolve();
        if (raw == null || depth > 4) {
            return;
        }
        if (Collection.class.isAssignableFrom(raw)) {
            walk(type.asCollection().getGeneric(0), prefix, objectName, where, missing, depth + 1);
            return;
        }
        if (!raw.getName().startsWith("cl.circuito") || raw.isEnum()) {
            if (!prefix.isEmpty()) {
                check(prefix, objectName, where, missing);
            }
            return;
        }
        if (!prefix.isEmpty()) {
            check(prefix, objectName, where, missing); // a nested object is named when it has the wrong shape
        }
        if (raw.isRecord()) {
            for (RecordComponent component : raw.getRecordComponents()) {
                String path = prefix.isEmpty() ? component.getName() : prefix + "." + component.getName();
                walk(ResolvableType.forType(component.getGenericType()), path, objectName, where, missing, depth + 1);
            }
            return;
        }
        for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(raw)) {
            if (property.getWriteMethod() == null) {
                continue;
            }
            String path = prefix.isEmpty() ? property.getName() : prefix + "." + property.getName();
            walk(ResolvableType.forMethodParameter(property.getWriteMethod(), 0), path, objectName, where, missing,
                    depth + 1);
        }
    }

    private void check(String field, String objectName, String where, Map<String, Set<String>> missing) {
        String plain = field.replaceAll("\\[\\d*]", "");
        String last = plain.substring(plain.lastIndexOf('.') + 1);
        if (NOT_TYPED.contains(last)) {
            return;
        }
        String[] codes = objectName == null ? new String[]{plain, last}
                : new String[]{objectName + "." + plain, plain, last};
        try {
            messages.getMessage(new DefaultMessageSourceResolvable(codes, null, null), new Locale("es", "CL"));
        } catch (NoSuchMessageException e) {
            missing.computeIfAbsent(last, k -> new TreeSet<>()).add(where);
        }
    }

    private static boolean isForm(Class<?> type) {
        return type.getName().startsWith("cl.circuito") && !type.isEnum() && !type.isInterface()
                && !type.getSimpleName().equals("Actor");
    }

    private static String objectName(MethodParameter parameter) {
        ModelAttribute attribute = parameter.getParameterAnnotation(ModelAttribute.class);
        if (attribute != null && !attribute.value().isEmpty()) {
            return attribute.value();
        }
        String simple = parameter.getParameterType().getSimpleName();
        return Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
    }
}
