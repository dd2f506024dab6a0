package cl.circuito.documents.exports.web;

import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Role;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Bulk exports say in the file who drew them and when, and a user may draw only so many in a window (30 in 10
 * minutes), the register of oficios included: then 429 with a Spanish message, on the page and in the API;
 * another user is not affected.
 */
@CircuitoTest
class ExportLimitTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;

    @Test
    void theFilesSayWhoExportedThemAndWhen() throws Exception {
        UUID program = fixtures.program("PRM", "13101");
        Actor director = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(program));

        String csv = new String(mvc.perform(get("/programs/{p}/waiting-list.csv", program).with(fixtures.as(director)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        String firstLine = csv.lines().findFirst().orElseThrow();
        assertThat(firstLine).contains("Exportado por " + director.displayName() + " (" + director.username() + ") el ");

        byte[] xlsx = mvc.perform(get("/programs/{p}/documents/f-sgc-030.xlsx", program).with(fixtures.as(director)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
            boolean signed = false;
            for (var row : book.getSheetAt(0)) {
                var cell = row.getCell(0);
                signed |= cell != null && cell.toString().startsWith("Exportado por " + director.displayName());
            }
            assertThat(signed).as("a title line names who exported the register").isTrue();
        }
    }

    @Test
    void afterThirtyExportsInTenMinutesTheNextIsRefusedWith429() throws Exception {
        UUID program = fixtures.program("PRM", "13101");
        Actor director = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(program));
        Actor colleague = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(program));
        for (int i = 0; i < 30; i++) {
            mvc.perform(get("/programs/{p}/waiting-list.csv", program).with(fixtures.as(director)))
                    .andExpect(status().isOk());
        }
        mvc.perform(get("/programs/{p}/documents/f-sgc-030.xlsx", program).with(fixtures.as(director)))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().string(containsString("Alcanzó el máximo de 30 exportaciones en 10 minutos")));
        mvc.perform(get("/api/v1/programs/{p}/waiting-list.csv", program).with(fixtures.as(director)))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().string(containsString("Alcanzó el máximo de 30 exportaciones")));
        // The register of oficios (letters to the courts) counts against the same limit.
        mvc.perform(get("/programs/{p}/letters/register.xlsx", program).with(fixtures.as(director)))
                .andExpect(status().isTooManyRequests());
        mvc.perform(get("/programs/{p}/waiting-list.csv", program).with(fixtures.as(colleague)))
                .andExpect(status().isOk());
        mvc.perform(get("/programs/{p}/letters/register.xlsx", program).with(fixtures.as(colleague)))
                .andExpect(status().isOk());
    }
}
