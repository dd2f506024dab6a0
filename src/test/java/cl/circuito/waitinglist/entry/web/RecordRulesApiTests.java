package cl.circuito.waitinglist.entry.web;

import cl.circuito.identity.tokens.ApiTokenManagement;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Role;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The same rules over the API: a 422 naming the field, and a 409 naming every field that differs from the registry. */
@CircuitoTest
class RecordRulesApiTests {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("America/Santiago"));

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired ApiTokenManagement tokens;
    @Autowired JdbcClient jdbc;

    UUID program;
    UUID court;
    String bearer;

    @BeforeEach
    void setUp() {
        program = fixtures.program("PRM", "13101");
        court = fixtures.referrer("FAMILY_COURT");
        Actor director = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(program));
        bearer = "Bearer " + tokens.create(director, "integración").secret();
    }

    private ResultActions refer(UUID to, String rut, String given, String surname, String birthDate, String extra)
            throws Exception {
        return mvc.perform(post("/api/v1/programs/{id}/referrals", to).header("Authorization", bearer)
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"rut": %s, "givenNames": "%s", "paternalSurname": "%s", "birthDate": %s,
                         "referrerId": "%s", "courtRit": "P-%d-2026", "reason": "Medida de protección",
                         "receivedOn": "%s", "backgroundSufficient": true %s}
                        """.formatted(rut == null ? "null" : "\"" + rut + "\"", given, surname,
                        birthDate == null ? "null" : "\"" + birthDate + "\"", court, Fixtures.next(),
                        TODAY.minusDays(10), extra)));
    }

    private String entryOf(ResultActions created) throws Exception {
        return JsonPath.read(created.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
    }

    private ResultActions exit(String entryId, String reason, LocalDate on, String override) throws Exception {
        return mvc.perform(post("/api/v1/entries/{id}/exit", entryId).header("Authorization", bearer)
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"reason": "%s", "exitedOn": "%s", "notes": "Egreso", "ageOverrideReason": %s, "version": 0}
                        """.formatted(reason, on, override == null ? "null" : "\"" + override + "\"")));
    }

    @Test
    void aTurned18ExitNamesTheFieldThatContradictsTheBirthDate() throws Exception {
        String young = entryOf(refer(program, null, "Matías", "Prueba" + Fixtures.next(), "2015-01-01", ""));
        exit(young, "TURNED_18", TODAY, null)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("exitReason"))
                .andExpect(jsonPath("$.detail", containsString("cumple 18 años el 01-01-2033")));

        String adult = entryOf(refer(program, null, "Florencia", "Prueba" + Fixtures.next(),
                TODAY.minusYears(18).toString(), ""));
        exit(adult, "TURNED_18", TODAY.minusDays(1), null)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("exitedOn"));
        exit(adult, "TURNED_18", TODAY.minusDays(11), null)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("exitedOn"))
                .andExpect(jsonPath("$.detail", containsString("anterior a la recepción")));
        exit(adult, "TURNED_18", TODAY, "El tribunal lo informa")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("ageOverrideReason"));
        exit(adult, "TURNED_18", TODAY, null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.exitReason").value("TURNED_18"));
    }

    @Test
    void withoutABirthDateTheApiAsksForTheOverrideAndKeepsIt() throws Exception {
        String entry = entryOf(refer(program, Fixtures.typedRut(), "Catalina", "Prueba" + Fixtures.next(), null, ""));

        exit(entry, "TURNED_18", TODAY, " ")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("ageOverrideReason"));
        exit(entry, "TURNED_18", TODAY, "Cédula de identidad vista")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.exitAgeOverride").value("Cédula de identidad vista"));
    }

    @Test
    void aRutRegisteredWithOtherNamesIsAConflictNamingTheFieldsUntilTheClientChooses() throws Exception {
        String rut = Fixtures.typedRut();
        String surname = "Prueba" + Fixtures.next();
        entryOf(refer(program, rut, "Valentina", surname, "2014-02-02", ""));
        UUID second = fixtures.program("PPF", "13101");
        UUID third = fixtures.program("PIE", "13101");
        Actor everywhere = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(program, second, third));
        bearer = "Bearer " + tokens.create(everywhere, "integración").secret();

        refer(second, rut, "Valeria", surname + " Soto", "2014-02-03", "")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("ya está registrado con otros datos")))
                .andExpect(jsonPath("$.errors[*].field",
                        containsInAnyOrder("givenNames", "paternalSurname", "birthDate", "identityChoice")))
                .andExpect(jsonPath("$.differences[0].registered").value("Valentina"))
                .andExpect(jsonPath("$.differences[0].sent").value("Valeria"))
                .andExpect(jsonPath("$.differences[0].label").value("Nombres"))
                .andExpect(jsonPath("$.choices", containsInAnyOrder("KEEP_REGISTERED", "CORRECT_REGISTERED")));
        assertThat(jdbc.sql("select count(*) from waiting_list_entry where program_id = ?").param(second)
                .query(Long.class).single()).isZero();

        entryOf(refer(second, rut, "Valeria", surname + " Soto", "2014-02-03", ", \"identityChoice\": \"KEEP_REGISTERED\""));
        refer(third, rut, "Valeria", surname, "2014-02-02", ", \"identityChoice\": \"CORRECT_REGISTERED\"")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("givenNames", "identityCorrectionReason")));
        entryOf(refer(third, rut, "Valeria", surname, "2014-02-02",
                ", \"identityChoice\": \"CORRECT_REGISTERED\", \"identityCorrectionReason\": \"Certificado de nacimiento\""));

        assertThat(jdbc.sql("select given_names from child where rut = ?")
                .param(cl.circuito.children.Rut.parse(rut).canonical()).query(String.class).single()).isEqualTo("Valeria");
    }

    @Test
    void anExistingCaseWithARutRegisteredOtherwiseIsAskedTheSame() throws Exception {
        String rut = Fixtures.typedRut();
        String surname = "Prueba" + Fixtures.next();
        entryOf(refer(program, rut, "Damián", surname, "2013-03-03", ""));
        UUID other = fixtures.program("PPF", "13101");
        Actor director = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(other));
        String otherBearer = "Bearer " + tokens.create(director, "integración").secret();

        mvc.perform(post("/api/v1/programs/{id}/active-cases", other).header("Authorization", otherBearer)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"rut": "%s", "givenNames": "Daniel", "paternalSurname": "%s", "admittedOn": "%s"}
                                """.formatted(rut, surname, TODAY.minusMonths(2))))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("givenNames", "identityChoice")));
        String created = mvc.perform(post("/api/v1/programs/{id}/active-cases", other).header("Authorization", otherBearer)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"rut": "%s", "givenNames": "Daniel", "paternalSurname": "%s", "admittedOn": "%s",
                                 "identityChoice": "KEEP_REGISTERED"}
                                """.formatted(rut, surname, TODAY.minusMonths(2))))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();

        // Born in 2013 (the registry's date): closing its case as "turned 18" is refused on the reason.
        mvc.perform(post("/api/v1/active-cases/{id}/close", JsonPath.<String>read(created, "$.id"))
                        .header("Authorization", otherBearer).contentType(MediaType.APPLICATION_JSON).content("""
                                {"closedOn": "%s", "reason": "TURNED_18", "notes": "Mayoría de edad", "version": 0}
                                """.formatted(TODAY)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("closeReason"))
                .andExpect(jsonPath("$.detail", containsString("cumple 18 años el 03-03-2031")));
    }
}
