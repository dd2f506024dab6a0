package cl.circuito.waitinglist.entry.web;

import cl.circuito.identity.tokens.ApiTokenManagement;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Role;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import cl.circuito.waitinglist.admission.AdmissionPlanning;
import cl.circuito.waitinglist.entry.FamilyContact;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * How the program reaches a child's family: recorded at intake (page and API), shown and corrected on the entry page
 * and through the API (audited field by field, on the contact's own version), the admission interview's corrected
 * address, and never outside the program's scope.
 */
@CircuitoTest
class FamilyContactTests {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("America/Santiago"));

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired ApiTokenManagement tokens;
    @Autowired AdmissionPlanning planning;
    @Autowired JdbcClient jdbc;

    UUID program;
    UUID court;
    Actor director;

    @BeforeEach
    void setUp() {
        program = fixtures.program("PRM", "13101");
        court = fixtures.referrer("FAMILY_COURT");
        director = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(program));
    }

    @Test
    void theIntakeFormRecordsTheContactAndTheEntryPageShowsItWithTheSafetyNotes() throws Exception {
        String surname = "Contacto" + Fixtures.next();
        String location = mvc.perform(multipart("/programs/{id}/referrals", program).with(csrf()).with(fixtures.as(director))
                        .param("givenNames", "Martina").param("paternalSurname", surname).param("birthDate", "2016-04-04")
                        .param("referrerId", court.toString()).param("courtRit", "P-77-2026").param("reason", "Motivo")
                        .param("receivedOn", TODAY.toString()).param("backgroundSufficient", "true")
                        .param("street", "Los Aromos").param("streetNumber", "4521").param("comunaCode", "13201")
                        .param("adultName", "Gloria Rivas").param("adultRelationship", "Abuela")
                        .param("phone", "9 8765 4321").param("otherPhone", "(2) 2345-6789")
                        .param("email", "Gloria@Ejemplo.cl").param("safetyNotes", "No llamar al número del padre."))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        UUID entryId = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));

        mvc.perform(get("/entries/{id}", entryId).with(fixtures.as(director)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Los Aromos 4521, Puente Alto"),
                        containsString("Gloria Rivas"), containsString("(Abuela)"), containsString("+56 9 8765 4321"),
                        containsString("+56 2 2345 6789"), containsString("gloria@ejemplo.cl"),
                        containsString("No llamar al número del padre."))));
        assertThat(jdbc.sql("select changes::text from audit_event where subject_id = ? and what = 'audit.entry.registered'")
                .param(entryId).query(String.class).single()).contains("Los Aromos 4521, Puente Alto");
    }

    @Test
    void theIntakeFormRefusesAPhoneThatIsNoChileanPhoneNextToItKeepingWhatWasTyped() throws Exception {
        mvc.perform(multipart("/programs/{id}/referrals", program).with(csrf()).with(fixtures.as(director))
                        .param("givenNames", "Martina").param("paternalSurname", "Telefono" + Fixtures.next())
                        .param("birthDate", "2016-04-04").param("referrerId", court.toString())
                        .param("courtRit", "P-78-2026").param("reason", "Motivo").param("receivedOn", TODAY.toString())
                        .param("backgroundSufficient", "true").param("street", "Pasaje Uno")
                        .param("phone", "12345"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("Escriba un teléfono chileno de 9 dígitos"),
                        containsString("value=\"12345\""), containsString("Pasaje Uno"))));
        assertThat(jdbc.sql("select count(*) from waiting_list_entry where program_id = ?").param(program)
                .query(Long.class).single()).isZero();
    }

    @Test
    void theApiTakesTheContactAtIntakeShowsItAndChangesItOnItsVersionAudited() throws Exception {
        String bearer = "Bearer " + tokens.create(director, "contactos").secret();
        String created = mvc.perform(post("/api/v1/programs/{id}/referrals", program).header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"rut": "%s", "givenNames": "Tomás", "paternalSurname": "Ficticio", "birthDate": "2014-06-01",
                                 "referrerId": "%s", "courtRit": "P-%d-2026", "reason": "Motivo", "receivedOn": "%s",
                                 "backgroundSufficient": true, "street": "Avenida Central", "streetNumber": "100",
                                 "comunaCode": "13101", "phone": "+56912345678",
                                 "safetyNotes": "Llamar solo a la abuela"}
                                """.formatted(Fixtures.rut(), court, Fixtures.next(), TODAY)))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(created, "$.id");

        mvc.perform(get("/api/v1/entries/{id}", id).header("Authorization", bearer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.contact.address").value("Avenida Central 100, Santiago"))
                .andExpect(jsonPath("$.contact.phone").value("+56 9 1234 5678"))
                .andExpect(jsonPath("$.contact.safetyNotes").value("Llamar solo a la abuela"))
                .andExpect(jsonPath("$.contact.version").value(0));

        String changed = """
                {"street": "Avenida Central", "streetNumber": "100", "comunaCode": "13101", "phone": "%s",
                 "adultName": "Rosa Díaz", "safetyNotes": "Llamar solo a la abuela", "contactReason": "Cambió de número",
                 "version": %s}
                """;
        mvc.perform(put("/api/v1/entries/{id}/contact", id).header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON).content(changed.formatted("987", 0)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("phone"))
                .andExpect(jsonPath("$.errors[0].message", containsString("teléfono chileno")));
        mvc.perform(put("/api/v1/entries/{id}/contact", id).header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON).content(changed.formatted("22 345 6789", 0)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.contact.phone").value("+56 2 2345 6789"))
                .andExpect(jsonPath("$.contact.adultName").value("Rosa Díaz"))
                .andExpect(jsonPath("$.contact.version").value(1))
                .andExpect(jsonPath("$.history[?(@.what == 'audit.contact.changed')].changes.phone.before")
                        .value("+56 9 1234 5678"))
                .andExpect(jsonPath("$.history[?(@.what == 'audit.contact.changed')].changes.phone.after")
                        .value("+56 2 2345 6789"))
                .andExpect(jsonPath("$.history[?(@.what == 'audit.contact.changed')].changes.reason")
                        .value("Cambió de número"))
                .andExpect(jsonPath("$.history[?(@.what == 'audit.contact.changed')].changes.address").isEmpty());
        // A correction of a recorded contact says why (Ley 21.719): without a reason nothing changes.
        mvc.perform(put("/api/v1/entries/{id}/contact", id).header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON).content(changed.replace(
                                "\"contactReason\": \"Cambió de número\",", "").formatted("+56 9 3333 4444", 1)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("contactReason"))
                .andExpect(jsonPath("$.errors[0].message", containsString("Diga por qué se corrige")));
        // Based on the version read before that change: someone changed it meanwhile.
        mvc.perform(put("/api/v1/entries/{id}/contact", id).header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON).content(changed.formatted("+56 9 1111 2222", 0)))
                .andExpect(status().isConflict());
        mvc.perform(put("/api/v1/entries/{id}/contact", id).header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON).content(changed.formatted("+56 9 1111 2222", "null")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
    }

    @Test
    void theEntryPageCorrectsTheContactAuditedAndAStaleFormIsRefused() throws Exception {
        UUID entryId = fixtures.referral(director, program, court).contact(new FamilyContact("Las Rosas", "12", "13101",
                "Ana Soto", "Madre", "+56 9 1234 5678", null, null, null)).waiting().register().id();

        // Beside the monitoring form too, for whoever goes to see the child.
        mvc.perform(get("/entries/{id}", entryId).with(fixtures.as(director)))
                .andExpect(content().string(allOf(containsString("Corregir el contacto"),
                        containsString("id=\"h-contact-monitoring\""),
                        containsString("id=\"contact-street\""), containsString("Las Rosas 12, Santiago"))));
        mvc.perform(post("/entries/{id}/contact", entryId).with(csrf()).with(fixtures.as(director))
                        .param("version", "0").param("street", "Las Rosas").param("streetNumber", "12")
                        .param("comunaCode", "13101").param("adultName", "Ana Soto").param("adultRelationship", "Madre")
                        .param("phone", "+56 9 1234 5678").param("email", "ana@ejemplo.cl")
                        .param("safetyNotes", "No visitar los fines de semana: está el agresor."))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("id=\"contact-reason-error\""),
                        containsString("Diga por qué se corrige"))));
        mvc.perform(post("/entries/{id}/contact", entryId).with(csrf()).with(fixtures.as(director))
                        .param("version", "0").param("street", "Las Rosas").param("streetNumber", "12")
                        .param("comunaCode", "13101").param("adultName", "Ana Soto").param("adultRelationship", "Madre")
                        .param("phone", "+56 9 1234 5678").param("email", "ana@ejemplo.cl")
                        .param("safetyNotes", "No visitar los fines de semana: está el agresor.")
                        .param("contactReason", "Visita domiciliaria del 3 de diciembre"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("success", "Contacto de la familia guardado."));
        mvc.perform(get("/entries/{id}", entryId).with(fixtures.as(director)))
                .andExpect(content().string(allOf(containsString("ana@ejemplo.cl"),
                        containsString("No visitar los fines de semana: está el agresor."))));
        mvc.perform(get("/entries/{id}/history", entryId).with(fixtures.as(director)))
                .andExpect(content().string(allOf(containsString("Corrigió el contacto de la familia"),
                        containsString("Indicaciones para un contacto seguro"), containsString("Correo electrónico"),
                        containsString("Visita domiciliaria del 3 de diciembre"))));

        mvc.perform(post("/entries/{id}/contact", entryId).with(csrf()).with(fixtures.as(director))
                        .param("version", "0").param("street", "Otra calle"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Otra persona modificó este registro")));
        mvc.perform(post("/entries/{id}/contact", entryId).with(csrf()).with(fixtures.as(director))
                        .param("version", "1").param("street", "Las Rosas").param("comunaCode", "99999"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("id=\"contact-comunaCode-error\""),
                        containsString("La comuna elegida no existe."))));
    }

    @Test
    void anotherProgramsUserNeitherSeesNorChangesTheContact() throws Exception {
        UUID entryId = fixtures.referral(director, program, court).contact(new FamilyContact("Calle Secreta", "7",
                "13101", null, null, null, null, null, "No llamar al padre")).register().id();
        UUID other = fixtures.program("PRM", "13101");
        Actor outsider = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(other));
        String bearer = "Bearer " + tokens.create(outsider, "otro programa").secret();

        mvc.perform(get("/entries/{id}", entryId).with(fixtures.as(outsider)))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("Calle Secreta"))));
        mvc.perform(get("/api/v1/entries/{id}", entryId).header("Authorization", bearer))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("Calle Secreta"))));
        mvc.perform(put("/api/v1/entries/{id}/contact", entryId).header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"street\": \"Cambio\", \"version\": 0}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/entries/{id}/contact", entryId).with(csrf()).with(fixtures.as(outsider))
                        .param("version", "0").param("street", "Cambio"))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("select street from entry_contact where entry_id = ?").param(entryId)
                .query(String.class).single()).isEqualTo("Calle Secreta");
    }

    @Test
    void theAdmissionInterviewStartsFromTheRecordedAddressAndACorrectionUpdatesTheContact() throws Exception {
        UUID entryId = fixtures.referral(director, program, court).bornOn(LocalDate.of(2014, 5, 5))
                .receivedOn(TODAY.minusDays(30)).eligibleOn(TODAY.minusDays(29))
                .contact(new FamilyContact("Los Pinos", "8", "13101", "Luis Mella", "Padre", "+56 9 5555 4444", null,
                        null, null)).register().id();
        planning.confirm(director, program, YearMonth.from(TODAY), List.of(entryId), Map.of());

        mvc.perform(get("/entries/{id}", entryId).with(fixtures.as(director)))
                .andExpect(content().string(allOf(containsString("id=\"interview-street\""),
                        containsString("id=\"h-contact-interview\""),
                        containsString("value=\"Los Pinos\""), containsString("Luis Mella"))));
        // "Confirmed" with another address is a contradiction, said next to the choice.
        mvc.perform(post("/entries/{id}/admission-interview", entryId).with(csrf()).with(fixtures.as(director))
                        .param("version", version(entryId)).param("heldOn", TODAY.toString())
                        .param("attendees", "NNA y su padre").param("addressConfirmed", "true")
                        .param("street", "Los Olmos").param("streetNumber", "31").param("comunaCode", "13201"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("marque «Corregido»")));
        mvc.perform(post("/entries/{id}/admission-interview", entryId).with(csrf()).with(fixtures.as(director))
                        .param("version", version(entryId)).param("heldOn", TODAY.toString())
                        .param("attendees", "NNA y su padre").param("addressConfirmed", "false")
                        .param("street", "Los Olmos").param("streetNumber", "31").param("comunaCode", "13201"))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/entries/{id}", entryId).with(fixtures.as(director)))
                .andExpect(content().string(allOf(containsString("Domicilio corregido: Los Olmos 31, Puente Alto"),
                        containsString("+56 9 5555 4444"))));
        assertThat(jdbc.sql("select street || ' ' || street_number || ' ' || comuna_code from entry_contact where entry_id = ?")
                .param(entryId).query(String.class).single()).isEqualTo("Los Olmos 31 13201");
        assertThat(jdbc.sql("select changes::text from audit_event where subject_id = ? and what = 'audit.contact.addressCorrected'")
                .param(entryId).query(String.class).single())
                .contains("Los Pinos 8, Santiago").contains("Los Olmos 31, Puente Alto")
                // A rectification keeps its reason: here, the interview that found the family at the new address.
                .contains("Domicilio corregido en la entrevista de ingreso del ");
    }

    private String version(UUID entryId) {
        return String.valueOf(fixtures.version("waiting_list_entry", entryId));
    }
}
