package cl.circuito.shared.validation;

import jakarta.validation.Valid;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Controller;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text a Mesa's users type carries {@link NoRut}, now and when someone adds a field: this walks every
 * handler that changes something in the Mesa modules' web packages, the forms and bodies it binds (and those they
 * nest), and requires the rule on each text, and {@code @Valid} wherever a text is reached, so the rule runs.
 * A text that is not free text (an id, a code, an e-mail, a number kept as text) is listed below with the reason.
 */
class NoRutCoverageTests {

    private static final List<String> MODULES = List.of("cl.circuito.mesas", "cl.circuito.networkmap",
            "cl.circuito.implementation");

    /** Texts that are not free text, by "Type.field" (or "Controller.method(param)"), with why. */
    private static final Map<String, String> NOT_FREE_TEXT = Map.ofEntries(
            Map.entry("MesaFoundingInput.comunaCode", "the comuna's official code, checked against the table"),
            Map.entry("MesaMemberInput.sectorCode", "a sector's code, checked against the modalities"),
            Map.entry("RepresentativeInput.email", "an e-mail, validated as one"),
            Map.entry("RepresentativeInput.phone", "a phone number: the bare-digit rule would refuse some phones"),
            Map.entry("GuestForm.email", "an e-mail, validated as one"),
            Map.entry("ReviewForm.age", "a number kept as text"),
            Map.entry("ReviewForm.initials", "2 to 4 letters, refused otherwise by the case's rule"),
            Map.entry("CaseBody.initials", "2 to 4 letters, refused otherwise by the case's rule"),
            Map.entry("SectionForm.position", "the section's order, a number kept as text"),
            Map.entry("AgreementsController.status(from)", "which page the form was on (detail, list, my, minutes)"),
            Map.entry("AgendaMoveInput.direction", "up or down"),
            Map.entry("MesaPlanController.rewriteObjective(remove)", "a button's flag"),
            Map.entry("ActorInput.sectorCode", "a sector's code, checked against the modalities"),
            Map.entry("ProtocolInput.sectorCode", "a sector's code, checked against the modalities"),
            Map.entry("ReflectionController.write(year)", "a number kept as text"),
            Map.entry("ReflectionController.write(semester)", "a number kept as text"),
            Map.entry("ThresholdForm.green", "a number kept as text"),
            Map.entry("ThresholdForm.amber", "a number kept as text"),
            Map.entry("ReportController.write(region)", "a region's code"),
            Map.entry("ManagerNoteApi.put(region)", "a region's code"));

    @Test
    void everyTextAMesaUserTypesRefusesARut() throws Exception {
        Set<String> missing = new TreeSet<>();
        Set<String> exemptionsUsed = new HashSet<>();
        int texts = 0;
        for (Class<?> controller : controllers()) {
            for (Method method : controller.getDeclaredMethods()) {
                if (!changes(method)) {
                    continue;
                }
                for (Parameter parameter : method.getParameters()) {
                    String where = controller.getSimpleName() + "." + method.getName() + "(" + parameter.getName() + ")";
                    if (parameter.isAnnotationPresent(RequestParam.class) && parameter.getType() == String.class) {
                        texts++;
                        requireRule(where, parameter.isAnnotationPresent(NoRut.class), where + ": @NoRut", missing,
                                exemptionsUsed);
                    } else if (bound(parameter)) {
                        texts += walk(parameter.getType(), missing, exemptionsUsed, new HashSet<>());
                        if (reachesText(parameter.getType(), new HashSet<>()) && !validated(parameter)) {
                            missing.add(where + ": @Valid");
                        }
                    }
                }
            }
        }
        assertThat(texts).as("the walk found the Mesa's texts").isGreaterThan(80);
        assertThat(missing).as("texts a Mesa user types without the RUT rule").isEmpty();
        assertThat(new TreeSet<>(NOT_FREE_TEXT.keySet())).as("every exemption still names a field")
                .isEqualTo(new TreeSet<>(exemptionsUsed));
    }

