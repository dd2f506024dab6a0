package cl.circuito.letters.register.web;

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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@CircuitoTest
class LetterRegisterPagesTests {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("America/Santiago"));
    private static final LocalDate LONG_AGO = TODAY.minusYears(5).minusDays(3);

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;

    RegisterLetters make;
    UUID program;
    UUID court;
    Actor director;

    @BeforeEach
    void setUp() {
        make = RegisterLetters.from(context);
        program = fixtures.program("PRM", "13101");
        court = fixtures.referrer("FAMILY_COURT");
        director = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(program));
    }

    @Test
    void theRegisterListsLettersWithNumberChildrenSendingAndRetention() throws Exception {
        Letter list = make.sent(director, program, court, "1° Juzgado de Familia de Santiago", LetterKind.ESTIMATED_DATE,
                LocalDate.of(2026, 3, 2), "Sofía Muñoz Ávila", "Martín Núñez Peña");
        make.draft(director, program, court, "1° Juzgado de Familia de Santiago", LetterKind.EFFECTIVE_ADMISSION,
                LocalDate.of(2026, 3, 5), "Josefa Peña");

        mvc.perform(get("/programs/{id}/letters/register", program).with(fixtures.as(director)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Registro de oficios"),
                        containsString("N° 1/2026"),
                        containsString("02-03-2026"),
                        containsString("Fecha estimada de ingreso"),
                        containsString("1° Juzgado de Familia de Santiago"),
                        containsString("2 NNA (ver nombres)"),
                        containsString("Sofía Muñoz Ávila"),
                        containsString("Enviado"),
                        containsString("Oficina Judicial Virtual, 02-03-2026"),
                        containsString("Conservar hasta 02-03-2031"),
                        containsString("Borrador"),
                        containsString("/letters/" + list.id()),
                        containsString("2026: N° 1 al N° 1 · 1 oficio"),
                        containsString("sin saltos"),
                        containsString("para los borradores y los borradores descartados, que no se emiten, al mes en que se crearon"))));
    }

    @Test
    void filtersWithoutJavaScriptAndSaysSoWhenNothingMatches() throws Exception {
        make.issued(director, program, court, "Juzgado de Familia de Pudahuel", LetterKind.NOT_ELIGIBLE,
                LocalDate.of(2026, 4, 7), "Tomás Ruiz");

        mvc.perform(get("/programs/{id}/letters/register", program).param("kind", "NOT_ELIGIBLE")
                        .param("month", "2026-04").with(fixtures.as(director)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Tomás Ruiz"), containsString("1 oficio"),
                        containsString("register.xlsx?kind=NOT_ELIGIBLE&amp;month=2026-04"))));
        mvc.perform(get("/programs/{id}/letters/register", program).param("month", "2026-05").with(fixtures.as(director)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(not(containsString("Tomás Ruiz")),
                        containsString("Ningún oficio cumple los filtros elegidos"))));
        mvc.perform(get("/programs/{id}/letters/register", program).param("month", "abril").with(fixtures.as(director)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("Escriba el mes como aaaa-mm"), containsString("Tomás Ruiz"))));
        // htmx asks for the results only.
        mvc.perform(get("/programs/{id}/letters/register", program).header("HX-Request", "true").with(fixtures.as(director)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"register-results\""), not(containsString("<html")))));
    }

    @Test
    void anEmptyRegisterSaysSoInWords() throws Exception {
        mvc.perform(get("/programs/{id}/letters/register", program).with(fixtures.as(director)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Este programa aún no tiene oficios."),
                        containsString("Aún no se ha emitido ningún oficio."))));
    }

    @Test
    void downloadsTheRegisterAsXlsxAndAnotherProgramIsNotFound() throws Exception {
        make.issued(director, program, court, "Juzgado", LetterKind.ESTIMATED_DATE, LocalDate.of(2026, 2, 2), "Ana Ñuñez");

        byte[] xlsx = mvc.perform(get("/programs/{id}/letters/register.xlsx", program).with(fixtures.as(director)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("Registro%20de%20oficios")))
                .andExpect(header().string("Cache-Control", "no-store"))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(book.getSheetAt(0).getRow(5).getCell(5).getStringCellValue()).isEqualTo("Ana Ñuñez");
        }

        Actor stranger = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(fixtures.program("PRM", "13101")));
        mvc.perform(get("/programs/{id}/letters/register", program).with(fixtures.as(stranger)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/programs/{id}/letters/register.xlsx", program).with(fixtures.as(stranger)))
                .andExpect(status().isNotFound());
    }

    @Test
    void theLettersRetentionIsTheProgramsRetentionOfOficios() throws Exception {
        mvc.perform(get("/programs/{id}/letters/retention", program).with(fixtures.as(director)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/programs/" + program + "/retention/letters"));
        mvc.perform(get("/programs/{id}/letters/register", program).with(fixtures.as(director)))
                .andExpect(content().string(containsString("/programs/" + program + "/retention/letters")));
    }
}
