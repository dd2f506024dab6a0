package cl.circuito.waitinglist.entry.web;

import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Role;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import cl.circuito.waitinglist.entry.WaitingListEntry;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The pages keep the waiting list's record plausible (exits that agree with the birth date, identities that agree
 * with the registry) and never lose what the user typed when they refuse.
 */
@CircuitoTest
class RecordRulesPagesTests {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("America/Santiago"));
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;

    UUID program;
    UUID court;
    Actor director;

    @BeforeEach
    void setUp() {
        program = fixtures.program("PRM", "13101");
        court = fixtures.referrer("FAMILY_COURT");
        director = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(program));
    }

    private WaitingListEntry registered(String rut, String given, LocalDate birthDate, LocalDate receivedOn) {
        return fixtures.referral(director, program, court).rut(rut).child(given, "Prueba" + Fixtures.next())
                .bornOn(birthDate).receivedOn(receivedOn).register();
    }

    @Test
    void aTurned18ExitIsCheckedAgainstTheBirthDateNextToTheFieldKeepingTheNotes() throws Exception {
        // Seventeen when referred ten days ago, eighteen today.
        WaitingListEntry entry = registered(null, "Agustín", TODAY.minusYears(18), TODAY.minusDays(10));

        mvc.perform(get("/entries/{id}", entry.id()).with(fixtures.as(director)))
                .andExpect(content().string(allOf(containsString("cumple 18 años el " + DATE.format(TODAY)),
                        not(containsString("Cómo se sabe que cumplió 18 años")))));
        mvc.perform(post("/entries/{id}/exit", entry.id()).with(csrf()).with(fixtures.as(director))
                        .param("reason", "TURNED_18").param("exitedOn", TODAY.minusDays(1).toString())
                        .param("notes", "Egresa por mayoría de edad").param("version", "0"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(
                        containsString("El NNA cumplió 18 años el " + DATE.format(TODAY)),
                        containsString("id=\"exitedOn-error\""), containsString("Egresa por mayoría de edad"),
                        containsString("value=\"" + TODAY.minusDays(1) + "\""),
                        containsString("<option value=\"TURNED_18\" selected=\"selected\""))));

        mvc.perform(post("/entries/{id}/exit", entry.id()).with(csrf()).with(fixtures.as(director))
                        .param("reason", "TURNED_18").param("exitedOn", TODAY.toString())
                        .param("notes", "Egresa por mayoría de edad").param("version", "0"))
                .andExpect(status().is3xxRedirection());
    }

    /**
     * The exit form binds a record: a date that is no date is refused on its field as typed, and the values that did
     * convert are shown again (Spring constructs the record with the date left out and keeps what was typed).
     */
    @Test
    void anExitDateThatIsNoDateIsRefusedOnItsFieldKeepingEverythingTyped() throws Exception {
        WaitingListEntry entry = registered(null, "Renata", LocalDate.of(2012, 3, 4), TODAY.minusDays(3));

        mvc.perform(post("/entries/{id}/exit", entry.id()).with(csrf()).with(fixtures.as(director))
                        .param("reason", "FAMILY_MOVED").param("exitedOn", "31-02-2026")
                        .param("notes", "Se mudó a Arica & Parinacota").param("version", "0"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("id=\"exitedOn-error\""),
                        containsString("value=\"31-02-2026\""), containsString("Se mudó a Arica &amp; Parinacota"),
                        containsString("<option value=\"FAMILY_MOVED\" selected=\"selected\""),
                        not(containsString("id=\"exitReason-error\"")), not(containsString("id=\"exit-notes-error\"")))));
        mvc.perform(post("/entries/{id}/exit", entry.id()).with(csrf()).with(fixtures.as(director))
                        .param("reason", "MOVED_AWAY").param("exitedOn", TODAY.toString())
                        .param("notes", "").param("version", "0"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("id=\"exitReason-error\""),
                        containsString("id=\"exit-notes-error\""),
                        containsString("id=\"exitedOn\" name=\"exitedOn\" value=\"" + TODAY + "\""))));
        assertThat(jdbc.sql("select status from waiting_list_entry where id = ?").param(entry.id())
                .query(String.class).single()).isEqualTo("UNDER_REVIEW");
    }

    @Test
    void aChildNot18YetCannotLeaveAsTurned18AndTheReasonSaysSo() throws Exception {
        WaitingListEntry entry = registered(null, "Vicente", LocalDate.of(2014, 6, 1), TODAY.minusDays(3));

        mvc.perform(post("/entries/{id}/exit", entry.id()).with(csrf()).with(fixtures.as(director))
                        .param("reason", "TURNED_18").param("exitedOn", TODAY.toString())
                        .param("notes", "Cumple 18").param("version", "0"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("cumple 18 años el 01-06-2032"),
                        containsString("id=\"exitReason-error\""))));
        assertThat(jdbc.sql("select status from waiting_list_entry where id = ?").param(entry.id())
                .query(String.class).single()).isEqualTo("UNDER_REVIEW");
    }

    @Test
    void withoutABirthDateTheExitFormAsksHowItIsKnownAndTheEntryKeepsIt() throws Exception {
        WaitingListEntry entry = registered(Fixtures.typedRut(), "Joaquín", null, TODAY.minusDays(5));

        mvc.perform(get("/entries/{id}", entry.id()).with(fixtures.as(director)))
                .andExpect(content().string(containsString("Cómo se sabe que cumplió 18 años")));
        mvc.perform(post("/entries/{id}/exit", entry.id()).with(csrf()).with(fixtures.as(director))
                        .param("reason", "TURNED_18").param("exitedOn", TODAY.toString())
                        .param("notes", "Cumple 18 años").param("version", "0"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("El registro no tiene la fecha de nacimiento del NNA"),
                        containsString("id=\"exit-ageOverrideReason-error\""), containsString("Cumple 18 años"))));
        mvc.perform(post("/entries/{id}/exit", entry.id()).with(csrf()).with(fixtures.as(director))
                        .param("reason", "TURNED_18").param("exitedOn", TODAY.toString())
                        .param("notes", "Cumple 18 años").param("ageOverrideReason", "Cédula de identidad vista en la visita")
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/entries/{id}", entry.id()).with(fixtures.as(director)))
                .andExpect(content().string(containsString(
                        "Mayoría de edad sin fecha de nacimiento registrada: Cédula de identidad vista en la visita")));
    }

    /**
     * The RUT typed is registered with another given name: the form comes back asking which is right, with every
     * field and the attached resolution kept; answering registers the referral with the resolution attached.
     */
    @Test
    void theReferralFormAsksWhichIdentityIsRightAndKeepsEverythingTypedFilesIncluded() throws Exception {
        String rut = Fixtures.typedRut();
        WaitingListEntry elsewhere = registered(rut, "Sofía", LocalDate.of(2015, 5, 5), TODAY.minusDays(20));
        UUID other = fixtures.program("PPF", "13101");
        Actor otherDirector = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(other));
        String surname = jdbc.sql("select c.paternal_surname from child c join waiting_list_entry e on e.child_id = c.id where e.id = ?")
                .param(elsewhere.id()).query(String.class).single();
        MockMultipartFile resolution = new MockMultipartFile("attachments", "resolución.pdf", "application/pdf",
                "%PDF-1.4 resolución del tribunal".getBytes());

        // The session lives in the database (Spring Session): its cookie carries it from one submit to the next.
        var first = mvc.perform(multipart("/programs/{id}/referrals", other).file(resolution)
                        .with(csrf()).with(fixtures.as(otherDirector))
                        .param("rut", rut).param("givenNames", "Sonia").param("paternalSurname", surname)
                        .param("birthDate", "2015-05-05").param("referrerId", court.toString())
                        .param("courtRit", "P-77-2026").param("reason", "Motivo escrito con cuidado")
                        .param("receivedOn", TODAY.toString()).param("backgroundSufficient", "false"))
                .andExpect(status().isConflict())
                .andExpect(content().string(allOf(containsString("ya está en el registro, con otros datos"),
                        containsString("Distinto del registro, que dice «Sofía»."), containsString("value=\"Sonia\""),
                        containsString("Motivo escrito con cuidado"), containsString("value=\"P-77-2026\""),
                        containsString("resolución.pdf"), containsString("Confirmar y registrar"))))
                .andReturn().getResponse();
        String asked = first.getContentAsString();
        Cookie session = first.getCookie("SESSION");
        assertThat(session).isNotNull();

        mvc.perform(multipart("/programs/{id}/referrals", other).cookie(session).with(csrf()).with(fixtures.as(otherDirector))
                        .param("rut", rut).param("givenNames", "Sonia").param("paternalSurname", surname)
                        .param("birthDate", "2015-05-05").param("referrerId", court.toString())
                        .param("courtRit", "P-77-2026").param("reason", "Motivo escrito con cuidado")
                        .param("receivedOn", TODAY.toString()).param("backgroundSufficient", "false")
                        .param("identityChoice", "CORRECT_REGISTERED").param("identityCorrectionReason", "")
                        .param("identityRut", hidden(asked, "identityRut")).param("keptFiles", hidden(asked, "keptFiles")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("Indique por qué se corrige el registro."),
                        containsString("resolución.pdf"))));

        mvc.perform(multipart("/programs/{id}/referrals", other).cookie(session).with(csrf()).with(fixtures.as(otherDirector))
                        .param("rut", rut).param("givenNames", "Sonia").param("paternalSurname", surname)
                        .param("birthDate", "2015-05-05").param("referrerId", court.toString())
                        .param("courtRit", "P-77-2026").param("reason", "Motivo escrito con cuidado")
                        .param("receivedOn", TODAY.toString()).param("backgroundSufficient", "false")
                        .param("identityChoice", "KEEP_REGISTERED")
                        .param("identityRut", hidden(asked, "identityRut")).param("keptFiles", hidden(asked, "keptFiles")))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/entries/*"));

        UUID entry = jdbc.sql("select id from waiting_list_entry where program_id = ?").param(other).query(UUID.class).single();
        assertThat(jdbc.sql("select file_name from entry_attachment where entry_id = ?").param(entry)
                .query(String.class).list()).containsExactly("resolución.pdf");
        assertThat(jdbc.sql("select given_names from child c join waiting_list_entry e on e.child_id = c.id where e.id = ?")
                .param(entry).query(String.class).single()).isEqualTo("Sofía");
        assertThat(jdbc.sql("select what from audit_event where subject_type = 'CHILD' and program_id = ?").param(other)
                .query(String.class).list()).contains("audit.child.identityKept");
    }

    @Test
    void anAnswerGivenForAnotherRutDoesNotCount() throws Exception {
        String rut = Fixtures.typedRut();
        WaitingListEntry registered = registered(rut, "Emilia", LocalDate.of(2015, 5, 5), TODAY.minusDays(20));
        String surname = jdbc.sql("select c.paternal_surname from child c join waiting_list_entry e on e.child_id = c.id where e.id = ?")
                .param(registered.id()).query(String.class).single();
        UUID other = fixtures.program("PPF", "13101");
        Actor otherDirector = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(other));

        mvc.perform(multipart("/programs/{id}/referrals", other).with(csrf()).with(fixtures.as(otherDirector))
                        .param("rut", rut).param("givenNames", "Emma").param("paternalSurname", surname)
                        .param("referrerId", court.toString()).param("courtRit", "P-78-2026").param("reason", "Motivo")
                        .param("receivedOn", TODAY.toString()).param("backgroundSufficient", "true")
                        .param("identityChoice", "KEEP_REGISTERED").param("identityRut", Fixtures.typedRut()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Distinto del registro, que dice «Emilia».")));
    }

    /** The answer is the input's, its RUT a parameter of the page: both travel on when another mistake sends it back. */
    @Test
    void anAnswerGivenTravelsOnWhenTheFormComesBackForAnotherMistake() throws Exception {
        String rut = Fixtures.typedRut();
        String html = mvc.perform(multipart("/programs/{id}/referrals", program).with(csrf()).with(fixtures.as(director))
                        .param("rut", rut).param("givenNames", "Emma").param("paternalSurname", "Viajera")
                        .param("referrerId", court.toString()).param("courtRit", "P-79-2026").param("reason", "")
                        .param("receivedOn", TODAY.toString()).param("backgroundSufficient", "true")
                        .param("identityChoice", "KEEP_REGISTERED").param("identityRut", "12345678-5"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(not(containsString("Confirmar y registrar"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(hidden(html, "identityChoice")).isEqualTo("KEEP_REGISTERED");
        assertThat(hidden(html, "identityRut")).isEqualTo("12345678-5");
    }

    private static String hidden(String html, String name) {
        Matcher m = Pattern.compile("name=\"" + name + "\"[^>]*value=\"([^\"]*)\"|value=\"([^\"]*)\"[^>]*name=\"" + name + "\"")
                .matcher(html);
        assertThat(m.find()).as("hidden field " + name).isTrue();
        return m.group(1) != null ? m.group(1) : m.group(2);
    }
}
