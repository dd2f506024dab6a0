package cl.circuito.waitinglist.importing;

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
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The list import as the director uses it, on the pages and through the API, and who may not. */
@CircuitoTest
class ListImportPagesAndApiTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired ApiTokenManagement tokens;
    @Autowired JdbcClient jdbc;

    UUID program;
    String courtName;
    Actor director;

    @BeforeEach
    void setUp() {
        program = fixtures.program("PRM", "13101");
        UUID court = fixtures.referrer("FAMILY_COURT");
        courtName = jdbc.sql("select name from referrer where id = ?").param(court).query(String.class).single();
        director = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(program));
    }

    private MockMultipartFile sheet(String name, String... ruts) {
        StringBuilder text = new StringBuilder("Nómina;;;;\nRUT;NNA;Organismo derivador;RIT;Causa de derivación;"
                + "Fecha de recepción\n");
        int n = 1;
        for (String rut : ruts) {
            text.append(rut).append(";Niña ").append(Fixtures.unique("N")).append(" Soto;").append(courtName)
                    .append(";F-").append(n++).append("-2026;Maltrato;01-10-2026\n");
        }
        return new MockMultipartFile("file", name, "text/csv", text.toString().getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void theDirectorUploadsChecksConfirmsAndFollowsTheImport() throws Exception {
        String preview = mvc.perform(multipart("/programs/{id}/import", program)
                        .file(sheet("nómina.csv", Fixtures.rut(), "12.345.678-9")).with(csrf()).with(fixtures.as(director)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(preview).startsWith("/programs/" + program + "/import/");

        mvc.perform(get(preview).with(fixtures.as(director)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("nómina.csv"), containsString("se crearán"),
                        containsString("«RUT»: «12.345.678-9» no es un RUT válido."),
                        containsString("Indique si los antecedentes son suficientes"))));
        // A choice for the whole sheet, as the mapping form sends it.
        mvc.perform(get(preview).param("backgroundSufficient", "true").with(fixtures.as(director)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Importar 1 NNA")));
        mvc.perform(get(preview + "/errors").param("backgroundSufficient", "true").with(fixtures.as(director)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/csv")))
                .andExpect(content().string(allOf(containsString("12.345.678-9"), containsString("Problemas"))));

        String run = mvc.perform(post(preview + "/confirm").param("backgroundSufficient", "true")
                        .with(csrf()).with(fixtures.as(director)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        fixtures.settle();
        mvc.perform(get(run).with(fixtures.as(director)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Se importó 1 NNA"),
                        containsString("1 tenía problemas"))));
        mvc.perform(get(run + "/progress").with(fixtures.as(director)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Se importó 1 NNA"), not(containsString("<html")))));
        mvc.perform(get("/programs/{id}/import", program).with(fixtures.as(director)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Terminada: 1 creado, 0 ya estaban")));
    }

    @Test
    void whatIsNotASheetIsSaidOnTheFormAndNothingIsKept() throws Exception {
        MockMultipartFile pdf = new MockMultipartFile("file", "oficio.pdf", "application/pdf",
                "%PDF-1.7 oficio".getBytes(StandardCharsets.US_ASCII));
        mvc.perform(multipart("/programs/{id}/import", program).file(pdf).with(csrf()).with(fixtures.as(director)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("El archivo no es una planilla")));
        MockMultipartFile noHeader = new MockMultipartFile("file", "x.csv", "text/csv", "a;b\n1;2\n".getBytes());
        mvc.perform(multipart("/programs/{id}/import", program).file(noHeader).with(csrf()).with(fixtures.as(director)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("No se encontró la fila de títulos")));
        assertThat(jdbc.sql("select count(*) from table_upload where owner_id = ?").param(director.userId())
                .query(Long.class).single()).isZero();
    }

    @Test
    void onlyTheProgramsDirectorMayImportAndOnlyHerOwnUploads() throws Exception {
        Actor professional = fixtures.user(Role.PROGRAM_PROFESSIONAL, Set.of(program));
        mvc.perform(get("/programs/{id}/import", program).with(fixtures.as(professional)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/programs/{id}/waiting-list", program).with(fixtures.as(professional)))
                .andExpect(content().string(not(containsString("Traer una nómina"))));
        mvc.perform(get("/programs/{id}/waiting-list", program).with(fixtures.as(director)))
                .andExpect(content().string(containsString("Traer una nómina")));

        UUID otherProgram = fixtures.program("PRM", "13101");
        Actor otherDirector = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(otherProgram));
        mvc.perform(get("/programs/{id}/import", program).with(fixtures.as(otherDirector)))
                .andExpect(status().isNotFound());
        String preview = mvc.perform(multipart("/programs/{id}/import", program).file(sheet("x.csv", Fixtures.rut()))
                        .with(csrf()).with(fixtures.as(director)))
                .andReturn().getResponse().getRedirectedUrl();
        String uploadId = preview.substring(preview.lastIndexOf('/') + 1);
        Actor coDirector = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(program));
        mvc.perform(get(preview).with(fixtures.as(coDirector)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/programs/{p}/import/{u}", otherProgram, uploadId).with(fixtures.as(otherDirector)))
                .andExpect(status().isNotFound());
    }

    @Test
    void theApiUploadsPreviewsConfirmsAndReportsTheStatus() throws Exception {
        String bearer = "Bearer " + tokens.create(director, "importación").secret();
        String uploaded = mvc.perform(multipart("/api/v1/programs/{id}/list-imports/uploads", program)
                        .file(sheet("lista.csv", Fixtures.rut(), Fixtures.rut())).header("Authorization", bearer))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.headerRow").value(2))
                .andExpect(jsonPath("$.columns[0].field").value("RUT"))
                .andExpect(jsonPath("$.missing").isEmpty())
                .andReturn().getResponse().getContentAsString();
        String uploadId = JsonPath.read(uploaded, "$.uploadId");

        mvc.perform(post("/api/v1/programs/{p}/list-imports/uploads/{u}/preview", program, uploadId)
                        .header("Authorization", bearer).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"backgroundSufficient\": false}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.counts.NEW").value(2))
                .andExpect(jsonPath("$.rows[0].outcome").value("NEW"))
                .andExpect(jsonPath("$.rows[0].admissibilityDueOn").exists());
        mvc.perform(post("/api/v1/programs/{p}/list-imports/uploads/{u}/preview", program, uploadId)
                        .header("Authorization", bearer).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"columns\": {\"0\": \"NOT_A_FIELD\"}}"))
                .andExpect(status().isBadRequest());

        String confirmed = mvc.perform(post("/api/v1/programs/{p}/list-imports/uploads/{u}/imports", program, uploadId)
                        .header("Authorization", bearer).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"backgroundSufficient\": false}"))
                .andExpect(status().isAccepted())
                .andExpect(header().exists("Location"))
                .andReturn().getResponse().getContentAsString();
        String importId = JsonPath.read(confirmed, "$.importId");
        fixtures.settle();
        mvc.perform(get("/api/v1/programs/{p}/list-imports/{i}", program, importId).header("Authorization", bearer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.phase").value("DONE"))
                .andExpect(jsonPath("$.created").value(2))
                .andExpect(jsonPath("$.percent").value(100));
        mvc.perform(get("/api/v1/programs/{p}/list-imports", program).header("Authorization", bearer))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].importId").value(importId));
        // The mapping and the choice are remembered: the same sheet again needs no body.
        String again = mvc.perform(multipart("/api/v1/programs/{id}/list-imports/uploads", program)
                        .file(sheet("lista.csv", Fixtures.rut())).header("Authorization", bearer))
                .andReturn().getResponse().getContentAsString();
        mvc.perform(post("/api/v1/programs/{p}/list-imports/uploads/{u}/preview", program,
                        (String) JsonPath.read(again, "$.uploadId")).header("Authorization", bearer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.counts.NEW").value(1));
    }
}
