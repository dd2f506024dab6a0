package cl.circuito.retention.disposal.web;

import cl.circuito.identity.tokens.ApiTokenManagement;
import cl.circuito.letters.drafting.Letter;
import cl.circuito.letters.drafting.LetterKind;
import cl.circuito.letters.drafting.RegisterLetters;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Role;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The program's retention pages and API: overview, the due list, the confirmation, the act, refusals in Spanish. */
@CircuitoTest
class RetentionPagesTests {

    private static final LocalDate LONG_AGO = LocalDate.now(ZoneId.of("America/Santiago")).minusYears(6);

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired ApplicationContext context;
    @Autowired ApiTokenManagement tokens;
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
    void aDirectorReviewsConfirmsAndFindsTheAct() throws Exception {
        Letter due = make.sent(director, program, court, "Juzgado", LetterKind.ESTIMATED_DATE, LONG_AGO, "Sofía Muñoz Ávila");

        mvc.perform(get("/programs/{id}/retention", program).with(fixtures.as(director)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Conservación de registros"),
                        containsString("1 registro cumplió su plazo de conservación y espera su eliminación."),
                        containsString("Ningún otro registro cumplirá su plazo en los próximos 90 días."),
                        containsString(">Oficios<"), containsString("/retention/letters"),
                        containsString("Aún no se ha eliminado ningún registro."))));
        mvc.perform(get("/programs/{id}/retention/letters", program).with(fixtures.as(director)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Oficio " + due.numberLabel()),
                        containsString("1 registro puede eliminarse"), containsString("Motivo de la eliminación"))));

        mvc.perform(post("/programs/{id}/retention/letters/review", program).with(fixtures.as(director)).with(csrf())
                        .param("recordIds", due.id().toString()).param("reason", ""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("Escriba el motivo de la eliminación."),
                        containsString("checked"))));
        mvc.perform(post("/programs/{id}/retention/letters/review", program).with(fixtures.as(director)).with(csrf())
                        .param("recordIds", "oficio-3").param("reason", "Acta escrita"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString(">Acta escrita</textarea>")));
        mvc.perform(post("/programs/{id}/retention/letters/review", program).with(fixtures.as(director)).with(csrf())
                        .param("recordIds", due.id().toString()).param("reason", "Acta N° 8/2031"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Va a eliminar 1 registro de «Oficios»"),
                        containsString("Motivo: Acta N° 8/2031"), containsString("Eliminar definitivamente"))));
        assertThat(stateOf(due)).isEqualTo("SENT");

        mvc.perform(post("/programs/{id}/retention/letters/disposals", program).with(fixtures.as(director)).with(csrf())
                        .param("recordIds", due.id().toString()).param("reason", "Acta N° 8/2031"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/programs/" + program + "/retention"))
                .andExpect(flash().attribute("success", containsString("Se eliminó 1 registro")));
        assertThat(stateOf(due)).isEqualTo("DISPOSED");
        mvc.perform(get("/programs/{id}/retention", program).with(fixtures.as(director)))
                .andExpect(content().string(allOf(containsString("Actas de eliminación"), containsString("Acta N° 8/2031"),
                        containsString(director.displayName()),
                        containsString("Ningún registro ha cumplido su plazo de conservación."))));

        // The data protection officer sees every act of the network, naming the program, never a child.
        Actor admin = fixtures.user(Role.ADMIN, Set.of());
        String programName = jdbc.sql("select name from program where id = ?").param(program).query(String.class).single();
        mvc.perform(get("/admin/disposals").with(fixtures.as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Actas de eliminación de la red"),
                        containsString(programName), containsString("Acta N° 8/2031"), not(containsString("Sofía")))));
        mvc.perform(get("/admin/disposals").with(fixtures.as(director))).andExpect(status().isForbidden());
    }

    @Test
    void aRecordNotYetDueIsRefusedOnThePageNamingIt() throws Exception {
        Letter early = make.issued(director, program, court, "Juzgado", LetterKind.ESTIMATED_DATE,
                LocalDate.now(ZoneId.of("America/Santiago")).minusYears(4), "A Uno");

        mvc.perform(post("/programs/{id}/retention/letters/disposals", program).with(fixtures.as(director)).with(csrf())
                        .param("recordIds", early.id().toString()).param("reason", "Acta N° 1"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("El oficio " + early.numberLabel() + " debe conservarse hasta el")));
        assertThat(stateOf(early)).isEqualTo("ISSUED");
    }

    @Test
    void aReaderSeesWhatIsDueButCannotDisposeAndAStrangerSeesNothing() throws Exception {
        Letter due = make.issued(director, program, court, "Juzgado", LetterKind.ESTIMATED_DATE, LONG_AGO, "A Uno");
        Actor reader = fixtures.user(Role.READ_ONLY, Set.of(program));
        Actor stranger = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(fixtures.program("PRM", "13101")));

        mvc.perform(get("/programs/{id}/retention/letters", program).with(fixtures.as(reader)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Solo el director(a) del programa puede eliminar registros."),
                        not(containsString("name=\"recordIds\"")))));
        mvc.perform(post("/programs/{id}/retention/letters/disposals", program).with(fixtures.as(reader)).with(csrf())
                        .param("recordIds", due.id().toString()).param("reason", "Acta"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/programs/{id}/retention", program).with(fixtures.as(stranger)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/programs/{id}/retention/expedientes", program).with(fixtures.as(director)))
                .andExpect(status().isNotFound());
        assertThat(stateOf(due)).isEqualTo("ISSUED");
    }

    @Test
    void theApiListsDisposesAndRefusesAsThePages() throws Exception {
        Letter due = make.sent(director, program, court, "Juzgado", LetterKind.ESTIMATED_DATE, LONG_AGO, "Sofía Muñoz");
        String bearer = "Bearer " + tokens.create(director, "integración").secret();

        mvc.perform(get("/api/v1/programs/{id}/retention", program).header("Authorization", bearer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.kind == 'letters')].due").value(1));
        mvc.perform(get("/api/v1/programs/{id}/retention/letters", program).header("Authorization", bearer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].id").value(due.id().toString()));
        mvc.perform(post("/api/v1/programs/{id}/retention/letters/disposals", program).header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"recordIds\": [\"%s\"], \"reason\": \"\"}".formatted(due.id())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Escriba el motivo de la eliminación.")));
        mvc.perform(post("/api/v1/programs/{id}/retention/letters/disposals", program).header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"recordIds\": [\"%s\"], \"reason\": \"Acta 9\"}".formatted(due.id())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.act.records").value(1))
                .andExpect(jsonPath("$.act.kind").value("letters"))
                .andExpect(jsonPath("$.disposed[0].id").value(due.id().toString()));
        mvc.perform(get("/api/v1/programs/{id}/retention/acts", program).header("Authorization", bearer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].reason").value("Acta 9"));
        mvc.perform(post("/api/v1/programs/{id}/retention/letters/disposals", program).header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"recordIds\": [\"%s\"], \"reason\": \"Acta 9\"}".formatted(due.id())))
                .andExpect(status().isConflict());
    }

    private String stateOf(Letter letter) {
        return jdbc.sql("select status from letter where id = ?").param(letter.id()).query(String.class).single();
    }
}
