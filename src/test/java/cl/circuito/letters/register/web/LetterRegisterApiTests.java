package cl.circuito.letters.register.web;

import cl.circuito.identity.tokens.ApiTokenManagement;
import cl.circuito.letters.drafting.Letter;
import cl.circuito.letters.drafting.LetterKind;
import cl.circuito.letters.drafting.RegisterLetters;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Role;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@CircuitoTest
class LetterRegisterApiTests {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("America/Santiago"));
    private static final LocalDate LONG_AGO = TODAY.minusYears(6);

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired ApplicationContext context;
    @Autowired ApiTokenManagement tokens;
    @Autowired JdbcClient jdbc;

    RegisterLetters make;
    UUID program;
    UUID court;
    Actor director;
    String bearer;

    @BeforeEach
    void setUp() {
        make = RegisterLetters.from(context);
        program = fixtures.program("PRM", "13101");
        court = fixtures.referrer("FAMILY_COURT");
        director = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(program));
        bearer = "Bearer " + tokens.create(director, "integración").secret();
    }

    private String disposal(UUID letter, String reason) {
        return """
                {"letterIds": ["%s"], "reason": "%s"}""".formatted(letter, reason);
    }

    @Test
    void listsTheRegisterFilteredWithTheNumbersPerYear() throws Exception {
        make.sent(director, program, court, "Juzgado de Familia de Puente Alto", LetterKind.ESTIMATED_DATE,
                LocalDate.of(2026, 8, 3), "Sofía Muñoz Ávila");
        make.issued(director, program, court, "Juzgado de Familia de Puente Alto", LetterKind.EFFECTIVE_ADMISSION,
                LocalDate.of(2026, 9, 1), "Martín Núñez Peña");

        mvc.perform(get("/api/v1/programs/{id}/letters", program).param("month", "2026-08").header("Authorization", bearer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].number").value("N° 1/2026"))
                .andExpect(jsonPath("$.items[0].status").value("SENT"))
                .andExpect(jsonPath("$.items[0].sentVia").value("COURT_PLATFORM"))
                .andExpect(jsonPath("$.items[0].childNames[0]").value("Sofía Muñoz Ávila"))
                .andExpect(jsonPath("$.items[0].disposeAfter").value("2031-08-03"))
                .andExpect(jsonPath("$.years[0].year").value(2026))
                .andExpect(jsonPath("$.years[0].last").value(2))
                .andExpect(jsonPath("$.years[0].gapFree").value(true));
        mvc.perform(get("/api/v1/programs/{id}/letters", program).param("month", "agosto").header("Authorization", bearer))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("month"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("aaaa-mm")));
    }

    @Test
    void exportsTheRegisterAsXlsx() throws Exception {
        make.issued(director, program, court, "Juzgado", LetterKind.NOT_ELIGIBLE, LocalDate.of(2026, 2, 2), "Ana Ñuñez");

        byte[] xlsx = mvc.perform(get("/api/v1/programs/{id}/letters/register.xlsx", program)
                        .param("kind", "NOT_ELIGIBLE").header("Authorization", bearer))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(book.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo("Filtros: Tipo: No sujeto de atención");
            assertThat(book.getSheetAt(0).getRow(5).getCell(5).getStringCellValue()).isEqualTo("Ana Ñuñez");
        }
    }

    @Test
    void listsWhatIsDueAndDisposesAllOrNothing() throws Exception {
        Letter due = make.issued(director, program, court, "Juzgado", LetterKind.ESTIMATED_DATE, LONG_AGO, "A Uno");
        Letter early = make.issued(director, program, court, "Juzgado", LetterKind.ESTIMATED_DATE, TODAY.minusYears(2), "B Dos");

        mvc.perform(get("/api/v1/programs/{id}/letters/due-for-disposal", program).header("Authorization", bearer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.letters.totalItems").value(1))
                .andExpect(jsonPath("$.letters.items[0].id").value(due.id().toString()))
                .andExpect(jsonPath("$.reachingEndWithin90Days").value(0));

        mvc.perform(post("/api/v1/programs/{id}/letters/disposals", program).header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"letterIds\": [\"%s\", \"%s\"], \"reason\": \"Acta N° 9\"}".formatted(due.id(), early.id())))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("El oficio " + early.numberLabel() + " debe conservarse hasta el")))
                .andExpect(jsonPath("$.errors[0].field").value("letterIds"));
        assertThat(stateOf(due)).isEqualTo("ISSUED");

        mvc.perform(post("/api/v1/programs/{id}/letters/disposals", program).header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON).content(disposal(due.id(), " ")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("reason"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("Indique el motivo de la eliminación")));
        mvc.perform(post("/api/v1/programs/{id}/letters/disposals", program).header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"letterIds\": [], \"reason\": \"Acta\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("letterIds"));

        mvc.perform(post("/api/v1/programs/{id}/letters/disposals", program).header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON).content(disposal(due.id(), "Acta N° 9")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.disposed").value(1))
                .andExpect(jsonPath("$.letters[0].number").value(due.numberLabel()))
                .andExpect(jsonPath("$.letters[0].reason").value("Acta N° 9"));
        assertThat(stateOf(due)).isEqualTo("DISPOSED");

        mvc.perform(get("/api/v1/programs/{id}/letters/disposals", program).header("Authorization", bearer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].number").value(due.numberLabel()))
                .andExpect(jsonPath("$.items[0].disposedByName").value(director.displayName()));
        mvc.perform(get("/api/v1/programs/{id}/letters", program).param("status", "DISPOSED").header("Authorization", bearer))
                .andExpect(jsonPath("$.items[0].childNames").isEmpty())
                .andExpect(jsonPath("$.items[0].childCount").value(1));
    }

    @Test
    void aLetterOfAnotherProgramIsNotFound() throws Exception {
        UUID otherProgram = fixtures.program("PRM", "13101");
        Actor otherDirector = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(otherProgram));
        Letter theirs = make.issued(otherDirector, otherProgram, court, "Juzgado", LetterKind.ESTIMATED_DATE, LONG_AGO, "A Uno");

        mvc.perform(post("/api/v1/programs/{id}/letters/disposals", program).header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON).content(disposal(theirs.id(), "Acta")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("El oficio no existe o no tiene acceso a él."));
        mvc.perform(get("/api/v1/programs/{id}/letters", otherProgram).header("Authorization", bearer))
                .andExpect(status().isNotFound());
        assertThat(stateOf(theirs)).isEqualTo("ISSUED");
    }

    private String stateOf(Letter letter) {
        return jdbc.sql("select status from letter where id = ?").param(letter.id()).query(String.class).single();
    }
}
