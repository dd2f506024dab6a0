package cl.circuito.admin;

import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import cl.circuito.identity.User;
import cl.circuito.identity.UserAdministration;
import cl.circuito.identity.UserAdministration.UserCriteria;
import cl.circuito.identity.UserAdministration.UserDetails;
import cl.circuito.network.NetworkAdministration;
import cl.circuito.network.NetworkAdministration.InstitutionData;
import cl.circuito.network.NetworkAdministration.InstitutionSummary;
import cl.circuito.network.NetworkAdministration.ProgramData;
import cl.circuito.network.NetworkAdministration.ReferrerData;
import cl.circuito.network.ReferrerKind;
import cl.circuito.shared.security.AccessDenied;
import cl.circuito.shared.security.AccessScope;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.util.Set;
import java.util.UUID;

import static cl.circuito.testing.Fixtures.ROOT;
import static cl.circuito.testing.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The administration's tables: searched, filtered and paginated in the database. The database is
 * shared with every other test class, so each test searches for a tag only its own rows carry.
 */
@CircuitoTest
class AdminListPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAdministration users;
    @Autowired
    NetworkAdministration network;
    @Autowired
    Fixtures fixtures;

    RequestPostProcessor admin;

    @BeforeEach
    void logInAsAdministrator() {
        admin = fixtures.as(fixtures.user(Role.ADMIN, Set.of()));
    }

    @Test
    void searchFindsAUserIgnoringAccentsAndCase() throws Exception {
        String tag = unique("acentos");
        User monica = aUser("Mónica Núñez Ñancupil " + tag, Role.NATIONAL_TEAM, null);

        mvc.perform(get("/admin/users").with(admin).param("q", "MONICA NUNEZ nancupil " + tag))
                .andExpect(status().isOk())
                .andExpect(view().name("admin/users"))
                .andExpect(content().string(allOf(containsString("Mónica Núñez Ñancupil " + tag),
                        containsString(monica.username()), containsString("1 resultado"),
                        containsString("<caption class=\"visually-hidden\">Usuarios</caption>"),
                        containsString("scope=\"col\""),
                        containsString("/admin/users/" + monica.id() + "/edit"))));
    }

    @Test
    void searchAlsoLooksInUsernameAndEmail() throws Exception {
        String tag = unique("correo");
        User user = aUser("Pedro Soto " + tag, Role.NATIONAL_TEAM, null);

        mvc.perform(get("/admin/users").with(admin).param("q", user.username().toUpperCase()))
                .andExpect(content().string(allOf(containsString("Pedro Soto " + tag), containsString("1 resultado"))));
        mvc.perform(get("/admin/users").with(admin).param("q", user.email()))
                .andExpect(content().string(allOf(containsString("Pedro Soto " + tag), containsString("1 resultado"))));
    }

    @Test
    void roleAndAccountFiltersNarrowTheList() throws Exception {
        String tag = unique("roles");
        User national = aUser("Ana Equipo " + tag, Role.NATIONAL_TEAM, null);
        User territorial = aUser("Berta Gestora " + tag, Role.TERRITORIAL_MANAGER, "05");
        User disabled = aUser("Carla Gestora " + tag, Role.TERRITORIAL_MANAGER, "05");
        users.update(ROOT, disabled.id(), new UserDetails(disabled.username(), disabled.fullName(), disabled.email(),
                null, Role.TERRITORIAL_MANAGER, "05", Set.of()), false);

        mvc.perform(get("/admin/users").with(admin).param("q", tag).param("role", "TERRITORIAL_MANAGER"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(territorial.fullName()),
                        containsString(disabled.fullName()), not(containsString(national.fullName())),
                        containsString("2 resultados"),
                        containsString("<option value=\"TERRITORIAL_MANAGER\" selected=\"selected\">"))));
        mvc.perform(get("/admin/users").with(admin).param("q", tag).param("role", "TERRITORIAL_MANAGER")
                        .param("enabled", "false"))
                .andExpect(content().string(allOf(containsString(disabled.fullName()),
                        not(containsString(territorial.fullName())), containsString("1 resultado"))));
        mvc.perform(get("/admin/users").with(admin).param("q", tag).param("role", "PROGRAM_DIRECTOR"))
                .andExpect(content().string(allOf(containsString("0 resultados"),
                        containsString("No hay resultados con estos criterios."))));
    }

    @Test
    void htmxRequestGetsOnlyTheResults() throws Exception {
        String tag = unique("htmx");
        User user = aUser("Daniela Fragmento " + tag, Role.NATIONAL_TEAM, null);

        mvc.perform(get("/admin/users").with(admin).param("q", tag).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(view().name("admin/fragments :: users"))
                .andExpect(content().string(allOf(containsString("id=\"results\""), containsString(user.fullName()),
                        not(containsString("<html")), not(containsString("role=\"search\"")))));
        mvc.perform(get("/admin/users").with(admin).param("q", tag))
                .andExpect(content().string(allOf(containsString("<html"), containsString("hx-get=\"/admin/users\""),
                        containsString("hx-target=\"#results\""))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/admin/programs", "/admin/institutions", "/admin/referrers"})
    void everyNetworkListAnswersHtmxWithItsResultsOnly(String path) throws Exception {
        mvc.perform(get(path).with(admin).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"results\""), not(containsString("<html")))));
        mvc.perform(get(path).with(admin).param("q", unique("nada")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<html"), containsString("role=\"search\""),
                        containsString("0 resultados"), containsString("No hay resultados con estos criterios."))));
    }

    @Test
    void moreThan25InstitutionsMakeASecondPageThatKeepsTheSearch() throws Exception {
        String tag = unique("paginas");
        for (int i = 1; i <= 26; i++) {
            network.createInstitution(ROOT, new InstitutionData(String.format("%s Fundación %02d", tag, i),
                    null, null, null, null));
        }

        mvc.perform(get("/admin/institutions").with(admin).param("q", tag))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("26 resultados"),
                        containsString(tag + " Fundación 25"), not(containsString(tag + " Fundación 26")),
                        containsString("Página 1 de 2"),
                        containsString("href=\"/admin/institutions?q=" + tag + "&amp;page=1\""))));
        mvc.perform(get("/admin/institutions").with(admin).param("q", tag).param("page", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(tag + " Fundación 26"),
                        not(containsString(tag + " Fundación 25")), containsString("Página 2 de 2"))));
        mvc.perform(get("/admin/institutions").with(admin).param("q", tag).param("page", "7"))
                .andExpect(content().string(allOf(containsString(tag + " Fundación 26"),
                        containsString("Página 2 de 2"))));
    }

    @Test
    void programsAreFoundByTheirInstitutionAndFilteredByRegionAndModality() throws Exception {
        String tag = unique("programas");
        InstitutionSummary institution = network.createInstitution(ROOT,
                new InstitutionData("Corporación Añañuca " + tag, null, null, null, null));
        network.createProgram(ROOT, institution.id(), program("PRM Valparaíso", "PRM", "05101"));
        network.createProgram(ROOT, institution.id(), program("PPF Valparaíso", "PPF", "05101"));
        network.createProgram(ROOT, institution.id(), program("PRM Santiago", "PRM", "13101"));

        mvc.perform(get("/admin/programs").with(admin).param("q", "corporacion ananuca " + tag))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("3 resultados"), containsString("PRM Santiago"))));
        mvc.perform(get("/admin/programs").with(admin).param("q", tag).param("region", "05"))
                .andExpect(content().string(allOf(containsString("2 resultados"), containsString("PPF Valparaíso"),
                        not(containsString("PRM Santiago")))));
        mvc.perform(get("/admin/programs").with(admin).param("q", tag).param("region", "05").param("modality", "PRM"))
                .andExpect(content().string(allOf(containsString("1 resultado"), containsString("PRM Valparaíso"),
                        not(containsString("PPF Valparaíso")),
                        containsString("<option value=\"05\" selected=\"selected\">Valparaíso</option>"))));
    }

    @Test
    void referrersAreFilteredByKind() throws Exception {
        String tag = unique("derivadores");
        network.createReferrer(ROOT, new ReferrerData(ReferrerKind.FAMILY_COURT, "Juzgado de Familia de Quilpué " + tag,
                "05801", null, null, null, true));
        network.createReferrer(ROOT, new ReferrerData(ReferrerKind.OPD, "OPD Quilpué " + tag,
                null, null, null, null, true));

        mvc.perform(get("/admin/referrers").with(admin).param("q", "quilpue " + tag))
                .andExpect(content().string(containsString("2 resultados")));
        mvc.perform(get("/admin/referrers").with(admin).param("q", tag).param("kind", "OPD"))
                .andExpect(content().string(allOf(containsString("1 resultado"), containsString("OPD Quilpué " + tag),
                        not(containsString("Juzgado de Familia de Quilpué " + tag)),
                        containsString("<option value=\"OPD\" selected=\"selected\">"))));
    }

    @Test
    void onlyAdministratorsMaySearch() {
        Actor nationalTeam = new Actor(UUID.randomUUID(), "nacional", "Equipo nacional", Role.NATIONAL_TEAM,
                new AccessScope.Nationwide());
        PageRequest first = PageRequest.of(0, AdminLists.PAGE_SIZE);

        assertThatThrownBy(() -> users.search(nationalTeam, UserCriteria.none(), first)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> network.searchInstitutions(nationalTeam, null, first)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> network.searchReferrers(nationalTeam, null, null, first)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> network.searchPrograms(nationalTeam,
                new NetworkAdministration.ProgramCriteria(null, null, null), first)).isInstanceOf(AccessDenied.class);
    }

    private User aUser(String fullName, Role role, String regionCode) {
        return fixtures.stored(fixtures.user(fullName, role, regionCode));
    }

    private static ProgramData program(String name, String modality, String comuna) {
        return new ProgramData(modality, name, null, comuna, null, null, null, 20, false, true);
    }
}
