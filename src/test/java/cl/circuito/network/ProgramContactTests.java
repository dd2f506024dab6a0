package cl.circuito.network;

import cl.circuito.identity.tokens.ApiTokenManagement;
import cl.circuito.network.NetworkAdministration.InstitutionData;
import cl.circuito.network.NetworkAdministration.ProgramData;
import cl.circuito.shared.DomainException;
import cl.circuito.shared.Versions;
import cl.circuito.shared.security.AccessDenied;
import cl.circuito.shared.security.Role;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import static cl.circuito.testing.Fixtures.ROOT;
import static cl.circuito.testing.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A program's contact data (address, phone, e-mail), which the not-eligible oficios naming it give: the admin
 * edits them on the program's page and through the API, with the same rules on both channels.
 */
@CircuitoTest
class ProgramContactTests {

    @Autowired NetworkAdministration network;
    @Autowired ProgramDirectory directory;
    @Autowired Fixtures fixtures;
    @Autowired ApiTokenManagement tokens;
    @Autowired MockMvc mvc;

    ProgramSummary program;
    UUID institution;

    @BeforeEach
    void setUp() {
        institution = network.createInstitution(ROOT, new InstitutionData(unique("Fundación Contacto"), null, null,
                null, null)).id();
        program = network.createProgram(ROOT, institution, new ProgramData("PDC", unique("PDC Biobío"), null,
                "08101", null, null, null, 20, false, true));
    }

    @Test
    void chileanPhonesAndUsableAddressesAreKeptAsTyped() {
        for (String phone : List.of("+56 42 221 0000", "42 221 0000", "(42) 221-0000", "+56 9 8765 4321",
                "56987654321", "987654321")) {
            ProgramContact saved = change(new ProgramContact(" Av. Collao 1202 ", phone, " pdc@ejemplo.cl "));
            assertThat(saved).isEqualTo(new ProgramContact("Av. Collao 1202", phone, "pdc@ejemplo.cl"));
        }
        assertThat(directory.contact(program.id())).contains(new ProgramContact("Av. Collao 1202", "987654321",
                "pdc@ejemplo.cl"));

        assertThat(change(new ProgramContact("  ", "", null)).isEmpty()).isTrue();
        assertThat(directory.contact(program.id())).contains(ProgramContact.NONE);
    }

    @Test
    void anUnusableContactIsRefusedNamingItsField() {
        for (String phone : List.of("221 0000", "12", "+54 11 4321 0000", "anexo 23", "+56 42 221 00001")) {
            assertRefused(new ProgramContact(null, phone, null), "phone", "error.network.phone");
        }
        for (String email : List.of("pdc", "pdc@", "@ejemplo.cl", "pdc@ejemplo", "p dc@ejemplo.cl")) {
            assertRefused(new ProgramContact(null, null, email), "email", "error.network.email");
        }
        assertRefused(new ProgramContact("<b>Calle</b> 1", null, null), "address", "error.network.markup");
        assertRefused(new ProgramContact("x".repeat(301), null, null), "address", "error.network.tooLong");
        assertThat(directory.contact(program.id())).contains(ProgramContact.NONE);
    }

