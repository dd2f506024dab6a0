package cl.circuito.letters.templates.web;

import cl.circuito.letters.templates.LetterheadAdministration;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@CircuitoTest
class LetterTemplatePagesTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired TemplateAdministration templates;
    @Autowired LetterheadAdministration letterheads;

    Actor admin;
    UUID institution;
    String name;

    @BeforeEach
    void setUp() {
        admin = fixtures.user(Role.ADMIN, Set.of());
        institution = UUID.randomUUID();
        name = "Corporación Ñielol " + Fixtures.next() + "-" + UUID.randomUUID().toString().substring(0, 6);
        jdbc.sql("insert into institution (id, name) values (?, ?)").params(institution, name).update();
    }

    private String base(TemplateKind kind) {
        return "/admin/institutions/" + institution + "/letter-templates/" + kind.name();
    }

    @Test
    void theAdministrationLinksToTheTemplatesOfEachInstitution() throws Exception {
        mvc.perform(get("/admin").with(fixtures.as(admin)))
                .andExpect(content().string(containsString("Plantillas y membretes de oficios")));
        mvc.perform(get("/admin/institutions").param("q", name).with(fixtures.as(admin)))
                .andExpect(content().string(containsString("/admin/institutions/" + institution + "/letter-templates")));
        mvc.perform(get("/admin/letter-templates").param("q", name).with(fixtures.as(admin)))
                .andExpect(status().isOk())
                .andExpect(view().name("lettertemplates/institutions"))
                .andExpect(content().string(allOf(containsString(name), containsString("Todas con el texto por defecto"),
                        containsString("Sin membrete"))));
        mvc.perform(get("/admin/letter-templates").param("q", name).header("HX-Request", "true").with(fixtures.as(admin)))
                .andExpect(content().string(allOf(containsString("id=\"results\""), not(containsString("<html")))));
        mvc.perform(get("/admin/institutions/{id}/letter-templates", institution).with(fixtures.as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Nómina mensual de fechas estimadas"),
                        containsString("Texto por defecto"), containsString(base(TemplateKind.JUDICIAL_REQUEST)))));
    }

    @Test
    void theEditorListsTheFieldsTheKindMayUseWithTheirDescriptionAndAPreview() throws Exception {
        mvc.perform(get(base(TemplateKind.NOT_ELIGIBLE)).with(fixtures.as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("{{programa_pertinente}}"),
                        containsString("Programa más pertinente"), not(containsString("{{fecha_ingreso}}")),
                        containsString("Martina Ñancupil Órdenes"), containsString("Texto por defecto"),
                        containsString("/assets/js/letter-templates.js"), containsString("Vista previa en PDF"))));
    }

    @Test
    void aTextWithAFieldTheKindMayNotUseIsShownAgainWithTheErrorNextToIt() throws Exception {
        mvc.perform(post(base(TemplateKind.NOT_ELIGIBLE)).with(fixtures.as(admin)).with(csrf())
                        .param("subject", "Materia escrita")
                        .param("body", "Texto que escribí con {{fecha_ingreso}}."))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("Este tipo de oficio no puede usar {{fecha_ingreso}}"),
                        containsString("body-error"), containsString("con {{fecha_ingreso}}.</textarea>"),
                        containsString("Materia escrita"))));
        assertThat(templates.template(admin, institution, TemplateKind.NOT_ELIGIBLE).own()).isFalse();
    }

    @Test
    void savingMakesTheOwnTextAndRestoringBringsBackTheDefault() throws Exception {
        mvc.perform(post(base(TemplateKind.ESTIMATED_DATE)).with(fixtures.as(admin)).with(csrf())
                        .param("subject", "Fecha estimada de {{nna_nombre}}")
                        .param("body", "Informo la fecha {{fecha_estimada}}."))
                .andExpect(redirectedUrl(base(TemplateKind.ESTIMATED_DATE)))
                .andExpect(flash().attribute("success", "Se guardó la plantilla «Fecha estimada de ingreso»."));
        TemplateView own = templates.template(admin, institution, TemplateKind.ESTIMATED_DATE);
        assertThat(own.own()).isTrue();

        mvc.perform(post(base(TemplateKind.ESTIMATED_DATE)).with(fixtures.as(admin)).with(csrf())
                        .param("version", String.valueOf(own.version() + 3))
                        .param("subject", "Otra").param("body", "Otro texto mío"))
                .andExpect(status().isConflict())
                .andExpect(content().string(allOf(containsString("Otra persona modificó"),
                        containsString("Otro texto mío"))));
        // A version that is no number leaves the input unbuilt: the editor still shows what was typed.
        mvc.perform(post(base(TemplateKind.ESTIMATED_DATE)).with(fixtures.as(admin)).with(csrf())
                        .param("version", "siete").param("paper", "LETTER")
                        .param("subject", "Otra").param("body", "Otro texto escrito"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("Otro texto escrito</textarea>"),
                        containsString("value=\"Otra\""), containsString("name=\"version\" value=\"siete\""),
                        containsString("value=\"LETTER\" selected=\"selected\""))));

        mvc.perform(post(base(TemplateKind.ESTIMATED_DATE) + "/restore").with(fixtures.as(admin)).with(csrf())
                        .param("version", String.valueOf(own.version())))
                .andExpect(redirectedUrl(base(TemplateKind.ESTIMATED_DATE)));
        assertThat(templates.template(admin, institution, TemplateKind.ESTIMATED_DATE).own()).isFalse();
    }

    @Test
    void theLivePreviewIsAFragmentThatMarksFieldsTheKindMayNotUse() throws Exception {
        mvc.perform(post(base(TemplateKind.EFFECTIVE_ADMISSION) + "/preview").with(fixtures.as(admin)).with(csrf())
                        .header("HX-Request", "true")
                        .param("subject", "Ingreso").param("body", "{{nna_nombre}} ingresó; {{motivo}}"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"preview\""), not(containsString("<html")),
                        containsString("Martina Ñancupil Órdenes"), containsString("bg-danger-subtle"),
                        containsString("Este tipo de oficio no puede usar {{motivo}}"))));
        // Without JavaScript, the same button re-renders the whole editor with what was typed, the version read and
        // the paper chosen.
        mvc.perform(post(base(TemplateKind.EFFECTIVE_ADMISSION) + "/preview").with(fixtures.as(admin)).with(csrf())
                        .param("version", "7").param("paper", "LETTER")
                        .param("subject", "Ingreso").param("body", "{{nna_nombre}} ingresó hoy"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<html"), containsString("{{nna_nombre}} ingres&oacute; hoy</textarea>"),
                        containsString("Martina Ñancupil Órdenes</span> ingresó hoy"),
                        containsString("name=\"version\" value=\"7\""),
                        containsString("value=\"LETTER\" selected=\"selected\""))));
    }

    @Test
    void thePdfPreviewIsAnInlineDraftOnTheLetterhead() throws Exception {
        letterheads.describe(admin, institution, null, "Camino a Ñielol 300, Temuco", null);

        byte[] pdf = mvc.perform(post(base(TemplateKind.ESTIMATED_DATE) + "/preview.pdf").with(fixtures.as(admin))
                        .with(csrf()).param("subject", "Informa fecha").param("paper", "LETTER")
                        .param("body", "{{nna_nombre}} ingresará el {{fecha_estimada}}."))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", containsString("inline")))
                .andReturn().getResponse().getContentAsByteArray();

        PdfText text = PdfText.of(pdf);
        assertThat(text.text()).contains("Martina Ñancupil Órdenes ingresará el").contains("Camino a Ñielol 300, Temuco")
                .contains(name);
        assertThat(text.isLetter()).isTrue();
    }

    @Test
    void aDirectorCannotReachTheTemplates() throws Exception {
        UUID program = fixtures.program("PRM", "08101");
        Actor director = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(program));

        mvc.perform(get("/admin/letter-templates").with(fixtures.as(director)))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("No tiene permiso")));
        mvc.perform(post(base(TemplateKind.NOT_ELIGIBLE)).with(fixtures.as(director)).with(csrf())
                        .param("subject", "M").param("body", "T"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/institutions/{id}/letterhead", institution).with(fixtures.as(director)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/institutions/{id}/letterhead/logo", institution).with(fixtures.as(director)))
                .andExpect(status().isForbidden());
    }

    @Test
    void theLetterheadPageUploadsShowsAndRemovesTheLogo() throws Exception {
        String page = "/admin/institutions/" + institution + "/letterhead";
        mvc.perform(get(page).with(fixtures.as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("La institución aún no tiene logo"),
                        containsString("hasta 512 KB"))));

        mvc.perform(multipart(page + "/logo").file(new MockMultipartFile("logo", "logo ñielol.png", "image/png", png()))
                        .with(fixtures.as(admin)).with(csrf()))
                .andExpect(redirectedUrl(page));
        mvc.perform(get(page).with(fixtures.as(admin)))
                .andExpect(content().string(allOf(containsString(page + "/logo"), containsString("logo ñielol.png"),
                        containsString("Quitar logo"))));
        mvc.perform(get(page + "/logo").with(fixtures.as(admin)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"))
                .andExpect(header().string("Cache-Control", "no-store"));

        mvc.perform(post(page).with(fixtures.as(admin)).with(csrf())
                        .param("version", String.valueOf(letterheads.letterhead(admin, institution).version()))
                        .param("headerLines", "Calle Uno 1\nFono 45 200 0000").param("footerLines", "Pie ficticio"))
                .andExpect(redirectedUrl(page));
        byte[] pdf = mvc.perform(get(page + "/preview.pdf").param("paper", "A4").with(fixtures.as(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(PdfText.of(pdf).text()).contains("Calle Uno 1").contains("Pie ficticio");

        mvc.perform(post(page + "/logo/remove").with(fixtures.as(admin)).with(csrf())
                        .param("version", String.valueOf(letterheads.letterhead(admin, institution).version())))
                .andExpect(redirectedUrl(page));
        mvc.perform(get(page + "/logo").with(fixtures.as(admin))).andExpect(status().isNotFound());
    }

    @Test
    void aLogoOfTheWrongTypeOrTooLargeIsRefusedNextToTheField() throws Exception {
        String page = "/admin/institutions/" + institution + "/letterhead";

        mvc.perform(multipart(page + "/logo").file(new MockMultipartFile("logo", "logo.png", "image/png",
                        "no soy una imagen".getBytes())).with(fixtures.as(admin)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("logo-error"),
                        containsString("El logo debe ser una imagen PNG o JPEG."))));
        mvc.perform(multipart(page + "/logo").file(new MockMultipartFile("logo", "scan.jpg", "image/jpeg",
                        new byte[600 * 1024])).with(fixtures.as(admin)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("El logo no puede pesar más de 512 KB.")));
        mvc.perform(multipart(page + "/logo").with(fixtures.as(admin)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Elija un archivo de imagen para el logo.")));
    }

    @Test
    void tooManyLetterheadCharactersAreRefusedOnTheirFieldKeepingTheText() throws Exception {
        mvc.perform(post("/admin/institutions/{id}/letterhead", institution).with(fixtures.as(admin)).with(csrf())
                        .param("headerLines", "Mi línea " + "x".repeat(600)).param("footerLines", "Pie escrito"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("headerLines-error"),
                        containsString("como máximo 500 caracteres"), containsString("Pie escrito"))));
    }

    static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(50, 25, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
