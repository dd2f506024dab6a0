package cl.circuito.waitinglist.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Controller;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseBody;

import java.lang.reflect.Method;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A waiting-list use case that both channels offer takes one input: the record the API reads as its
 * {@code @RequestBody} is the record the page binds as its {@code @ModelAttribute}, so its fields, their checks and
 * their documentation are written once. A body no page binds is listed below with the form that still duplicates it;
 * a converted one must leave the list (the test refuses a listing that no longer holds).
 */
class OneInputPerUseCaseTests {

    /**
     * Bodies whose page still binds a form of its own (issue 15, not converted yet): the body's simple name and the
     * page's form that duplicates it.
     */
    private static final Map<String, String> PAGE_HAS_ITS_OWN_FORM = Map.ofEntries(
            Map.entry("ReferralBody", "Forms.ReferralForm"),
            Map.entry("AdmissionPlanBody", "AdmissionForms.PlanForm"),
            Map.entry("CasesExistingBody", "AdmissionForms.ExistingCaseForm"),
            Map.entry("CasesCloseBody", "AdmissionForms.CloseCaseForm"),
            Map.entry("PlanItemBody", "MonitoringForms.PlanChildForm"),
            Map.entry("PriorityInstrumentBody", "PriorityForms.InstrumentForm"),
            Map.entry("PriorityVersionBody", "PriorityForms.InstrumentForm"),
            Map.entry("PrioritySettingBody", "PriorityForms.SettingForm"),
            Map.entry("PriorityAssessmentBody", "PriorityForms.AssessmentForm"),
            Map.entry("PriorityOverrideBody", "PriorityForms.OverrideForm"));

    @Test
    void whatTheApiReadsIsWhatThePageBinds() {
        Set<Class<?>> bodies = new TreeSet<>(Comparator.comparing(Class::getName));
        Set<Class<?>> pageInputs = new TreeSet<>(Comparator.comparing(Class::getName));
        Set<String> pageInputNames = new TreeSet<>();
        for (Class<?> controller : controllers()) {
            boolean api = AnnotatedElementUtils.hasAnnotation(controller, ResponseBody.class);
            for (Method method : controller.getDeclaredMethods()) {
                for (int i = 0; i < method.getParameterCount(); i++) {
                    MethodParameter parameter = new MethodParameter(method, i);
                    if (api && parameter.hasParameterAnnotation(RequestBody.class)) {
                        bodies.add(parameter.getParameterType());
                    } else if (!api && parameter.hasParameterAnnotation(ModelAttribute.class)) {
                        pageInputs.add(parameter.getParameterType());
                        pageInputNames.add(name(parameter.getParameterType()));
                    }
                }
            }
        }

        Map<String, String> apartFromThePage = new TreeMap<>();
        Set<String> listed = new TreeSet<>();
        for (Class<?> body : bodies) {
            if (pageInputs.contains(body)) {
                assertThat(body.isRecord()).as("%s is bound by a page and read by the API: a record", body.getName())
                        .isTrue();
                assertThat(PAGE_HAS_ITS_OWN_FORM).as("%s is one input now: take it off the list", body.getSimpleName())
                        .doesNotContainKey(body.getSimpleName());
            } else if (PAGE_HAS_ITS_OWN_FORM.containsKey(body.getSimpleName())) {
                listed.add(body.getSimpleName());
            } else {
                apartFromThePage.put(body.getName(), "not bound by any page, and not listed");
            }
        }
        assertThat(apartFromThePage).as("API bodies that a page does not bind: bind the same record on the page, "
                + "or list the body with the form that still duplicates it").isEmpty();
        assertThat(listed).as("every listed body is still read by the API").isEqualTo(PAGE_HAS_ITS_OWN_FORM.keySet());
        assertThat(pageInputNames).as("every listed form is still bound by a page")
                .containsAll(Set.copyOf(PAGE_HAS_ITS_OWN_FORM.values()));
    }

    private static String name(Class<?> type) {
        Class<?> enclosing = type.getEnclosingClass();
        return enclosing == null ? type.getSimpleName() : enclosing.getSimpleName() + "." + type.getSimpleName();
    }

    private static Set<Class<?>> controllers() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Controller.class));
        Set<Class<?>> found = new TreeSet<>(Comparator.comparing(Class::getName));
        for (BeanDefinition definition : scanner.findCandidateComponents("cl.circuito.waitinglist")) {
            found.add(ClassUtils.resolveClassName(definition.getBeanClassName(), null));
        }
        assertThat(found).as("the waiting list's controllers").hasSizeGreaterThan(5);
        return found;
    }
}