    @Test
    void onlyTheAdministratorChangesItAndNeverOverAnotherPersonsChange() {
        long version = network.programContact(ROOT, program.id()).version();
        network.changeProgramContact(ROOT, program.id(), version, new ProgramContact("Calle 1", null, null));

        assertThatThrownBy(() -> network.changeProgramContact(ROOT, program.id(), version,
                new ProgramContact("Calle 2", null, null))).isInstanceOfSatisfying(Versions.Stale.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.CONFLICT);
                    assertThat(e.messageKey()).isEqualTo("error.concurrentEdit");
                });
        assertThatThrownBy(() -> network.changeProgramContact(ROOT, program.id(), null, ProgramContact.NONE))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("version"));
        assertThatThrownBy(() -> network.changeProgramContact(fixtures.user(Role.PROGRAM_DIRECTOR,
                Set.of(program.id())), program.id(), version + 1, ProgramContact.NONE)).isInstanceOf(AccessDenied.class);
        assertThat(directory.contact(program.id()).orElseThrow().address()).isEqualTo("Calle 1");
    }

    @Test
    void theApiReadsAndChangesTheContactWithTheSameRules() throws Exception {
        String bearer = "Bearer " + tokens.create(fixtures.user(Role.ADMIN, Set.of()), "red").secret();
        String read = mvc.perform(get("/api/v1/admin/programs/{id}/contact", program.id()).header("Authorization", bearer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.address").doesNotExist())
                .andReturn().getResponse().getContentAsString();
        int version = JsonPath.read(read, "$.version");

        mvc.perform(put("/api/v1/admin/programs/{id}/contact", program.id()).header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": " + version + ", \"phone\": \"221 0000\", \"email\": \"pdc@ejemplo.cl\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("phone"))
                .andExpect(jsonPath("$.errors[0].message", containsString("9 dígitos")));

        mvc.perform(put("/api/v1/admin/programs/{id}/contact", program.id()).header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": " + version + ", \"address\": \"Av. Collao 1202\", "
                                + "\"phone\": \"+56 41 221 0000\", \"email\": \"pdc@ejemplo.cl\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(version + 1))
                .andExpect(jsonPath("$.phone").value("+56 41 221 0000"));

        mvc.perform(put("/api/v1/admin/programs/{id}/contact", program.id()).header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\": " + version + "}"))
                .andExpect(status().isConflict());
        mvc.perform(put("/api/v1/admin/programs/{id}/contact", program.id()).header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"address\": \"Otra\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("version"));

        mvc.perform(get("/api/v1/admin/programs/{id}/contact", program.id()).header("Authorization",
                        "Bearer " + tokens.create(fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(program.id())), "red").secret()))
                .andExpect(status().isForbidden());
        assertThat(directory.contact(program.id()).orElseThrow().email()).isEqualTo("pdc@ejemplo.cl");
    }

    @Test
    void theProgramsPageShowsAnUnusablePhoneNextToItAndKeepsWhatWasTyped() throws Exception {
        var as = fixtures.as(fixtures.user(Role.ADMIN, Set.of()));
        mvc.perform(post("/admin/programs/{id}", program.id()).with(as).with(csrf())
                        .param("version", String.valueOf(network.programContact(ROOT, program.id()).version()))
                        .param("institutionId", institution.toString())
                        .param("modalityCode", "PDC").param("name", program.name()).param("comunaCode", "08101")
                        .param("agreedCapacity", "20").param("active", "true")
                        .param("address", "Av. Collao 1202").param("phone", "221 0000").param("email", "pdc@ejemplo.cl"))
                .andExpect(model().attributeHasFieldErrorCode("programForm", "phone", "error.network.phone"))
                .andExpect(content().string(containsString("Escriba un teléfono de Chile de 9 dígitos")))
                .andExpect(content().string(containsString("value=\"Av. Collao 1202\"")))
                .andExpect(content().string(containsString("Datos de contacto")));

        mvc.perform(post("/admin/programs/{id}", program.id()).with(as).with(csrf())
                        .param("version", String.valueOf(network.programContact(ROOT, program.id()).version()))
                        .param("institutionId", institution.toString())
                        .param("modalityCode", "PDC").param("name", program.name()).param("comunaCode", "08101")
                        .param("agreedCapacity", "20").param("active", "true")
                        .param("address", "Av. Collao 1202").param("phone", "+56 41 221 0000"))
                .andExpect(redirectedUrl("/admin/programs"));
        assertThat(directory.contact(program.id())).contains(new ProgramContact("Av. Collao 1202", "+56 41 221 0000", null));
    }

    private ProgramContact change(ProgramContact contact) {
        return network.changeProgramContact(ROOT, program.id(), network.programContact(ROOT, program.id()).version(),
                contact);
    }

    private void assertRefused(ProgramContact contact, String field, String key) {
        assertThatThrownBy(() -> change(contact)).as(contact.toString()).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.status()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }
}
