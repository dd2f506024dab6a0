package cl.circuito.shared.web;

import cl.circuito.shared.DomainException;
import cl.circuito.waitinglist.web.IdentityProblems;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaCodeUnitAccess;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One form runner ({@link FormSubmit}): the web layer — every {@code web} package and the modules that are only web
 * ({@code admin}, {@code today}) — neither catches a rule's refusal nor reads what it is about (its field, its message
 * key) to show it. A page hands its use case to the runner, which decides where a refusal goes (next to its field,
 * on the whole form, to the error page) and with which status; a page that catches one itself is a second way to do
 * the same job, with its own status codes and its own mistakes. The exception handlers of each channel (the pages'
 * error page, the API's problem details, the API's answer to the identity question) read refusals too: that is
 * their job.
 */
class FormRunnerTests {

    private static final Set<String> METHODS_THAT_SAY_WHAT_A_REFUSAL_IS_ABOUT = Set.of("field", "messageKey");

    private static final DescribedPredicate<JavaClass> WEB_LAYER = DescribedPredicate.describe("are in the web layer",
            c -> (c.getPackageName() + ".").contains(".web.") || c.getPackageName().startsWith("cl.circuito.admin")
                    || c.getPackageName().startsWith("cl.circuito.today"));

    /** Imported once for the rules of this class. */
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cl.circuito");

    @Test
    void noPageCatchesARefusalButTheFormRunner() {
        classes().that(WEB_LAYER).and(isNot(FormSubmit.class))
                .should(neverCatchA(DomainException.class))
                .because("a page form runs its use case through FormSubmit, which shows a refusal the one way")
                .check(CLASSES);
    }

    @Test
    void onlyTheFormRunnerAndTheExceptionHandlersReadWhatARefusalIsAbout() {
        classes().that(WEB_LAYER)
                .and(isNot(FormSubmit.class, PageErrors.class, ApiErrors.class, IdentityProblems.class))
                .should(neverReadWhatARefusalIsAbout())
                .because("FormSubmit puts a refusal on the form; PageErrors and ApiErrors (with IdentityProblems, "
                        + "the API's answer to the identity question) turn the others into their channel's answer")
                .check(CLASSES);
    }

    /** The runner does both: the rules see a catch and a read where there is one, so their silence means none. */
    @Test
    void theRulesSeeWhatTheyForbid() {
        JavaClasses runner = new ClassFileImporter().importClasses(FormSubmit.class, FormSubmit.Refusal.class);
        assertThat(events(neverCatchA(DomainException.class), runner).containViolation()).as("FormSubmit catches")
                .isTrue();
        assertThat(events(neverReadWhatARefusalIsAbout(), runner).containViolation()).as("FormSubmit reads").isTrue();
    }

    /** Any class but these, nested classes and lambdas included. */
    private static DescribedPredicate<JavaClass> isNot(Class<?>... allowed) {
        return DescribedPredicate.describe("are not " + Stream.of(allowed).map(Class::getSimpleName).toList(),
                c -> Stream.of(allowed).noneMatch(a -> c.getName().equals(a.getName())
                        || c.getName().startsWith(a.getName() + "$")));
    }

    private static ArchCondition<JavaClass> neverCatchA(Class<? extends Throwable> refusal) {
        return new ArchCondition<>("never catch a " + refusal.getSimpleName()) {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                for (JavaCodeUnit unit : item.getCodeUnits()) {
                    unit.getTryCatchBlocks().stream()
                            .filter(block -> block.getCaughtThrowables().stream().anyMatch(t -> t.isAssignableTo(refusal)))
                            .forEach(block -> events.add(SimpleConditionEvent.violated(block,
                                    unit.getFullName() + " catches " + block.getCaughtThrowables() + " in "
                                            + block.getSourceCodeLocation())));
                }
            }
        };
    }

    private static ArchCondition<JavaClass> neverReadWhatARefusalIsAbout() {
        return new ArchCondition<>("never read a refusal's field or message key") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                Stream.concat(item.getMethodCallsFromSelf().stream(), item.getMethodReferencesFromSelf().stream())
                        .filter(FormRunnerTests::readsWhatARefusalIsAbout)
                        .forEach(access -> events.add(SimpleConditionEvent.violated(access, access.getDescription())));
            }
        };
    }

    private static boolean readsWhatARefusalIsAbout(JavaCodeUnitAccess<?> access) {
        return access.getTargetOwner().isAssignableTo(DomainException.class)
                && METHODS_THAT_SAY_WHAT_A_REFUSAL_IS_ABOUT.contains(access.getTarget().getName());
    }

    private static ConditionEvents events(ArchCondition<JavaClass> condition, JavaClasses classes) {
        ConditionEvents events = ConditionEvents.Factory.create();
        classes.forEach(c -> condition.check(c, events));
        return events;
    }
}
