package cl.circuito.admin;

import cl.circuito.shared.privacy.RecordKind;
import cl.circuito.shared.privacy.Retention;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Role;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import cl.circuito.testing.PdfText;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The register of processing activities lists every kind of record with its data, purpose, legal basis, retention
 * and recipients, drawn from {@link RecordKind}, for the administrator and the national team only.
 */
@CircuitoTest
class ProcessingRegisterTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired ProcessingRegister register;

    @Test
    void everyKindIsListedWithItsRetentionAndLegalBasis() throws Exception {
        assertThat(register.rows()).hasSize(RecordKind.values().length).allSatisfy(row -> {
            assertThat(row.name()).isNotBlank().doesNotContain("privacy.kind");
            assertThat(row.data()).isNotBlank().doesNotContain("privacy.kind");
            assertThat(row.purpose()).isNotBlank().doesNotContain("privacy.kind");
            assertThat(row.basis()).containsAnyOf("Ley 21.719", "Ley 21.302");
            assertThat(row.retention()).isNotBlank().doesNotContain("privacy.retention");
            assertThat(row.recipients()).isNotBlank().doesNotContain("privacy.kind");
        });
        // The I-SGC-01 records table: the priority guide and the oficios 5 years; F-SGC-030 until the program ends.
        assertThat(RecordKind.ASSESSMENTS.retention()).isEqualTo(Retention.years(5));
        assertThat(RecordKind.LETTERS.retention()).isEqualTo(Retention.years(5));
        assertThat(RecordKind.ENTRIES.retention().rule()).isEqualTo(Retention.Rule.UNTIL_PROGRAM_ENDS);
        assertThat(RecordKind.ATTACHMENTS.retention().rule()).isEqualTo(Retention.Rule.WITH_ENTRY);
        assertThat(RecordKind.MESA_CASE_REVIEWS.retention().rule()).isEqualTo(Retention.Rule.AS_MESA_DECIDES);
        assertThat(register.rows()).filteredOn(row -> row.kind() == RecordKind.UPLOADS).singleElement()
                .satisfies(row -> assertThat(row.retention()).startsWith("7 días"));
        assertThat(register.rows()).filteredOn(row -> row.kind() == RecordKind.LETTERS).singleElement()
                .satisfies(row -> assertThat(row.retention()).startsWith("5 años"));

        Actor national = fixtures.user(Role.NATIONAL_TEAM, Set.of());
        String page = mvc.perform(get("/admin/processing-register").with(fixtures.as(national)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        for (RecordKind kind : RecordKind.values()) {
            assertThat(page).contains("id=\"kind-" + kind.name() + "\"");
        }
        assertThat(page).contains("Oficios", "Planillas cargadas para importar", "Ley 21.719", "5 años");

        Actor admin = fixtures.user(Role.ADMIN, Set.of());
        byte[] pdf = mvc.perform(get("/admin/processing-register.pdf").with(fixtures.as(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(PdfText.of(pdf).text()).contains("Registro de actividades de tratamiento",
                "Análisis de caso en Mesas de Gestión de Casos", "Auditoría de accesos y cambios");
        byte[] xlsx = mvc.perform(get("/admin/processing-register.xlsx").with(fixtures.as(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            List<String> firstColumn = new ArrayList<>();
            book.getSheetAt(0).forEach(row -> firstColumn.add(row.getCell(0) == null ? "" : row.getCell(0).toString()));
            assertThat(firstColumn).contains("Identidad del NNA (registro de niños)", "Oficios",
                    "Planillas cargadas para importar");
        }

        Actor director = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(fixtures.program("PRM", "13101")));
        mvc.perform(get("/admin/processing-register").with(fixtures.as(director)))
                .andExpect(status().isForbidden());
    }
}
