package cl.circuito;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(CircuitoApplication.class);

    @Test
    void modulesRespectTheirBoundariesAndHaveNoCycles() {
        modules.verify();
    }

    /**
     * Inside the two big modules, the capabilities' domain packages (their web pages aside, which compose each other's
     * sections) depend on each other in one direction only. In the waiting list, entry knows nothing of priority,
     * ranking or admission, which build on it. In the Mesas, mesa &lt;- sessions &lt;- agreements &lt;- cases (a
     * session belongs to a Mesa, an agreement is taken in a session, a case review happens in a session and produces
     * agreements), with minutes (as read) above sessions and agreements; a lower capability that needs an upper one's
     * data declares a port the upper one implements ({@code sessions.CaseReviewDigest}). A circle would mean one
     * capability's state kept in another's aggregate.
     */
    @ParameterizedTest
    @ValueSource(strings = {"cl.circuito.waitinglist", "cl.circuito.mesas"})
    void capabilitiesDependOnEachOtherWithoutCircles(String module) {
        slices().matching(module + ".(*)").should().beFreeOfCycles()
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages(module));
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
