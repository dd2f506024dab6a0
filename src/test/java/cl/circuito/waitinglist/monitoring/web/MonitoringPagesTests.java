package cl.circuito.waitinglist.monitoring.web;

import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Role;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import cl.circuito.waitinglist.MonitoringActionKind;
import cl.circuito.waitinglist.MonitoringOutcome;
import cl.circuito.waitinglist.entry.EntryDecisions;
import cl.circuito.waitinglist.monitoring.MonitoringLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesRegex;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@CircuitoTest
class MonitoringPagesTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired EntryDecisions decisions;
    @Autowired MonitoringLog log;
    @Autowired JdbcClient jdbc;

    UUID program;
    UUID court;
    Actor director;
    Actor professional;
    LocalDate today;

    @BeforeEach
    void setUp() {
        program = fixtures.program("PPF", "13101");
        court = fixtures.referrer("FAMILY_COURT");
        director = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(program));
        professional = fixtures.user(Role.PROGRAM_PROFESSIONAL, Set.of(program));
        today = LocalDate.now(ZoneId.of("America/Santiago"));
    }

    @Test
    void theEntryPageShowsTheMonitoringFormInTheSourcesOrderAndRecordsAnAction() throws Exception {
        UUID entry = fixtures.referral(director, program, court).surnamed("Pagina").receivedDaysAgo(20)
                .waiting().register().id();

        mvc.perform(get("/entries/{id}", entry).with(fixtures.as(professional)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Monitoreo mientras espera"),
                        containsString("Este NNA nunca ha sido monitoreado."),
                        containsString("Entrevista presencial con el NNA y su adulto responsable</option>"),
                        containsString("No se logró contactar"))))
                .andExpect(content().string(matchesRegex("(?s).*Entrevista presencial con el NNA y su adulto responsable</option>"
                        + "\\s*<option value=\"OTHER_CONTACT\".*")));

        mvc.perform(post("/entries/{id}/monitoring-actions", entry).with(fixtures.as(professional)).with(csrf())
                        .param("kind", "OTHER_CONTACT").param("performedOn", today.toString())
                        .param("performedBy", professional.userId().toString()).param("outcome", "PROTECTED")
                        .param("notes", "Llamada con la abuela"))
                .andExpect(redirectedUrl("/entries/" + entry))
                .andExpect(flash().attribute("success", "Monitoreo registrado."));

        mvc.perform(get("/entries/{id}", entry).with(fixtures.as(professional)))
                .andExpect(content().string(allOf(containsString("Llamada con la abuela"),
                        containsString("Protegido(a)"), not(containsString("Este NNA nunca ha sido monitoreado.")))));
    }

    @Test
    void theMonthsPageSaysWhatCountsAndItsNumbersAreTheRows() throws Exception {
        fixtures.withSupportProfessional(program);
        UUID interviewed = fixtures.referral(director, program, court).surnamed("Entrevistada").receivedDaysAgo(30)
                .waiting().register().id();
        UUID pending = fixtures.referral(director, program, court).surnamed("Pendiente").receivedDaysAgo(29)
                .waiting().register().id();
        UUID moved = fixtures.referral(director, program, court).surnamed("Trasladada").receivedDaysAgo(28)
                .waiting().register().id();
        YearMonth month = YearMonth.from(today);
        mvc.perform(post("/programs/{id}/monitoring/{m}/plan", program, month).with(fixtures.as(director)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        log.record(professional, interviewed, MonitoringActionKind.IN_PERSON_INTERVIEW, today, null,
                MonitoringOutcome.PROTECTED, null);
        log.record(professional, pending, MonitoringActionKind.OTHER_CONTACT, today, null, MonitoringOutcome.PROTECTED,
                null);
        decisions.exit(director, moved, version(moved), cl.circuito.waitinglist.ExitReason.FAMILY_MOVED, today,
                "Se trasladan");

        String page = mvc.perform(get("/programs/{id}/monitoring", program).param("month", month.toString())
                        .with(fixtures.as(director)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Qué cuenta como hecho en este programa"),
                        containsString("solo una entrevista presencial con el NNA y su adulto responsable"),
                        containsString("Entrevistados en persona 1 de 2 NNA planificados (50 %)"),
                        containsString("En el plan: 2 NNA — 1 monitoreado y 1 pendiente. Fuera del plan: 1 salió de la lista; ninguno quitado."),
                        containsString("Salieron de la lista este mes sin monitoreo (1)"),
                        containsString("Cambio de domicilio"))))
                .andReturn().getResponse().getContentAsString();
        String plan = page.substring(page.indexOf("<tbody>"), page.indexOf("</tbody>"));
        org.assertj.core.api.Assertions.assertThat(plan.split("<tr", -1)).hasSize(3);
        org.assertj.core.api.Assertions.assertThat(plan).contains("/entries/" + interviewed, "/entries/" + pending)
                .doesNotContain("/entries/" + moved);
        org.assertj.core.api.Assertions.assertThat(plan.split(">Monitoreado el ", -1)).hasSize(2);
        org.assertj.core.api.Assertions.assertThat(plan.split(">Pendiente<", -1)).hasSize(2);

        // Planned as a sample, the telephone call counts too.
        jdbc.sql("update monitoring_plan set kind = 'SAMPLE' where program_id = ?").param(program).update();
        mvc.perform(get("/programs/{id}/monitoring", program).param("month", month.toString()).with(fixtures.as(director)))
                .andExpect(content().string(allOf(
                        containsString("cualquier acción de monitoreo con fecha de este mes"),
                        containsString("En el plan: 2 NNA — 2 monitoreados y ninguno pendiente."))));
    }

    @Test
    void aFutureDateIsRefusedNextToTheFieldKeepingWhatWasTyped() throws Exception {
        UUID entry = fixtures.referral(director, program, court).surnamed("Futuro").receivedDaysAgo(20)
                .waiting().register().id();

        mvc.perform(post("/entries/{id}/monitoring-actions", entry).with(fixtures.as(director)).with(csrf())
                        .param("kind", "IN_PERSON_INTERVIEW").param("performedOn", today.plusDays(3).toString())
                        .param("performedBy", director.userId().toString()).param("outcome", "PROTECTED")
                        .param("notes", "Texto escrito por la directora"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("La fecha no puede ser futura."),
                        containsString("id=\"monitoring-performedOn\""), containsString("is-invalid"),
                        containsString("Texto escrito por la directora"))));
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("select count(*) from monitoring_action where entry_id = ?")
                .param(entry).query(Long.class).single()).isZero();
    }

    @Test
    void severalMistakesAreShownAtOnce() throws Exception {
        UUID entry = fixtures.referral(director, program, court).surnamed("Varios").receivedDaysAgo(20)
                .waiting().register().id();

        mvc.perform(post("/entries/{id}/monitoring-actions", entry).with(fixtures.as(director)).with(csrf())
                        .param("performedOn", today.plusDays(3).toString())
                        .param("performedBy", director.userId().toString()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("Elija la acción de monitoreo."),
                        containsString("La fecha no puede ser futura."),
                        containsString("Indique el resultado del monitoreo."))));
        // A kind that is no kind leaves the record without it: the other values are still checked, and kept.
        mvc.perform(post("/entries/{id}/monitoring-actions", entry).with(fixtures.as(director)).with(csrf())
                        .param("kind", "VISITA").param("performedOn", today.plusDays(3).toString())
                        .param("performedBy", director.userId().toString()).param("notes", "Escrito a mano"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("id=\"kind-error\""),
                        containsString("La fecha no puede ser futura."),
                        containsString("Indique el resultado del monitoreo."), containsString("Escrito a mano"),
                        containsString("id=\"monitoring-performedOn\" name=\"performedOn\" value=\"" + today.plusDays(3) + "\""))));
    }

    @Test
    void notProtectedOpensAJudicialActionThatTheDirectorRequestsAndResolvesOnTheEntryPage() throws Exception {
        UUID entry = fixtures.referral(director, program, court).surnamed("Judicial").receivedDaysAgo(30)
                .waiting().register().id();

        mvc.perform(post("/entries/{id}/monitoring-actions", entry).with(fixtures.as(professional)).with(csrf())
                        .param("kind", "IN_PERSON_INTERVIEW").param("performedOn", today.minusDays(2).toString())
                        .param("performedBy", professional.userId().toString()).param("outcome", "NOT_PROTECTED"))
                .andExpect(flash().attribute("success", containsString("se abrió una acción judicial")));
        UUID judicial = jdbc.sql("select id from judicial_action where entry_id = ?").param(entry).query(UUID.class)
                .single();

        mvc.perform(get("/entries/{id}", entry).with(fixtures.as(director)))
                .andExpect(content().string(allOf(containsString("Acciones judiciales de protección"),
                        containsString("Abierta: falta solicitar al tribunal"), containsString("Registrar solicitud"))));
        mvc.perform(get("/entries/{id}", entry).with(fixtures.as(professional)))
                .andExpect(content().string(not(containsString("Registrar solicitud</button>"))));

        mvc.perform(post("/entries/{id}/judicial-actions/{j}/request", entry, judicial).with(fixtures.as(director))
                        .with(csrf()).param("version", judicialVersion(judicial))
                        .param("requestedOn", today.toString()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Elija qué se solicitó: medida cautelar o audiencia extraordinaria.")));
        mvc.perform(post("/entries/{id}/judicial-actions/{j}/request", entry, judicial).with(fixtures.as(director))
                        .with(csrf()).param("version", judicialVersion(judicial))
                        .param("kind", "MEDIDA_CAUTELAR").param("requestedOn", "ayer"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("id=\"judicial-requestedOn-error\""),
                        containsString("id=\"judicial-requestedOn\" name=\"requestedOn\" value=\"ayer\""),
                        containsString("value=\"MEDIDA_CAUTELAR\" name=\"kind\" checked=\"checked\""))));
        mvc.perform(post("/entries/{id}/judicial-actions/{j}/request", entry, judicial).with(fixtures.as(director))
                        .with(csrf()).param("version", judicialVersion(judicial))
                        .param("kind", "MEDIDA_CAUTELAR").param("requestedOn", today.toString()))
                .andExpect(redirectedUrl("/entries/" + entry));
        mvc.perform(post("/entries/{id}/judicial-actions/{j}/answer", entry, judicial).with(fixtures.as(director))
                        .with(csrf()).param("version", judicialVersion(judicial))
                        .param("answer", "").param("answeredOn", today.toString()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Escriba la respuesta del tribunal.")));
        mvc.perform(post("/entries/{id}/judicial-actions/{j}/answer", entry, judicial).with(fixtures.as(director))
                        .with(csrf()).param("version", judicialVersion(judicial))
                        .param("answer", "Se decreta medida cautelar de alejamiento.")
                        .param("answeredOn", today.toString()))
                .andExpect(flash().attribute("success", containsString("quedó resuelta")));

        mvc.perform(get("/programs/{id}/judicial-actions", program).with(fixtures.as(director)).param("all", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Resuelta"),
                        containsString("Se decreta medida cautelar de alejamiento."))));
    }

    @Test
    void theMonitoringPageStatesTheRuleProposesPlansAndRefusesARemovalWithoutReason() throws Exception {
        for (int i = 0; i < 4; i++) {
            fixtures.referral(director, program, court).surnamed("Mes").receivedDaysAgo(40 + i).waiting().register();
        }
        YearMonth month = YearMonth.from(today);

        mvc.perform(get("/programs/{id}/monitoring", program).with(fixtures.as(director)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("al menos el 30 %"),
                        containsString("Hoy esperan 4 NNA: la muestra mínima del mes es de 2 (30 %)."),
                        containsString("Propuesta de Circuito"), containsString("Más tiempo en espera"),
                        containsString("NNA en espera nunca monitoreados (4)"))));

        mvc.perform(post("/programs/{id}/monitoring/{m}/plan", program, month).with(fixtures.as(director)).with(csrf()))
                .andExpect(redirectedUrl("/programs/" + program + "/monitoring?month=" + month));
        UUID planned = jdbc.sql("""
                        select i.entry_id from monitoring_plan_item i join monitoring_plan p on p.id = i.plan_id
                         where p.program_id = ? order by i.position limit 1""").param(program).query(UUID.class).single();

        mvc.perform(get("/programs/{id}/monitoring", program).with(fixtures.as(director)).param("month", month.toString()))
                .andExpect(content().string(allOf(containsString("Monitoreados 0 de 2 NNA planificados (0 %)"),
                        containsString("<progress"), containsString("Quitar"))));

        mvc.perform(post("/programs/{id}/monitoring/{m}/items/removal", program, month).with(fixtures.as(director))
                        .with(csrf()).param("entryId", planned.toString()).param("reason", "")
                        .param("version", String.valueOf(planVersion(program, month))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Indique brevemente por qué quita a este NNA del plan.")));
        mvc.perform(post("/programs/{id}/monitoring/{m}/items/removal", program, month).with(fixtures.as(director))
                        .with(csrf()).param("entryId", planned.toString()).param("reason", "x".repeat(501))
                        .param("version", String.valueOf(planVersion(program, month))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("admite como máximo 500 caracteres")));
        mvc.perform(post("/programs/{id}/monitoring/{m}/items", program, month).with(fixtures.as(director))
                        .with(csrf()).param("entryId", "ninguno"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("no es un identificador válido")));

        mvc.perform(get("/programs/{id}/monitoring", program).with(fixtures.as(professional)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Quitar</button>"))));
        mvc.perform(post("/programs/{id}/monitoring/{m}/plan", program, month.plusMonths(1))
                        .with(fixtures.as(professional)).with(csrf()))
                .andExpect(status().isForbidden());
    }

    /**
     * A child is added to a month's plan by looking them up by name or RUT: the page never reads the whole list to
     * offer it as a choice (a select of every waiting child, 20,000 in a large program), and offers at most twenty.
     */
    @Test
    void aChildToAddIsFoundByNameOrRutAndTheListIsNeverOfferedWhole() throws Exception {
        String rut = Fixtures.rut();
        String surname = "Buscable" + Fixtures.next();
        // 37 waiting: the plan takes 12, 24 with this surname stay outside it. Waits stay under 12 weeks at the
        // month's end, so no re-validation adds children to the plan.
        for (int i = 0; i < 36; i++) {
            fixtures.referral(director, program, court).child("Niña", surname + "x" + "%02d".formatted(i))
                    .receivedDaysAgo(10 + i).waiting().register();
        }
        UUID byRut = fixtures.referral(director, program, court).surnamed("PorRut").rut(rut).receivedDaysAgo(30)
                .waiting().register().id();
        YearMonth month = YearMonth.from(today);
        mvc.perform(post("/programs/{id}/monitoring/{m}/plan", program, month).with(fixtures.as(director)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/programs/{id}/monitoring", program).with(fixtures.as(director)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Buscar en la lista por nombre o RUT"),
                        not(containsString("Agregar a Niña")))));

        String digits = rut.replace(".", "").replace("-", "");
        mvc.perform(get("/programs/{id}/monitoring", program).with(fixtures.as(director))
                        .param("add", digits.substring(0, digits.length() - 1)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Agregar a Niña PorRut"),
                        not(containsString("Agregar a Niña " + surname)))));
        mvc.perform(get("/programs/{id}/monitoring", program).with(fixtures.as(director)).param("add", surname))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Agregar a Niña " + surname + "x00"),
                        containsString("Se muestran los primeros 20"))));
        mvc.perform(get("/programs/{id}/monitoring", program).with(fixtures.as(director)).param("add", "Zzzinexistente"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "Ningún NNA en la lista fuera del plan coincide con «Zzzinexistente».")));

        mvc.perform(post("/programs/{id}/monitoring/{m}/items", program, month).with(fixtures.as(director))
                        .with(csrf()).param("entryId", byRut.toString()))
                .andExpect(redirectedUrl("/programs/" + program + "/monitoring?month=" + month));
        mvc.perform(get("/programs/{id}/monitoring", program).with(fixtures.as(director)).param("add", "PorRut"))
                .andExpect(content().string(allOf(containsString("coincide con «PorRut»"),
                        not(containsString("Agregar a Niña PorRut")))));
        mvc.perform(get("/programs/{id}/monitoring", program).with(fixtures.as(professional)).param("add", surname))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Agregar a Niña"))));
    }

    @Test
    void anotherProgramsMonitoringIsNotFound() throws Exception {
        UUID other = fixtures.program("PPF", "13101");
        mvc.perform(get("/programs/{id}/monitoring", other).with(fixtures.as(director)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/programs/{id}/judicial-actions", other).with(fixtures.as(director)))
                .andExpect(status().isNotFound());
    }

    @Test
    void theProgramTabsLinkToMonitoring() throws Exception {
        UUID entry = fixtures.referral(director, program, court).surnamed("Tab").receivedDaysAgo(10)
                .waiting().register().id();
        log.record(director, entry, MonitoringActionKind.OTHER_CONTACT, today, null, MonitoringOutcome.PROTECTED, null);
        mvc.perform(get("/programs/{id}/waiting-list", program).with(fixtures.as(director)))
                .andExpect(content().string(containsString("/programs/" + program + "/monitoring")));
    }

    /** The entry's version as its page shows it now: what a change based on a fresh read names. */
    private Long version(UUID entryId) {
        return fixtures.version("waiting_list_entry", entryId);
    }

    /** The version the entry page renders in the judicial action's forms (hidden field), read as the page reads it. */
    private String judicialVersion(UUID judicialActionId) {
        return String.valueOf(fixtures.version("judicial_action", judicialActionId));
    }

    /** The month's plan version, as the monitoring page shows it. */
    private long planVersion(UUID program, java.time.YearMonth month) {
        return jdbc.sql("select version from monitoring_plan where program_id = ? and month = ?")
                .params(program, month.atDay(1)).query(Long.class).single();
    }
}
