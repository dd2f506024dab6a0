package cl.circuito.letters.templates.web;

import cl.circuito.identity.tokens.ApiTokenManagement;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Role;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import cl.circuito.testing.PdfText;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@CircuitoTest
class LetterTemplatesApiTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired ApiTokenManagement tokens;

    UUID institution;
    String admin;

    @BeforeEach
    void setUp() {
        institution = UUID.randomUUID();
        jdbc.sql("insert into institution (id, name) values (?, ?)")
                .params(institution, "Fundación Pehuén " + Fixtures.next() + "-" + UUID.randomUUID()).update();
        admin = bearer(fixtures.user(Role.ADMIN, Set.of()));
    }

    private String bearer(Actor actor) {
        return "Bearer " + tokens.create(actor, "integración").secret();
    }

    private String templates() {
        return "/api/v1/institutions/" + institution + "/letter-templates";
    }

    @Test
    void listsTheSevenTemplatesWithTheFieldsEachMayUse() throws Exception {
        mvc.perform(get(templates()).header("Authorization", admin))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(7)))
                .andExpect(jsonPath("$[0].kind").value("NOT_ELIGIBLE"))
                .andExpect(jsonPath("$[0].own").value(false))
                .andExpect(jsonPath("$[0].version").value(nullValue()))
                .andExpect(jsonPath("$[0].fields[?(@.placeholder == 'programa_pertinente')].description")
                        .value("Programa más pertinente"));
    }

    @Test
    void revisesRestoresAndRefusesAStaleVersionOrAnUnknownField() throws Exception {
        String body = mvc.perform(put(templates() + "/ESTIMATED_DATE").header("Authorization", admin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"subject\": \"Fecha estimada\", \"body\": \"{{nna_nombre}} ingresará el {{fecha_estimada}}.\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.own").value(true))
                .andReturn().getResponse().getContentAsString();
        Number version = JsonPath.read(body, "$.version");

        // Once the own copy exists, a change names its version (shared.Versions): without one it is refused.
        mvc.perform(put(templates() + "/ESTIMATED_DATE").header("Authorization", admin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"subject\": \"Otra\", \"body\": \"Otro texto.\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("version"));

        mvc.perform(put(templates() + "/ESTIMATED_DATE").header("Authorization", admin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": " + version + ", \"subject\": \"Otra\", \"body\": \"Ingresa {{motivo}}.\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("body"))
                .andExpect(jsonPath("$.errors[0].message",
                        containsString("Este tipo de oficio no puede usar {{motivo}}")));

        mvc.perform(delete(templates() + "/ESTIMATED_DATE").param("version", version.toString())
                        .header("Authorization", admin))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.own").value(false))
                .andExpect(jsonPath("$.subject").value("Informa fecha estimada de ingreso"));

        // A version of the own copy someone deleted meanwhile is stale.
        mvc.perform(put(templates() + "/ESTIMATED_DATE").header("Authorization", admin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": " + version + ", \"subject\": \"Otra\", \"body\": \"Otro texto.\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("Otra persona modificó")));
    }

    @Test
    void anUnknownKindOrAnEmptySubjectIsABadRequestNamingTheField() throws Exception {
        mvc.perform(get(templates() + "/CARTA_INVENTADA").header("Authorization", admin))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("kind"));
        mvc.perform(put(templates() + "/NOT_ELIGIBLE").header("Authorization", admin)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"subject\": \"\", \"body\": \"Texto\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("subject"))
                .andExpect(jsonPath("$.errors[0].message").value("Escriba la materia del oficio."));
    }

    @Test
    void previewsAsAPdfFilledWithFictionalValues() throws Exception {
        byte[] pdf = mvc.perform(post(templates() + "/JUDICIAL_REQUEST/preview").header("Authorization", admin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"subject\": \"Solicita audiencia\", \"body\": \"Solicito audiencia para {{nna_nombre}}, RIT {{rit}}.\", \"paper\": \"LETTER\"}"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();

        PdfText text = PdfText.of(pdf);
        assertThat(text.text()).contains("Solicito audiencia para Martina Ñancupil Órdenes, RIT C-1234-");
        assertThat(text.isLetter()).isTrue();
    }

    @Test
    void keepsTheLetterheadAndItsLogo() throws Exception {
        String letterhead = "/api/v1/institutions/" + institution + "/letterhead";
        mvc.perform(get(letterhead).header("Authorization", admin))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(nullValue()))
                .andExpect(jsonPath("$.hasLogo").value(false));

        String described = mvc.perform(put(letterhead).header("Authorization", admin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"headerLines\": [\"Los Pehuenes 12, Temuco\", \"\", \"Fono 45 2\"], \"footerLines\": [\"www.pehuen.cl\"]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.headerLines", hasSize(2)))
                .andExpect(jsonPath("$.footerLines[0]").value("www.pehuen.cl"))
                .andReturn().getResponse().getContentAsString();

        String withLogo = mvc.perform(multipart(HttpMethod.PUT, letterhead + "/logo")
                        .file(new MockMultipartFile("logo", "logo.png", "image/png", LetterTemplatePagesTests.png()))
                        .param("version", JsonPath.read(described, "$.version").toString())
                        .header("Authorization", admin))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hasLogo").value(true))
                .andExpect(jsonPath("$.logoFileName").value("logo.png"))
                .andReturn().getResponse().getContentAsString();
        String version = JsonPath.read(withLogo, "$.version").toString();

        mvc.perform(multipart(HttpMethod.PUT, letterhead + "/logo")
                        .file(new MockMultipartFile("logo", "logo.png", "image/png", "GIF89a".getBytes()))
                        .param("version", version)
                        .header("Authorization", admin))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("logo"))
                .andExpect(jsonPath("$.errors[0].message").value("El logo debe ser una imagen PNG o JPEG."));
        mvc.perform(multipart(HttpMethod.PUT, letterhead + "/logo")
                        .file(new MockMultipartFile("logo", "grande.png", "image/png", new byte[513 * 1024]))
                        .param("version", version)
                        .header("Authorization", admin))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("logo"))
                .andExpect(jsonPath("$.errors[0].message").value("El logo no puede pesar más de 512 KB."));

        mvc.perform(delete(letterhead + "/logo").param("version", version).header("Authorization", admin))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hasLogo").value(false));
    }

    @Test
    void aDirectorIsForbidden() throws Exception {
        UUID program = fixtures.program("PRM", "08101");
        String director = bearer(fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(program)));

        mvc.perform(get(templates()).header("Authorization", director))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("No tiene permiso para realizar esta acción."));
        mvc.perform(put("/api/v1/institutions/{id}/letterhead", institution).header("Authorization", director)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"headerLines\": [\"x\"]}"))
                .andExpect(status().isForbidden());
    }
}
