package cl.circuito.waitinglist.admission.web;

import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Role;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import cl.circuito.waitinglist.admission.ExistingCase;
import cl.circuito.waitinglist.admission.ActiveCase;
import cl.circuito.waitinglist.admission.ActiveCaseManagement;
import cl.circuito.waitinglist.admission.AdmissionPlanning;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
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
class AdmissionPagesTests {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("America/Santiago"));
    private static final java.time.format.DateTimeFormatter DATE = java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final String NEXT_MONTH = YearMonth.from(TODAY).plusMonths(1).toString();

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired AdmissionPlanning planning;
    @Autowired ActiveCaseManagement cases;
    @Autowired JdbcClient jdbc;

    UUID program;
    UUID court;
    Actor director;

    @BeforeEach
    void setUp() {
        program = fixtures.program("PRM", "13101");
        jdbc.sql("update program set agreed_capacity = 3 where id = ?").param(program).update();
        court = fixtures.referrer("FAMILY_COURT");
        director = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(program));
    }

    private UUID waiting(String name, int daysAgo) {
        return fixtures.referral(director, program, court).child(name, "Ficticio" + Fixtures.next())
                .bornOn(LocalDate.of(2014, 5, 5)).receivedOn(TODAY.minusDays(daysAgo))
                .eligibleOn(TODAY.minusDays(daysAgo - 1)).register().id();
    }

    private ActiveCase existing() {
        return cases.registerExisting(director, program, new ExistingCase(null, "Anterior", "Caso" + Fixtures.next(),
                null, LocalDate.of(2012, 2, 2), TODAY.minusMonths(2)));
    }

    @Test
    void theAdmissionPageShowsThePlacesInWordsAndProposesTheTopOfTheRanking() throws Exception {
        existing();
        waiting("Primera", 40);
        waiting("Segunda", 30);
        waiting("Tercera", 20);

        mvc.perform(get("/programs/{id}/admissions", program).with(fixtures.as(director)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Capacidad convenida 3 − casos activos 1 − ingresos programados 0 = 2 plazas libres."),
                        containsString("Propuesta de ingresos para"), containsString("Propuesto"),
                        containsString("Primera"), containsString("Tercera"), containsString("Confirmar ingresos"),
                        containsString("Ingresos</a>"), containsString("Casos activos</a>"))));
    }

    @Test
    void aLongListShowsTheProposalAndTheNextTwentyWithALinkToTheWholeRanking() throws Exception {
        for (int i = 0; i < 25; i++) {
            waiting("Larga" + i + "x", 60 - i);
        }

        mvc.perform(get("/programs/{id}/admissions", program).with(fixtures.as(director)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Larga22x"), not(containsString("Larga23x")),
                        containsString("Hay 2 NNA más abajo en la prelación"), containsString("all=true"))));
        mvc.perform(get("/programs/{id}/admissions", program).param("all", "true").with(fixtures.as(director)))
                .andExpect(content().string(allOf(containsString("Larga24x"),
                        not(containsString("más abajo en la prelación")))));
    }

    @Test
    void aDeviationWithoutReasonComesBackWithTheErrorNextToTheChildAndAConfirmationRedirects() throws Exception {
        UUID first = waiting("Uno", 40);
        UUID second = waiting("Dos", 30);
        UUID third = waiting("Tres", 20);
        jdbc.sql("update program set agreed_capacity = 2 where id = ?").param(program).update();

        mvc.perform(post("/programs/{id}/admissions", program).with(csrf()).with(fixtures.as(director))
                        .param("month", NEXT_MONTH).param("chosen", first.toString()).param("chosen", third.toString())
                        .param("reasons[" + third + "]", "Hermana de un NNA atendido"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("Indique por qué no incluye a este NNA propuesto"),
                        containsString("Hermana de un NNA atendido"), containsString("is-invalid"))));

        mvc.perform(post("/programs/{id}/admissions", program).with(csrf()).with(fixtures.as(director))
                        .param("month", NEXT_MONTH).param("chosen", first.toString()).param("chosen", third.toString())
                        .param("reasons[" + third + "]", "Hermana de un NNA atendido")
                        .param("reasons[" + second + "]", "Se posterga a petición de la familia"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/programs/" + program + "/admissions"))
                .andExpect(flash().attribute("success", containsString("Se programaron 2 ingresos")));

        mvc.perform(get("/programs/{id}/admissions", program).with(fixtures.as(director)))
                .andExpect(content().string(allOf(containsString("Ingresos programados"),
                        containsString("Entrevista de ingreso pendiente"), containsString("Registrar entrevista de ingreso"),
                        containsString("Devolver a la lista"), containsString("= 0 plazas libres"))));
    }

    /**
     * The form binds the API's record, which requires a child chosen: on the page, in the planning's words. A month
     * that is no month is refused next to the month.
     */
    @Test
    void aPlanWithNobodyChosenOrAMonthThatIsNoMonthIsRefusedOnThePage() throws Exception {
        UUID child = waiting("Nadie", 30);

        mvc.perform(post("/programs/{id}/admissions", program).with(csrf()).with(fixtures.as(director))
                        .param("month", NEXT_MONTH).param("reasons[" + child + "]", ""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Elija al menos un NNA para programar su ingreso.")));
        mvc.perform(post("/programs/{id}/admissions", program).with(csrf()).with(fixtures.as(director))
                        .param("month", "pronto").param("chosen", child.toString())
                        .param("reasons[" + child + "]", "Urgente"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("id=\"month-error\""),
                        containsString("debe ser un mes válido"))));
        assertThat(jdbc.sql("select status from waiting_list_entry where id = ?").param(child).query(String.class)
                .single()).isEqualTo("WAITING");
    }

    @Test
    void confirmingBeyondCapacityShowsTheArithmeticAndSchedulesNobody() throws Exception {
        jdbc.sql("update program set agreed_capacity = 1 where id = ?").param(program).update();
        existing();
        UUID child = waiting("Sinplaza", 30);

        mvc.perform(post("/programs/{id}/admissions", program).with(csrf()).with(fixtures.as(director))
                        .param("month", NEXT_MONTH).param("chosen", child.toString())
                        .param("reasons[" + child + "]", "Urgente"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString(
                        "No quedan plazas libres: capacidad 1, casos activos 1, ingresos programados 0.")));
    }

    @Test
    void theEntryPageOfAScheduledChildRefusesAdmissionBeforeTheInterviewThenAdmits() throws Exception {
        UUID child = waiting("Agendada", 30);
        planning.confirm(director, program, YearMonth.from(TODAY), List.of(child), Map.of());

        mvc.perform(get("/entries/{id}", child).with(fixtures.as(director)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Ingreso al programa"),
                        containsString("Registrar entrevista de ingreso"), containsString("Devolver a la lista"))));
        mvc.perform(post("/entries/{id}/admission", child).with(csrf()).with(fixtures.as(director))
                        .param("version", shown(child))
                        .param("admittedOn", TODAY.toString()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString(
                        "No se puede registrar el ingreso antes de la entrevista de ingreso")));
        mvc.perform(post("/entries/{id}/admission-interview", child).with(csrf()).with(fixtures.as(director))
                        .param("version", shown(child))
                        .param("heldOn", TODAY.toString()).param("attendees", "").param("addressConfirmed", "false")
                        .param("street", "Calle Falsa").param("streetNumber", "123"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("El campo «Asistentes» es obligatorio."),
                        containsString("value=\"Calle Falsa\""))));
        mvc.perform(post("/entries/{id}/admission-interview", child).with(csrf()).with(fixtures.as(director))
                        .param("version", shown(child))
                        .param("heldOn", TODAY.toString()).param("attendees", "NNA y su madre")
                        .param("addressConfirmed", "false").param("street", "Calle Falsa").param("streetNumber", "123"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/entries/{id}/admission", child).with(csrf()).with(fixtures.as(director))
                        .param("version", shown(child))
                        .param("admittedOn", TODAY.toString()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("success", containsString("caso activo")));
        mvc.perform(get("/entries/{id}", child).with(fixtures.as(director)))
                .andExpect(content().string(allOf(containsString("Ingresado al programa"),
                        containsString("Domicilio corregido: Calle Falsa 123"), containsString("Caso activo del programa."),
                        containsString("Ingreso efectivo al programa"))));
    }

    /**
     * The interview and unschedule forms bind the API's records: a date that is no date is refused next to it with
     * every other mistake and everything typed, the radio as chosen; the unschedule reason is the API's {@code reason}.
     */
    @Test
    void theAdmissionFormsRefuseWhatIsNotADateOrMissingKeepingWhatWasTyped() throws Exception {
        UUID child = waiting("Tipeada", 30);
        planning.confirm(director, program, YearMonth.from(TODAY), List.of(child), Map.of());

        mvc.perform(post("/entries/{id}/admission-interview", child).with(csrf()).with(fixtures.as(director))
                        .param("version", shown(child)).param("heldOn", "ayer").param("attendees", "")
                        .param("addressConfirmed", "false").param("street", "Pasaje Los Aromos 45")
                        .param("notes", "Llega con su abuela"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("id=\"interview-heldOn-error\""),
                        containsString("value=\"ayer\""), containsString("id=\"interview-attendees-error\""),
                        containsString("Pasaje Los Aromos 45"), containsString("Llega con su abuela"),
                        containsString("id=\"interview-address-corrected\" value=\"false\" name=\"addressConfirmed\" checked=\"checked\""))));
        mvc.perform(post("/entries/{id}/unschedule", child).with(csrf()).with(fixtures.as(director))
                        .param("version", shown(child)).param("reason", ""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"unschedule-reason-error\"")));
        mvc.perform(post("/entries/{id}/unschedule", child).with(csrf()).with(fixtures.as(director))
                        .param("version", shown(child)).param("reason", "La familia pidió esperar"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select status from waiting_list_entry where id = ?").param(child).query(String.class)
                .single()).isEqualTo("WAITING");
    }

    @Test
    void anAdmissionBeforeTheScheduledMonthIsRefusedNextToTheDateKeepingIt() throws Exception {
        UUID child = waiting("Diciembre", 30);
        YearMonth next = YearMonth.from(TODAY).plusMonths(1);
        planning.confirm(director, program, next, List.of(child), Map.of());
        mvc.perform(post("/entries/{id}/admission-interview", child).with(csrf()).with(fixtures.as(director))
                        .param("version", shown(child))
                        .param("heldOn", TODAY.minusDays(1).toString()).param("attendees", "NNA y su madre")
                        .param("addressConfirmed", "true").param("address", "Calle Falsa 123"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("no puede ser anterior al día en que se programó"),
                        containsString("value=\"" + TODAY.minusDays(1) + "\""), containsString("NNA y su madre"))));
        mvc.perform(post("/entries/{id}/admission-interview", child).with(csrf()).with(fixtures.as(director))
                        .param("version", shown(child))
                        .param("heldOn", TODAY.toString()).param("attendees", "NNA y su madre")
                        .param("addressConfirmed", "true").param("address", "Calle Falsa 123"))
                .andExpect(status().is3xxRedirection());

        mvc.perform(post("/entries/{id}/admission", child).with(csrf()).with(fixtures.as(director))
                        .param("version", shown(child))
                        .param("admittedOn", TODAY.toString()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(
                        containsString("la fecha de ingreso no puede ser anterior al " + DATE.format(next.atDay(1))),
                        containsString("id=\"admit-admittedOn-error\""), containsString("value=\"" + TODAY + "\""))));
        assertThat(jdbc.sql("select status from waiting_list_entry where id = ?").param(child).query(String.class)
                .single()).isEqualTo("SCHEDULED");
    }

    @Test
    void aWaitingChildsPageShowsItsEstimatedAdmissionDateWithItsBasis() throws Exception {
        UUID child = waiting("Estimada", 30);

        mvc.perform(get("/entries/{id}", child).with(fixtures.as(director)))
                .andExpect(content().string(allOf(containsString("Fecha estimada de ingreso"),
                        containsString("Lugar 1 en la prelación; 3 plazas libres; 1,0 egresos al mes (estimación sin historial)."))));
    }

    @Test
    void activeCasesAreListedRegisteredAndClosedWhichFreesAPlace() throws Exception {
        ActiveCase open = existing();

        mvc.perform(get("/programs/{id}/cases", program).with(fixtures.as(director)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Caso anterior a Circuito"), containsString("Cerrar caso"),
                        containsString("Registrar caso activo existente"), containsString("1 caso"))));

        mvc.perform(post("/programs/{id}/cases", program).with(csrf()).with(fixtures.as(director))
                        .param("givenNames", "Sin").param("paternalSurname", "Fecha").param("admittedOn", ""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("El campo «Fecha de ingreso al programa» es obligatorio."),
                        containsString("value=\"Sin\""))));
        mvc.perform(post("/programs/{id}/cases", program).with(csrf()).with(fixtures.as(director))
                        .param("givenNames", "Renata").param("paternalSurname", "Existente" + Fixtures.next())
                        .param("birthDate", "2013-03-03").param("admittedOn", TODAY.minusMonths(5).toString()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("success", "Caso activo registrado."));

        mvc.perform(get("/active-cases/{id}/close", open.id()).with(fixtures.as(director)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Intervención finalizada")));
        mvc.perform(post("/active-cases/{id}/close", open.id()).with(csrf()).with(fixtures.as(director))
                        .param("closedOn", TODAY.toString()).param("reason", "COURT_ORDER").param("notes", "")
                        .param("version", "0"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("El campo «Observaciones» es obligatorio.")));
        // The form binds the API's record (reason, notes): a date that is no date keeps what was typed; the case's
        // refusal of the reason, which it names closeReason, is said next to the reason.
        mvc.perform(post("/active-cases/{id}/close", open.id()).with(csrf()).with(fixtures.as(director))
                        .param("closedOn", "ayer").param("reason", "TURNED_18").param("notes", "Mayoría de edad")
                        .param("version", "0"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("id=\"case-closedOn-error\""),
                        containsString("value=\"ayer\""), containsString("Mayoría de edad"))));
        mvc.perform(post("/active-cases/{id}/close", open.id()).with(csrf()).with(fixtures.as(director))
                        .param("closedOn", TODAY.toString()).param("reason", "TURNED_18")
                        .param("notes", "Mayoría de edad").param("version", "0"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("id=\"closeReason-error\""),
                        containsString("cumple 18 años el 02-02-2030"))));
        mvc.perform(post("/active-cases/{id}/close", open.id()).with(csrf()).with(fixtures.as(director))
                        .param("closedOn", TODAY.toString()).param("reason", "COURT_ORDER")
                        .param("notes", "El tribunal pone término a la medida.").param("version", "0"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("success", containsString("se liberó una plaza")));
        mvc.perform(get("/programs/{id}/cases", program).param("state", "CLOSED").with(fixtures.as(director)))
                .andExpect(content().string(allOf(containsString("Resolución del tribunal"), not(containsString("Renata")))));
    }

    @Test
    void aReadOnlyUserSeesThePagesButCannotConfirm() throws Exception {
        Actor reader = fixtures.user(Role.READ_ONLY, Set.of(program));
        UUID child = waiting("Lectura", 30);

        mvc.perform(get("/programs/{id}/admissions", program).with(fixtures.as(reader)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Confirmar ingresos</button>"))));
        mvc.perform(post("/programs/{id}/admissions", program).with(csrf()).with(fixtures.as(reader))
                        .param("month", NEXT_MONTH).param("chosen", child.toString()))
                .andExpect(status().isForbidden());
        Actor stranger = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(fixtures.program("PRM", "13101")));
        mvc.perform(get("/programs/{id}/cases", program).with(fixtures.as(stranger)))
                .andExpect(status().isNotFound());
    }

    /** The entry's version as its page shows it now: what a change based on a fresh read names. */
    private Long version(UUID entryId) {
        return fixtures.version("waiting_list_entry", entryId);
    }

    /** The version the entry's page renders in its forms' hidden field, read as the page would read it. */
    private String shown(UUID entryId) {
        return String.valueOf(version(entryId));
    }
}
