package cl.circuito.admin;

import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import cl.circuito.identity.UserAdministration;
import cl.circuito.network.NetworkAdministration;
import cl.circuito.network.NetworkAdministration.InstitutionData;
import cl.circuito.network.NetworkAdministration.InstitutionSummary;
import cl.circuito.network.NetworkAdministration.ProgramData;
import cl.circuito.network.ProgramSummary;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

import java.util.Set;
import java.util.UUID;

import static cl.circuito.testing.Fixtures.ROOT;
import static cl.circuito.testing.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@CircuitoTest
class NetworkAdministrationPagesTests {

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
    void adminRegistersAnInstitutionAndSeesItListed() throws Exception {
        String name = unique("Fundación Los Aromos");

        mvc.perform(post("/admin/institutions").with(admin).with(csrf())
                        .param("name", name).param("rut", "70.123.456-7").param("email", "contacto@example.cl"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/institutions"))
                .andExpect(flash().attribute("success", "Se registró la institución «" + name + "»."));

        mvc.perform(get("/admin/institutions").with(admin).param("q", name))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(name), containsString("70.123.456-7"))));
    }

    @Test
    void adminRegistersAProgramAndAppointsADirectorWhoGetsAccessToIt() throws Exception {
        InstitutionSummary institution = network.createInstitution(ROOT,
                new InstitutionData(unique("Fundación Mar Azul"), null, null, null, null));
        ProgramSummary first = network.createProgram(ROOT, institution.id(), program(unique("PPF Cerro Alegre"), 80));
        Actor director = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(first.id()));
        String name = unique("PRM Playa Ancha");

        mvc.perform(post("/admin/programs").with(admin).with(csrf())
                        .param("institutionId", institution.id().toString())
                        .param("modalityCode", "PRM")
                        .param("name", name)
                        .param("code", "1050123")
                        .param("comunaCode", "05101")
                        .param("agreedCapacity", "60")
                        .param("hasSupportProfessional", "true")
                        .param("active", "true")
                        .param("directorUserId", director.userId().toString()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/programs"))
                .andExpect(flash().attribute("success", "Se registró el programa «" + name + "»."));

        ProgramSummary created = network.programs(ROOT).stream()
                .filter(p -> p.name().equals(name)).findFirst().orElseThrow();
        assertThat(created.directorUserId()).isEqualTo(director.userId());
        assertThat(created.agreedCapacity()).isEqualTo(60);
        assertThat(created.hasSupportProfessional()).isTrue();
        assertThat(created.comunaName()).isEqualTo("Valparaíso");
        assertThat(users.get(ROOT, director.userId()).programIds()).containsExactlyInAnyOrder(first.id(), created.id());

        mvc.perform(get("/admin/programs").with(admin).param("q", name))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(name), containsString(director.displayName()),
                        containsString(institution.name()))));
    }

    @Test
    void anEndedProgramSaysWhenItEndedWhereItsStateIsShown() throws Exception {
        InstitutionSummary institution = network.createInstitution(ROOT,
                new InstitutionData(unique("Fundación Río Claro"), null, null, null, null));
        String name = unique("PIE Quilpué");
        ProgramSummary program = network.createProgram(ROOT, institution.id(), program(name, 30));
        network.updateProgram(ROOT, program.id(), network.program(ROOT, program.id()).version(),
                new ProgramData("PIE", name, null, "05101", null, null, null, 30, false, false));
        String endedOn = cl.circuito.shared.text.ChileanDates.day(
                network.programs(ROOT).stream().filter(p -> p.id().equals(program.id())).findFirst().orElseThrow().endedOn());

        mvc.perform(get("/admin/programs").with(admin).param("q", name))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Terminó el " + endedOn)));
        mvc.perform(get("/admin/programs/{id}/edit", program.id()).with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Este programa terminó el " + endedOn)));
    }

    @Test
    void programDirectorMustHaveTheDirectorRole() throws Exception {
        InstitutionSummary institution = network.createInstitution(ROOT,
                new InstitutionData(unique("Corporación Quillota"), null, null, null, null));
        ProgramSummary program = network.createProgram(ROOT, institution.id(), program(unique("PIE Quillota"), 40));
        Actor professional = fixtures.user(Role.PROGRAM_PROFESSIONAL, Set.of(program.id()));

        mvc.perform(post("/admin/programs/{id}", program.id()).with(admin).with(csrf())
                        .param("version", "0")
                        .param("institutionId", institution.id().toString())
                        .param("modalityCode", "PIE").param("name", program.name()).param("comunaCode", "05101")
                        .param("agreedCapacity", "40").param("active", "true")
                        .param("directorUserId", professional.userId().toString()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(view().name("admin/program-form"))
                .andExpect(model().attributeHasFieldErrorCode("programForm", "directorUserId", "error.user.notADirector"))
                .andExpect(content().string(containsString("rol «Director(a) de programa»")));

        assertThat(network.programs(ROOT).stream().filter(p -> p.id().equals(program.id())).findFirst().orElseThrow()
                .directorUserId()).isNull();
    }

    @Test
    void invalidProgramFormComesBackWithSpanishMessagesNextToTheFieldsAndWhatWasTyped() throws Exception {
        InstitutionSummary institution = network.createInstitution(ROOT,
                new InstitutionData(unique("Fundación Errores"), null, null, null, null));

        mvc.perform(post("/admin/programs").with(admin).with(csrf())
                        .param("institutionId", institution.id().toString())
                        .param("modalityCode", "PRM")
                        .param("name", "")
                        .param("code", "código-tecleado")
                        .param("comunaCode", "05101")
                        .param("address", "Calle <b>Falsa</b> 123")
                        .param("agreedCapacity", "-3"))
                .andExpect(status().isBadRequest())
                .andExpect(view().name("admin/program-form"))
                .andExpect(content().string(allOf(
                        containsString("El campo «Nombre» es obligatorio."),
                        containsString("El campo «Plazas convenidas» debe ser un número mayor o igual a cero."),
                        containsString("El campo «Dirección» no puede contener etiquetas HTML ni código."),
                        containsString("aria-describedby=\"name-error\""),
                        containsString("id=\"name-error\""),
                        containsString("value=\"" + HtmlUtils.htmlEscape("código-tecleado") + "\""),
                        containsString("value=\"-3\""),
                        containsString("<option value=\"05101\" selected=\"selected\">Valparaíso</option>"))));
    }

    @Test
    void capacityThatIsNotANumberIsReportedInSpanish() throws Exception {
        mvc.perform(post("/admin/programs").with(admin).with(csrf())
                        .param("name", "PRM Sin Plazas").param("agreedCapacity", "muchas"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(
                        containsString("El campo «Plazas convenidas» debe ser un número entero."),
                        containsString("value=\"muchas\""),
                        containsString("El campo «Institución» es obligatorio."))));
    }

    @Test
    void duplicateInstitutionNameIsRejectedNextToTheNameField() throws Exception {
        String name = unique("Fundación Duplicada");
        network.createInstitution(ROOT, new InstitutionData(name, null, null, null, null));

        mvc.perform(post("/admin/institutions").with(admin).with(csrf()).param("name", name.toUpperCase()))
                .andExpect(status().isConflict())
                .andExpect(view().name("admin/institution-form"))
                .andExpect(model().attributeHasFieldErrorCode("institutionForm", "name", "error.network.nameTaken.institution"))
                .andExpect(content().string(containsString("Ya existe una institución con ese nombre.")));
    }

    @Test
    void adminEditsAnInstitution() throws Exception {
        InstitutionSummary institution = network.createInstitution(ROOT,
                new InstitutionData(unique("Fundación Antigua"), null, null, null, null));
        String renamed = unique("Fundación Renovada");

        mvc.perform(get("/admin/institutions/{id}/edit", institution.id()).with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + HtmlUtils.htmlEscape(institution.name()) + "\"")));
        mvc.perform(post("/admin/institutions/{id}", institution.id()).with(admin).with(csrf())
                        .param("version", "0").param("name", renamed).param("phone", "+56 32 222 3333"))
                .andExpect(redirectedUrl("/admin/institutions"));

        assertThat(network.institutions(ROOT)).anySatisfy(i -> {
            assertThat(i.name()).isEqualTo(renamed);
            assertThat(i.phone()).isEqualTo("+56 32 222 3333");
        });
    }

    @Test
    void editingAnOutdatedVersionIsRefusedAsAConflict() throws Exception {
        InstitutionSummary institution = network.createInstitution(ROOT,
                new InstitutionData(unique("Fundación Concurrente"), null, null, null, null));
        network.updateInstitution(ROOT, institution.id(), 0L, new InstitutionData(institution.name(), "1-9", null, null, null));

        mvc.perform(post("/admin/institutions/{id}", institution.id()).with(admin).with(csrf())
                        .param("version", "0").param("name", unique("Otro nombre")))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Recargue la página")));
    }

    @Test
    void adminRegistersAndEditsAReferrer() throws Exception {
        String name = unique("1° Juzgado de Familia de Valparaíso");

        mvc.perform(post("/admin/referrers").with(admin).with(csrf())
                        .param("kind", "FAMILY_COURT").param("name", name).param("comunaCode", "05101")
                        .param("email", "jfvalparaiso@example.cl").param("active", "true"))
                .andExpect(redirectedUrl("/admin/referrers"))
                .andExpect(flash().attribute("success", "Se registró el organismo derivador «" + name + "»."));

        mvc.perform(get("/admin/referrers").with(admin).param("q", name))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(name), containsString("Tribunal de Familia"),
                        containsString("Valparaíso"))));

        UUID id = network.referrers(ROOT).stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow().id();
        mvc.perform(post("/admin/referrers/{id}", id).with(admin).with(csrf())
                        .param("version", "0").param("kind", "FAMILY_COURT").param("name", name)
                        .param("comunaCode", "").param("_active", "on"))
                .andExpect(redirectedUrl("/admin/referrers"));
        assertThat(network.referrers(ROOT)).anySatisfy(r -> {
            assertThat(r.id()).isEqualTo(id);
            assertThat(r.active()).isFalse();
            assertThat(r.comunaName()).isNull();
        });
    }

    @Test
    void formsGroupComunasByRegion() throws Exception {
        mvc.perform(get("/admin/referrers/new").with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<optgroup label=\"Valparaíso\">"),
                        containsString("<option value=\"13120\">Ñuñoa</option>"),
                        not(containsString("style=")))));
    }

    private static ProgramData program(String name, int capacity) {
        return new ProgramData("PPF", name, null, "05101", null, null, null, capacity, false, true);
    }
}