    /** Counts the texts of {@code type} (and the types it nests), adding to {@code missing} those without the rule. */
    private static int walk(Class<?> type, Collection<String> missing, Set<String> exemptionsUsed, Set<Class<?>> seen) {
        if (!seen.add(type)) {
            return 0;
        }
        int texts = 0;
        for (Field field : fields(type)) {
            String name = field.getDeclaringClass().getSimpleName() + "." + field.getName();
            AnnotatedType annotated = field.getAnnotatedType();
            Class<?> raw = field.getType();
            if (raw == String.class) {
                texts++;
                requireRule(name, field.isAnnotationPresent(NoRut.class) || annotated.isAnnotationPresent(NoRut.class),
                        name + ": @NoRut", missing, exemptionsUsed);
            } else if (Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw)) {
                AnnotatedType[] arguments = annotated instanceof AnnotatedParameterizedType p
                        ? p.getAnnotatedActualTypeArguments() : new AnnotatedType[0];
                AnnotatedType element = arguments.length == 0 ? null : arguments[arguments.length - 1];
                Class<?> elementType = element == null ? Object.class : rawOf(element.getType());
                if (elementType == String.class) {
                    texts++;
                    requireRule(name, element.isAnnotationPresent(NoRut.class), name + ": @NoRut on the element type",
                            missing, exemptionsUsed);
                } else if (ours(elementType)) {
                    if (!field.isAnnotationPresent(Valid.class) && !element.isAnnotationPresent(Valid.class)
                            && reachesText(elementType, new HashSet<>())) {
                        missing.add(name + ": @Valid");
                    }
                    texts += walk(elementType, missing, exemptionsUsed, seen);
                }
            } else if (ours(raw)) {
                if (!field.isAnnotationPresent(Valid.class) && reachesText(raw, new HashSet<>())) {
                    missing.add(name + ": @Valid");
                }
                texts += walk(raw, missing, exemptionsUsed, seen);
            }
        }
        return texts;
    }

    /** A text either carries the rule or is one of {@link #NOT_FREE_TEXT}. */
    private static void requireRule(String name, boolean annotated, String complaint, Collection<String> missing,
                                    Set<String> exemptionsUsed) {
        if (NOT_FREE_TEXT.containsKey(name)) {
            exemptionsUsed.add(name);
        } else if (!annotated) {
            missing.add(complaint);
        }
    }

    /** Whether a free text (not one of {@link #NOT_FREE_TEXT}) is reached from {@code type}. */
    private static boolean reachesText(Class<?> type, Set<Class<?>> seen) {
        if (!seen.add(type)) {
            return false;
        }
        for (Field field : fields(type)) {
            Class<?> raw = field.getType();
            boolean free = !NOT_FREE_TEXT.containsKey(field.getDeclaringClass().getSimpleName() + "." + field.getName());
            if (raw == String.class && free) {
                return true;
            }
            if ((Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw))
                    && field.getGenericType() instanceof ParameterizedType p) {
                Type[] arguments = p.getActualTypeArguments();
                Class<?> element = rawOf(arguments[arguments.length - 1]);
                if ((element == String.class && free) || (ours(element) && reachesText(element, seen))) {
                    return true;
                }
            } else if (ours(raw) && reachesText(raw, seen)) {
                return true;
            }
        }
        return false;
    }

    /** A record's components, or a bean's instance fields up its hierarchy (a form may extend another). */
    private static List<Field> fields(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                try {
                    fields.add(type.getDeclaredField(component.getName()));
                } catch (NoSuchFieldException e) {
                    throw new IllegalStateException(e);
                }
            }
            return fields;
        }
        for (Class<?> c = type; c != null && ours(c); c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) && !field.isSynthetic()) {
                    fields.add(field);
                }
            }
        }
        return fields;
    }

    private static boolean changes(Method method) {
        RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(method, RequestMapping.class);
        return mapping != null && !method.isAnnotationPresent(GetMapping.class)
                && (mapping.method().length == 0 || List.of(mapping.method()).stream()
                .anyMatch(m -> !"GET".equals(m.name())));
    }

    /** A form or body Spring binds: annotated, or (as Spring does for any bean) one of ours without annotation. */
    private static boolean bound(Parameter parameter) {
        return parameter.isAnnotationPresent(RequestBody.class) || parameter.isAnnotationPresent(ModelAttribute.class)
                || (ours(parameter.getType()) && !parameter.getType().isEnum() && parameter.getAnnotations().length == 0);
    }

    private static boolean validated(Parameter parameter) {
        return parameter.isAnnotationPresent(Valid.class) || parameter.isAnnotationPresent(Validated.class);
    }

    private static boolean ours(Class<?> type) {
        return type.getName().startsWith("cl.circuito.") && !type.isEnum();
    }

    private static Class<?> rawOf(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return Object.class;
    }

    private static List<Class<?>> controllers() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Controller.class));
        List<Class<?>> controllers = new ArrayList<>();
        for (String module : MODULES) {
            for (var candidate : scanner.findCandidateComponents(module)) {
                controllers.add(Class.forName(candidate.getBeanClassName()));
            }
        }
        assertThat(controllers).as("controllers of the Mesa modules").hasSizeGreaterThan(20);
        return controllers;
    }
}
