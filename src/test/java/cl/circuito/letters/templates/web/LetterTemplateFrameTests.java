package cl.circuito.letters.templates.web;

import cl.circuito.identity.tokens.ApiTokenManagement;
import cl.circuito.letters.templates.TemplateAdministration;
import cl.circuito.letters.templates.TemplateKind;
import cl.circuito.letters.templates.TemplateView;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Role;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import cl.circuito.testing.PdfText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The template's salutation and closing sit outside its body: the editor, its live preview, its PDF preview and
 * the API all show them where the letter prints them.
 */
@CircuitoTest
class LetterTemplateFrameTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired TemplateAdministration templates;
    @Autowired ApiTokenManagement tokens;

    Actor admin;
    UUID institution;

    @BeforeEach
    void setUp() {
        admin = fixtures.user(Role.ADMIN, Set.of());
        institution = UUID.randomUUID();
        jdbc.sql("insert into institution (id, name) values (?, ?)")
                .params(institution, "Fundación Marco " + Fixtures.next()).update();
    }

    private String base(TemplateKind kind) {
        return "/admin/institutions/" + institution + "/letter-templates/" + kind.name();
    }

    @Test
    void theEditorShowsTheSalutationAndTheClosingAroundTheTextAndThePreviewPrintsThemThere() throws Exception {
        mvc.perform(get(base(TemplateKind.ESTIMATED_DATES_LIST)).with(fixtures.as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"salutation\""), containsString("id=\"closing\""),
                        containsString("value=\"" + HtmlUtils.htmlEscape("De mi consideración:") + "\""),
                        containsString("value=\"Sin otro particular, saluda atentamente a usted,\""),
                        containsString("{{nna_nomina}}"),
                        containsString(">los 3 niños, niñas y adolescentes<"),
                        containsString("Benjamín Ñúñez Lagos"))));

        mvc.perform(post(base(TemplateKind.EFFECTIVE_ADMISSION) + "/preview").with(fixtures.as(admin)).with(csrf())
                        .header("HX-Request", "true")
                        .param("subject", "Ingreso").param("salutation", "Estimada jueza:")
                        .param("body", "Informo el ingreso de {{nna_nombre}}.").param("closing", "Atentamente,"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Estimada jueza:"), containsString("Atentamente,"),
                        containsString("Martina Ñancupil Órdenes"))));

        byte[] pdf = mvc.perform(post(base(TemplateKind.EFFECTIVE_ADMISSION) + "/preview.pdf").with(fixtures.as(admin))
                        .with(csrf()).param("subject", "Ingreso").param("salutation", "Estimada jueza:")
                        .param("body", "Informo el ingreso de {{nna_nombre}}.").param("closing", "Atentamente,"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(PdfText.of(pdf).text()).containsSubsequence("Estimada jueza:", "Informo el ingreso de Martina",
                "Atentamente,", "Ximena Araya Muñoz");
    }

    @Test
    void aSalutationOrClosingWithAFieldIsRefusedNextToItAndAnEmptyOneMeansNone() throws Exception {
        mvc.perform(post(base(TemplateKind.NOT_ELIGIBLE)).with(fixtures.as(admin)).with(csrf())
                        .param("subject", "Materia").param("salutation", "Estimado {{derivante}}:")
                        .param("body", "Texto.").param("closing", "Atentamente,"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("salutation-error"),
                        containsString("no admiten campos"), containsString("value=\"Estimado {{derivante}}:\""))));

        mvc.perform(post(base(TemplateKind.NOT_ELIGIBLE)).with(fixtures.as(admin)).with(csrf())
                        .param("subject", "Materia").param("salutation", "")
                        .param("body", "Texto.").param("closing", "Atentamente,"))
                .andExpect(redirectedUrl(base(TemplateKind.NOT_ELIGIBLE)));
        TemplateView saved = templates.template(admin, institution, TemplateKind.NOT_ELIGIBLE);
        assertThat(saved.salutation()).isEmpty();
        assertThat(saved.closing()).isEqualTo("Atentamente,");
    }

    @Test
    void theApiReadsAndWritesTheSalutationAndTheClosingAndKeepsThemWhenNotSent() throws Exception {
        String bearer = "Bearer " + tokens.create(admin, "plantillas").secret();
        String url = "/api/v1/institutions/" + institution + "/letter-templates/" + TemplateKind.PROTECTION_CHANGE;
        mvc.perform(get(url).header("Authorization", bearer))
                .andExpect(jsonPath("$.salutation").value("De mi consideración:"))
                .andExpect(jsonPath("$.closing").value("Sin otro particular, saluda atentamente a usted,"));

        mvc.perform(put(url).header("Authorization", bearer).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"subject\": \"Materia\", \"body\": \"Texto.\", \"closing\": \"Saluda atentamente a US.,\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.salutation").value("De mi consideración:"))
                .andExpect(jsonPath("$.closing").value("Saluda atentamente a US.,"));

        mvc.perform(put(url).header("Authorization", bearer).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": 0, \"subject\": \"Materia\", \"body\": \"Texto.\", \"closing\": \"Dos\\nlíneas\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("closing"));
    }
}
