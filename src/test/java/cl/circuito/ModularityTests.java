package cl.circuito;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
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
     * Inside the waiting list, the capabilities' domain packages (their web pages aside, which compose each other's
     * sections) depend on each other in one direction only: entry knows nothing of priority, ranking or admission,
     * which build on it. A circle would mean one capability's state kept in another's aggregate.
     */
    @Test
    void capabilitiesDependOnEachOtherWithoutCircles() {
        slices().matching("cl.circuito.waitinglist.(*)").should().beFreeOfCycles()
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("cl.circuito.waitinglist"));
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
