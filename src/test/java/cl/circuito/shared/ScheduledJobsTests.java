package cl.circuito.shared;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.annotation.Scheduled;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

/**
 * Several nodes run Circuito on one database, so every scheduled job runs on one node at a time (ShedLock), and
 * ShedLock can lock only a method that returns nothing: on one returning a value it throws on every run, and the
 * job silently never ran (the list tallies' fold did not, in the local run, until this test).
 */
class ScheduledJobsTests {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cl.circuito");

    @Test
    void everyScheduledJobIsLockedAndReturnsNothing() {
        methods().that().areAnnotatedWith(Scheduled.class)
                .should().beAnnotatedWith(SchedulerLock.class)
                .andShould().haveRawReturnType(void.class)
                .because("a job runs on one node at a time, and ShedLock locks only void methods")
                .check(classes);
        methods().that().areAnnotatedWith(SchedulerLock.class)
                .should().haveRawReturnType(void.class)
                .check(classes);
    }
}
