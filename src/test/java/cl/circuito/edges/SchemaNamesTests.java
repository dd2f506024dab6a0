package cl.circuito.edges;

import cl.circuito.testing.CircuitoTest;
import io.swagger.v3.oas.annotations.media.Schema;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.lang.reflect.RecordComponent;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document names each schema once. Its generator names a schema after the simple name of its Java
 * type, so two records called {@code SettingsBody} in two modules become one schema and one module's fields
 * silently describe the other's request. Every type that crosses the API (bodies, answers and what they hold)
 * must therefore have a name of its own: its simple name, or {@code @Schema(name = …)}.
 */
@CircuitoTest
class SchemaNamesTests {

    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    @Test
    void everyTypeOfTheApiHasASchemaNameOfItsOwn() {
        Map<String, Set<String>> byName = new TreeMap<>();
        Set<Class<?>> seen = new HashSet<>();
        for (HandlerMethod handler : mappings.getHandlerMethods().values()) {
            if (!handler.getBeanType().isAnnotationPresent(RestController.class)
                    || !handler.getBeanType().getPackageName().startsWith("cl.circuito")) {
                continue;
            }
            collect(ResolvableType.forMethodReturnType(handler.getMethod()), byName, seen);
            for (MethodParameter parameter : handler.getMethodParameters()) {
                if (parameter.hasParameterAnnotation(RequestBody.class)) {
                    collect(ResolvableType.forMethodParameter(parameter), byName, seen);
                }
            }
        }
        Map<String, Set<String>> shared = byName.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
        assertThat(shared).as("schema names shared by different types (give each @Schema(name = …))").isEmpty();
    }

    private static void collect(ResolvableType type, Map<String, Set<String>> byName, Set<Class<?>> seen) {
        for (ResolvableType generic : type.getGenerics()) {
            collect(generic, byName, seen);
        }
        if (type.isArray()) {
            collect(type.getComponentType(), byName, seen);
        }
        Class<?> raw = type.resolve();
        if (raw == null || !raw.getName().startsWith("cl.circuito") || !seen.add(raw)) {
            return;
        }
        if (type.getGenerics().length == 0) {
            byName.computeIfAbsent(name(raw), k -> new TreeSet<>()).add(raw.getName());
        }
        if (raw.isRecord()) {
            for (RecordComponent component : raw.getRecordComponents()) {
                collect(ResolvableType.forType(component.getGenericType()), byName, seen);
            }
        }
    }

    private static String name(Class<?> type) {
        Schema schema = type.getAnnotation(Schema.class);
        return schema != null && !schema.name().isEmpty() ? schema.name() : type.getSimpleName();
    }
}
