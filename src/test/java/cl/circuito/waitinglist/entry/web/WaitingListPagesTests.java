package cl.circuito.waitinglist.entry.web;

import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Role;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import cl.circuito.waitinglist.entry.WaitingListEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@CircuitoTest
class WaitingListPagesTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;

    UUID program;
    UUID court;
    Actor director;

    @BeforeEach
    void setUp() {
        program = fixtures.program("PRM", "13101");
        court = fixtures.referrer("FAMILY_COURT");
        director = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(program));
    }

    private WaitingListEntry registered(String surname, LocalDate receivedOn) {
        return fixtures.referral(director, program, court).child("Rocío", surname).bornOn(LocalDate.of(2014, 2, 2))
                .receivedOn(receivedOn).register();
    }

    @Test
    void theListShowsChildrenWithTheirDeadlineInWordsAndSearchesByName() throws Exception {
        registered("Overdue" + Fixtures.next(), LocalDate.now(ZoneId.of("America/Santiago")).minusDays(40));
        WaitingListEntry recent = registered("Reciente" + Fixtures.next(), LocalDate.now(ZoneId.of("America/Santiago")));

        mvc.perform(get("/programs/{id}/waiting-list", program).with(fixtures.as(director)))
                .andExpect(status().isOk())
                .andExpect(view().name("waitinglist/entry/list"))
                .andExpect(content().string(allOf(containsString("Rocío"), containsString("vencido hace"),
                        containsString("vence en"), containsString("row-overdue"))));
        mvc.perform(get("/programs/{id}/waiting-list", program).param("q", "reciente").with(fixtures.as(director)))
                .andExpect(content().string(allOf(containsString(recent.id().toString()),
                        not(containsString("Overdue")))));
    }

    @Test
    void anHtmxFilterRequestGetsOnlyTheResultsFragment() throws Exception {
        registered("Fragmento" + Fixtures.next(), LocalDate.now(ZoneId.of("America/Santiago")).minusDays(2));

        mvc.perform(get("/programs/{id}/waiting-list", program).param("state", "UNDER_REVIEW")
                        .header("HX-Request", "true").with(fixtures.as(director)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"results\""), not(containsString("<html")))));
    }

    @Test
    void aReferralWithErrorsComesBackWithTheTypedValuesAndSpanishMessages() throws Exception {
        mvc.perform(multipart("/programs/{id}/referrals", program).with(csrf()).with(fixtures.as(director))
                        .param("rut", "12.345.678-9").param("givenNames", "Martina").param("paternalSurname", "Soto")
                        .param("referrerId", court.toString()).param("courtRit", "P-55-2026")
                        .param("reason", "Motivo escrito").param("receivedOn", "2026-09-10")
                        .param("backgroundSufficient", "true"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("El RUT no es válido"), containsString("value=\"Martina\""),
                        containsString("Motivo escrito"), containsString("is-invalid"))));
        mvc.perform(multipart("/programs/{id}/referrals", program).with(csrf()).with(fixtures.as(director))
                        .param("givenNames", "").param("paternalSurname", "Soto").param("reason", "<b>x</b>"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("El campo «Nombres» es obligatorio."),
                        containsString("El campo «Motivo» no puede contener etiquetas HTML"),
                        containsString("El campo «Fecha de recepción» es obligatorio."))));
    }

    @Test
    void aValidReferralWithItsResolutionRedirectsToTheEntryWithItsDeadline() throws Exception {
        MockMultipartFile resolution = new MockMultipartFile("attachments", "resolución.pdf", "application/pdf",
                "%PDF-1.4 resolución del tribunal".getBytes());
        mvc.perform(multipart("/programs/{id}/referrals", program).file(resolution).with(csrf()).with(fixtures.as(director))
                        .param("givenNames", "Martina").param("paternalSurname", "Nueva" + Fixtures.next())
                        .param("birthDate", "2016-04-04").param("referrerId", court.toString())
                        .param("courtRit", "p-55-2026").param("reason", "Motivo").param("receivedOn", "2026-09-10")
                        .param("backgroundSufficient", "true"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/entries/*"))
                .andExpect(flash().attribute("success", containsString("25-09-2026")));
    }

    /**
     * The form binds the API's record; the files come beside it. A file that is not a PDF nor an image is said next
     * to the file input, and not kept; a date that is no date is said next to it with everything typed.
     */
    @Test
    void aRefusedFileIsSaidNextToTheFileInputAndADateThatIsNoDateKeepsWhatWasTyped() throws Exception {
        MockMultipartFile notes = new MockMultipartFile("attachments", "notas.txt", "text/plain", "notas".getBytes());
        mvc.perform(multipart("/programs/{id}/referrals", program).file(notes).with(csrf()).with(fixtures.as(director))
                        .param("givenNames", "Martina").param("paternalSurname", "Archivo" + Fixtures.next())
                        .param("birthDate", "2016-04-04").param("referrerId", court.toString())
                        .param("courtRit", "P-56-2026").param("reason", "Motivo").param("receivedOn", "2026-09-10")
                        .param("backgroundSufficient", "true"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("id=\"attachments-error\""),
                        containsString("El archivo «notas.txt» no es PDF ni imagen"), containsString("value=\"Martina\""),
                        not(containsString("attachments-kept")))));

        mvc.perform(multipart("/programs/{id}/referrals", program).with(csrf()).with(fixtures.as(director))
                        .param("givenNames", "Martina").param("paternalSurname", "Soto").param("birthDate", "ayer")
                        .param("referrerId", court.toString()).param("courtRit", "P-57-2026")
                        .param("reason", "Motivo escrito").param("receivedOn", "2026-09-10")
                        .param("backgroundSufficient", "false"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("id=\"birthDate-error\""), containsString("value=\"ayer\""),
                        containsString("value=\"P-57-2026\""), containsString("Motivo escrito"),
                        containsString("id=\"sufficient-no\" value=\"false\""))));
    }

    @Test
    void theSameChildTwiceInTheProgramLinksToTheExistingEntry() throws Exception {
        String surname = "Repetida" + Fixtures.next();
        WaitingListEntry first = registered(surname, LocalDate.of(2026, 9, 10));

        mvc.perform(multipart("/programs/{id}/referrals", program).with(csrf()).with(fixtures.as(director))
                        .param("givenNames", "Rocío").param("paternalSurname", surname).param("birthDate", "2014-02-02")
                        .param("referrerId", court.toString()).param("courtRit", "P-1-2026").param("reason", "Motivo")
                        .param("receivedOn", "2026-09-11").param("backgroundSufficient", "false"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("ya tiene una ficha abierta"),
                        containsString("/entries/" + first.id()))));
    }

    @Test
    void theEntryPageOffersTheDirectorsFormsButNotToReadOnlyUsers() throws Exception {
        WaitingListEntry entry = registered("Ficha" + Fixtures.next(), LocalDate.of(2026, 9, 10));
        Actor readOnly = fixtures.user(Role.READ_ONLY, Set.of(program));

        mvc.perform(get("/entries/{id}", entry.id()).with(fixtures.as(director)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Decidir admisibilidad"),
                        containsString("Registrar recolección de antecedentes"), containsString("25-09-2026"))));
        mvc.perform(get("/entries/{id}", entry.id()).with(fixtures.as(readOnly)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("solo lectura"),
                        not(containsString("Decidir admisibilidad")))));
    }

    @Test
    void aDecisionFormErrorStaysOnThePageNamingTheField() throws Exception {
        WaitingListEntry entry = registered("Decision" + Fixtures.next(), LocalDate.of(2026, 9, 10));

        mvc.perform(post("/entries/{id}/decision", entry.id()).with(csrf()).with(fixtures.as(director))
                        .param("outcome", "NOT_ELIGIBLE").param("decidedOn", "2026-09-15")
                        .param("reason", "Perfil preventivo").param("version", "0"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("Indique el programa más pertinente"),
                        containsString("Perfil preventivo"))));
        mvc.perform(post("/entries/{id}/decision", entry.id()).with(csrf()).with(fixtures.as(director))
                        .param("outcome", "ELIGIBLE").param("decidedOn", "2026-09-15").param("version", "0"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("success", containsString("sujeto de atención")));
    }

    @Test
    void anotherProgramsEntryIs404AndFormsWithoutCsrfAreRefused() throws Exception {
        WaitingListEntry entry = registered("Ajena" + Fixtures.next(), LocalDate.of(2026, 9, 10));
        Actor stranger = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(fixtures.program("PPF", "13101")));

        mvc.perform(get("/entries/{id}", entry.id()).with(fixtures.as(stranger)))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("no tiene acceso")));
        mvc.perform(post("/entries/{id}/decision", entry.id()).with(csrf().useInvalidToken()).with(fixtures.as(director))
                        .param("outcome", "ELIGIBLE").param("decidedOn", "2026-09-15"))
                .andExpect(status().isForbidden());
        // No token at all usually means the session expired: back to the login page, nothing decided.
        mvc.perform(post("/entries/{id}/decision", entry.id()).with(fixtures.as(director))
                        .param("outcome", "ELIGIBLE").param("decidedOn", "2026-09-15"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/login?expired"));
        mvc.perform(get("/entries/{id}", entry.id()).with(fixtures.as(director)))
                .andExpect(content().string(containsString("En evaluación de admisibilidad")));
    }

    @Test
    void theDayPageListsOverdueAndSoonDecisions() throws Exception {
        WaitingListEntry overdue = registered("Urgente" + Fixtures.next(), LocalDate.now(ZoneId.of("America/Santiago")).minusDays(30));

        mvc.perform(get("/").with(fixtures.as(director)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Decisiones de admisibilidad vencidas"),
                        containsString("/entries/" + overdue.id()), containsString("vencido"))));
    }

    @Test
    void pagesCarrySecurityHeaders() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
        mvc.perform(get("/programs/{id}/waiting-list", program))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void aChildsDataCanBeCorrectedAndTheCorrectionIsInTheHistory() throws Exception {
        WaitingListEntry entry = registered("Tipeo" + Fixtures.next(), LocalDate.of(2026, 9, 10));

        mvc.perform(post("/entries/{id}/child", entry.id()).with(csrf()).with(fixtures.as(director))
                        .param("rut", "12.345.678-9").param("givenNames", "Rocío").param("paternalSurname", "Corregido"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("El RUT no es válido"), containsString("open"))));
        mvc.perform(post("/entries/{id}/child", entry.id()).with(csrf()).with(fixtures.as(director))
                        .param("rut", "").param("givenNames", "Rocío Andrea").param("paternalSurname", "Corregido")
                        .param("birthDate", "2014-02-02"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("id=\"child-reason-error\""),
                        containsString("Diga por qué se corrige"))));
        mvc.perform(post("/entries/{id}/child", entry.id()).with(csrf()).with(fixtures.as(director))
                        .param("rut", "").param("givenNames", "Rocío Andrea").param("paternalSurname", "Corregido")
                        .param("birthDate", "2014-02-02").param("reason", "La madre trajo el certificado de nacimiento"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("success", containsString("corregidos")));
        mvc.perform(get("/entries/{id}/history", entry.id()).with(fixtures.as(director)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Corrigió los datos del NNA"),
                        containsString("Rocío Andrea"), containsString("La madre trajo el certificado de nacimiento"),
                        containsString("Consultó la ficha"))));
    }
}
