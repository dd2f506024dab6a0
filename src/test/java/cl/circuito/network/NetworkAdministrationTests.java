package cl.circuito.network;

import cl.circuito.testing.CircuitoTest;
import cl.circuito.network.NetworkAdministration.ComunaOption;
import cl.circuito.network.NetworkAdministration.InstitutionData;
import cl.circuito.network.NetworkAdministration.InstitutionSummary;
import cl.circuito.network.NetworkAdministration.ProgramData;
import cl.circuito.network.NetworkAdministration.ReferrerData;
import cl.circuito.network.NetworkAdministration.RegionComunas;
import cl.circuito.shared.DomainException;
import cl.circuito.shared.security.AccessDenied;
import cl.circuito.shared.security.AccessScope;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static cl.circuito.testing.Fixtures.ROOT;
import static cl.circuito.testing.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@CircuitoTest
class NetworkAdministrationTests {

    private static final Actor NATIONAL_TEAM = new Actor(UUID.randomUUID(), "nacional", "Equipo nacional",
            Role.NATIONAL_TEAM, new AccessScope.Nationwide());

    @Autowired
    NetworkAdministration network;
    @Autowired
    ProgramDirectory directory;
    @Autowired
    Clock clock;

    private static final Actor DIRECTOR = new Actor(UUID.randomUUID(), "directora", "Directora",
            Role.PROGRAM_DIRECTOR, new AccessScope.Programs(java.util.Set.of()));

    /**
     * The national team brings the network in (issue 16: creating what does not exist yet, from a sheet) but does
     * not list, edit or deactivate it; program staff do neither.
     */
    @Test
    void onlyWhoManagesTheNetworkMayChangeItAndTheNationalTeamMayOnlyAddToIt() {
        InstitutionData data = new InstitutionData(unique("Fundación"), null, null, null, null);

        assertThatThrownBy(() -> network.createInstitution(DIRECTOR, data)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> network.createReferrer(DIRECTOR,
                new ReferrerData(ReferrerKind.OPD, unique("OPD"), null, null, null, null, true)))
                .isInstanceOf(AccessDenied.class);
        InstitutionSummary added = network.createInstitution(NATIONAL_TEAM, data);
        assertThatThrownBy(() -> network.institutions(NATIONAL_TEAM)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> network.updateInstitution(NATIONAL_TEAM, added.id(), 0L,
                new InstitutionData(unique("Otra"), null, null, null, null))).isInstanceOf(AccessDenied.class);
    }

    @Test
    void programNamesAreUniqueWithinTheirInstitutionIgnoringCase() {
        var first = network.createInstitution(ROOT, new InstitutionData(unique("Fundación Uno"), null, null, null, null));
        var second = network.createInstitution(ROOT, new InstitutionData(unique("Fundación Dos"), null, null, null, null));
        String name = unique("PRM Talcahuano");
        network.createProgram(ROOT, first.id(), program(name, 10));

        assertThatThrownBy(() -> network.createProgram(ROOT, first.id(), program(name.toLowerCase(), 10)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.field()).isEqualTo("name");
                    assertThat(e.status()).isEqualTo(HttpStatus.CONFLICT);
                    assertThat(e.messageKey()).isEqualTo("error.network.nameTaken.program");
                });
        assertThat(network.createProgram(ROOT, second.id(), program(name, 10)).institutionId()).isEqualTo(second.id());
    }

    @Test
    void agreedCapacityCannotBeNegativeAndComunaMustExist() {
        var institution = network.createInstitution(ROOT, new InstitutionData(unique("Fundación Tres"), null, null, null, null));

        assertThatThrownBy(() -> network.createProgram(ROOT, institution.id(), program(unique("PPF"), -1)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("agreedCapacity"));
        assertThatThrownBy(() -> network.createProgram(ROOT, institution.id(),
                new ProgramData("PPF", unique("PPF"), null, "99999", null, null, null, 5, false, true)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("comunaCode"));
    }

    @Test
    void onlyWhoManagesTheNetworkMayAppointOrRemoveADirector() {
        var institution = network.createInstitution(ROOT, new InstitutionData(unique("Fundación Cuatro"), null, null, null, null));
        var program = network.createProgram(ROOT, institution.id(), program(unique("PIE Coronel"), 30));

        assertThatThrownBy(() -> network.appointDirector(NATIONAL_TEAM, program.id(), null)).isInstanceOf(AccessDenied.class);
        network.appointDirector(ROOT, program.id(), null);
        assertThat(network.programs(ROOT)).anySatisfy(p -> {
            assertThat(p.id()).isEqualTo(program.id());
            assertThat(p.directorUserId()).isNull();
        });
    }

    @Test
    void comunasComeGroupedByRegionInSpanishOrder() {
        List<RegionComunas> regions = network.comunasByRegion();

        assertThat(regions).hasSize(16);
        assertThat(regions.stream().mapToInt(r -> r.comunas().size()).sum()).isEqualTo(346);
        List<String> santiago = regions.stream().filter(r -> r.code().equals("13")).findFirst().orElseThrow()
                .comunas().stream().map(ComunaOption::name).toList();
        assertThat(santiago.indexOf("Ñuñoa")).isGreaterThan(santiago.indexOf("Macul"))
                .isLessThan(santiago.indexOf("Padre Hurtado"));
    }

    /**
     * A program ends the day the administrator marks it no longer in force (its records' retention counts from it),
     * keeps that day while it stays inactive, and is not ended any more once active again.
     */
    @Test
    void markingAProgramInactiveEndsItTodayAndReactivatingItTakesTheEndBack() {
        var institution = network.createInstitution(ROOT, new InstitutionData(unique("Fundación Cuatro"), null, null, null, null));
        String name = unique("PRM Lota");
        ProgramSummary created = network.createProgram(ROOT, institution.id(), program(name, 20));
        assertThat(created.endedOn()).isNull();
        LocalDate today = LocalDate.now(clock);

        ProgramSummary ended = network.updateProgram(ROOT, created.id(), network.program(ROOT, created.id()).version(),
                inactive(name));

        assertThat(ended.active()).isFalse();
        assertThat(ended.endedOn()).isEqualTo(today);
        assertThat(directory.find(created.id()).orElseThrow().endedOn()).isEqualTo(today);

        ProgramSummary savedAgain = network.updateProgram(ROOT, created.id(),
                network.program(ROOT, created.id()).version(), inactive(name));
        assertThat(savedAgain.endedOn()).as("saved again while inactive: the same end").isEqualTo(today);

        ProgramSummary reactivated = network.updateProgram(ROOT, created.id(),
                network.program(ROOT, created.id()).version(), program(name, 20));
        assertThat(reactivated.active()).isTrue();
        assertThat(reactivated.endedOn()).isNull();
        assertThat(directory.find(created.id()).orElseThrow().endedOn()).isNull();
    }

    @Test
    void aProgramCreatedInactiveHasEndedFromItsCreation() {
        var institution = network.createInstitution(ROOT, new InstitutionData(unique("Fundación Cinco"), null, null, null, null));

        ProgramSummary created = network.createProgram(ROOT, institution.id(), inactive(unique("PPF Coronel")));

        assertThat(created.endedOn()).isEqualTo(LocalDate.now(clock));
    }

    private static ProgramData inactive(String name) {
        return new ProgramData("PPF", name, null, "08101", null, null, null, 20, false, false);
    }

    private static ProgramData program(String name, int capacity) {
        return new ProgramData("PPF", name, null, "08101", null, null, null, capacity, false, true);
    }
}
