package cl.circuito;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Controller;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseBody;

import java.lang.reflect.Method;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A use case that both channels offer takes one input: the record the API reads as its {@code @RequestBody} is the
 * record the page binds as its form ({@code @ModelAttribute}, written or implied), so its fields, their checks and
 * their documentation are written once. A body no page binds is listed below, with the page's form that still
 * duplicates it or the reason no page offers that use case; a converted one must leave the list (the test refuses a
 * listing that no longer holds).
 */
class OneInputPerUseCaseTests {

    /**
     * Bodies whose page binds a form of its own, because one record cannot serve both channels: the body's name (with
     * its enclosing type, if any), the page's form that duplicates it, and why.
     */
    private static final Map<String, String> PAGE_HAS_ITS_OWN_FORM = Map.ofEntries(
            // The page edits the groups as one plain text (InstrumentText, whose refusals name the text); the API
            // sends them as a list of groups.
            Map.entry("PriorityApiRecords.PriorityInstrumentBody", "PriorityForms.InstrumentForm"),
            Map.entry("PriorityApiRecords.PriorityVersionBody", "PriorityForms.InstrumentForm"),
            // The page's choice (1, 2 or back to the computed one) must be made; the API's null priority means going
            // back, so one record could not tell a choice left unmade from going back.
            Map.entry("PriorityApiRecords.PriorityOverrideBody", "PriorityForms.OverrideForm"),
            // A review's form keeps what was typed when a value does not convert (an age "doce", a strategy's date):
            // a record that is not built would lose the section answers and the new case's fields.
            Map.entry("CaseApiRecords.ReviewBody", "CaseForms.ReviewForm"),
            // The page edits rows with what the API has no field for: their order, a remove box, a blank row to add
            // one, and one radio across the rows for the question.
            Map.entry("CaseApiRecords.FormatBody", "CaseForms.FormatForm"),
            // The page's lines are one textarea's text; bound to the API's list, a line would be cut at each comma.
            Map.entry("TemplateApiRecords.LetterheadBody", "TemplateForms.LetterheadForm"),
            // The page changes one indicator, named by its path, typed as text with a decimal comma or point; the API
            // changes the list at once, in JSON numbers.
            Map.entry("ImplementationApiRecords.ThresholdBody", "ThresholdsController.ThresholdForm"));

    /** Bodies of use cases no page offers, with the reason. */
    private static final Map<String, String> API_ONLY = Map.ofEntries(
            Map.entry("CaseApiRecords.CaseBody", "opens a case on its own; a page opens one only by presenting it at "
                    + "a session (ReviewBody.newCase)"),
            Map.entry("NetworkInputs.PositionInput", "no form binds it: the map page's script and the API send the same "
                    + "record as JSON"),
            Map.entry("ProgramContactApi.ProgramContactBody", "the program's page changes the contact together with "
                    + "the rest of the program (admin's ProgramForm); no page changes the contact alone"),
            Map.entry("RegisterInputs.DisposalInput", "the letters' own disposal, kept for the API's clients; the page "
                    + "disposes of oficios with every other kind on the program's retention (retention's DisposalChoice)"));

    @Test
    void whatTheApiReadsIsWhatThePageBinds() {
        Set<Class<?>> bodies = new TreeSet<>(Comparator.comparing(Class::getName));
        Set<Class<?>> pageInputs = new TreeSet<>(Comparator.comparing(Class::getName));
        Set<String> pageInputNames = new TreeSet<>();
        for (Class<?> controller : controllers()) {
            boolean api = AnnotatedElementUtils.hasAnnotation(controller, ResponseBody.class);
            for (Method method : controller.getDeclaredMethods()) {
                if (method.isSynthetic()) {
                    continue; // a lambda's parameters are no form of the page
                }
                for (int i = 0; i < method.getParameterCount(); i++) {
                    MethodParameter parameter = new MethodParameter(method, i);
                    if (parameter.hasParameterAnnotation(RequestBody.class)) {
                        bodies.add(bodyType(parameter));
                    } else if (!api && isForm(parameter)) {
                        pageInputs.add(parameter.getParameterType());
                        pageInputNames.add(name(parameter.getParameterType()));
                    }
                }
            }
        }

        Map<String, String> apartFromThePage = new TreeMap<>();
        Set<String> listed = new TreeSet<>();
        for (Class<?> body : bodies) {
            String name = name(body);
            if (pageInputs.contains(body)) {
                assertThat(body.isRecord()).as("%s is bound by a page and read by the API: a record", body.getName())
                        .isTrue();
                assertThat(PAGE_HAS_ITS_OWN_FORM).as("%s is one input now: take it off the list", name)
                        .doesNotContainKey(name);
            } else if (PAGE_HAS_ITS_OWN_FORM.containsKey(name) || API_ONLY.containsKey(name)) {
                listed.add(name);
            } else {
                apartFromThePage.put(body.getName(), "not bound by any page, and not listed");
            }
        }
        assertThat(apartFromThePage).as("API bodies that a page does not bind: bind the same record on the page, "
                + "or list the body with the form that still duplicates it").isEmpty();
        Set<String> listing = new TreeSet<>(PAGE_HAS_ITS_OWN_FORM.keySet());
        listing.addAll(API_ONLY.keySet());
        assertThat(listed).as("every listed body is still read by the API").isEqualTo(listing);
        assertThat(pageInputNames).as("every listed form is still bound by a page")
                .containsAll(Set.copyOf(PAGE_HAS_ITS_OWN_FORM.values()));
    }

    /** A page's form: bound with {@code @ModelAttribute}, or a type of ours that Spring binds as one unasked. */
    private static boolean isForm(MethodParameter parameter) {
        if (parameter.hasParameterAnnotation(ModelAttribute.class)) {
            return true;
        }
        Class<?> type = parameter.getParameterType();
        return parameter.getParameterAnnotations().length == 0 && type.getName().startsWith("cl.circuito.")
                && !type.isEnum() && !type.isInterface() && !type.getSimpleName().equals("Actor");
    }

    private static Class<?> bodyType(MethodParameter parameter) {
        if (Collection.class.isAssignableFrom(parameter.getParameterType())) {
            return ResolvableType.forMethodParameter(parameter).asCollection().resolveGeneric(0);
        }
        return parameter.getParameterType();
    }

    private static String name(Class<?> type) {
        Class<?> enclosing = type.getEnclosingClass();
        return enclosing == null ? type.getSimpleName() : enclosing.getSimpleName() + "." + type.getSimpleName();
    }

    private static Set<Class<?>> controllers() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Controller.class));
        Set<Class<?>> found = new TreeSet<>(Comparator.comparing(Class::getName));
        for (BeanDefinition definition : scanner.findCandidateComponents("cl.circuito")) {
            found.add(ClassUtils.resolveClassName(definition.getBeanClassName(), null));
        }
        assertThat(found).as("the application's controllers").hasSizeGreaterThan(40);
        return found;
    }
}
