package cl.circuito.letters.templates.web;

import cl.circuito.letters.ProgramLetterSettings;
import cl.circuito.shared.documents.PaperSize;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Role;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@CircuitoTest
class LetterSettingsPagesTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired ProgramLetterSettings settings;

    UUID program;
    Actor director;
    String page;

    @BeforeEach
    void setUp() {
        program = fixtures.program("PRM", "08101");
        director = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(program));
        page = "/programs/" + program + "/letters/settings";
    }

    @Test
    void theDirectorSeesTheSettingsUnderTheProgramTabsWithTheirHelp() throws Exception {
        mvc.perform(get(page).with(fixtures.as(director)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Configuración de oficios"),
                        containsString("El programa usa la configuración por defecto"),
                        containsString("Un oficio por tribunal u organismo"), containsString("Carta"),
                        containsString("se redacta un oficio de actualización"), containsString("Hoy: Concepción"),
                        containsString("/programs/" + program + "/letters\""), containsString("nav-pills"))));
    }

    @Test
    void theDirectorSavesAndAWrongThresholdIsShownNextToTheFieldWithWhatWasTyped() throws Exception {
        mvc.perform(post(page).with(fixtures.as(director)).with(csrf())
                        .param("paperSize", "A4").param("estimateThresholdDays", "treinta")
                        .param("batchMode", "PER_CHILD").param("city", "Penco"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("estimateThresholdDays-error"),
                        containsString("El umbral debe ser un número de días entre 0 y 365."),
                        containsString("value=\"treinta\""), containsString("value=\"Penco\""))));
        mvc.perform(post(page).with(fixtures.as(director)).with(csrf())
                        .param("paperSize", "LETTER").param("estimateThresholdDays", "400").param("batchMode", "PER_CHILD"))
                .andExpect(status().isUnprocessableContent());

        mvc.perform(post(page).with(fixtures.as(director)).with(csrf())
                        .param("paperSize", "LETTER").param("estimateThresholdDays", " 15 ")
                        .param("batchMode", "PER_CHILD").param("city", "Penco"))
                .andExpect(redirectedUrl(page))
                .andExpect(flash().attribute("success", "Se guardó la configuración de oficios."));
        assertThat(settings.settings(director, program).paperSize()).isEqualTo(PaperSize.LETTER);
        assertThat(settings.settings(director, program).estimateThresholdDays()).isEqualTo(15);
        mvc.perform(get(page).with(fixtures.as(director)))
                .andExpect(content().string(allOf(containsString("Modificada el"), containsString("Hoy: Penco"))));
    }

    @Test
    void aProfessionalReadsButCannotChangeAndAnotherProgramIsNotFound() throws Exception {
        Actor professional = fixtures.user(Role.PROGRAM_PROFESSIONAL, Set.of(program));
        UUID other = fixtures.program("PPF", "08101");

        mvc.perform(get(page).with(fixtures.as(professional)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Solo el director(a) del programa cambia"),
                        not(containsString("name=\"estimateThresholdDays\"")))));
        mvc.perform(post(page).with(fixtures.as(professional)).with(csrf())
                        .param("paperSize", "A4").param("estimateThresholdDays", "10").param("batchMode", "PER_COURT"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/programs/{id}/letters/settings", other).with(fixtures.as(director)))
                .andExpect(status().isNotFound());
    }
}
