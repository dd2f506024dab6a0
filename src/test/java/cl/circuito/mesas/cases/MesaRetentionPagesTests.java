package cl.circuito.mesas.cases;

import cl.circuito.alerts.AlertKind;
import cl.circuito.alerts.AlertSource;
import cl.circuito.mesas.CaseCriterion;
import cl.circuito.mesas.sessions.MesaSession;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import cl.circuito.testing.MesaFixtures;
import cl.circuito.testing.MesaFixtures.MesaWorld;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static cl.circuito.mesas.cases.CaseTestData.nationalAnswers;
import static cl.circuito.mesas.cases.CaseTestData.newCase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A Mesa's closed cases through the retention pages: the co-facilitator is alerted, lists them by initials and age,
 * confirms and disposes of them with a reason; the act stays; a member who does not co-facilitate cannot.
 */
@CircuitoTest
class MesaRetentionPagesTests {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("America/Santiago"));
    private static final int YEAR = TODAY.getYear() - 2;

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired MesaFixtures mesaFixtures;
    @Autowired CaseReviewing reviewing;
    @Autowired CaseRetentionSettings settings;
    @Autowired List<AlertSource> alerts;
    @Autowired JdbcClient jdbc;

    @Test
    void aCoFacilitatorIsAlertedReviewsAndDisposesOfAClosedCase() throws Exception {
        MesaWorld w = mesaFixtures.world();
        MesaSession session = mesaFixtures.session(w, LocalDate.of(YEAR, 4, 8));
        UUID caseId = reviewing.present(w.member(), w.mesaId(), session.id(), newCase(w.pieMember(), "R.P.S.", 12,
                CaseCriterion.NO_PROGRESS, nationalAnswers("¿Quién acompaña a la familia?"), List.of())).caseId();
        reviewing.close(w.member(), w.mesaId(), caseId, fixtures.version("mesa_case", caseId), "Egresa con objetivos logrados.");
        jdbc.sql("update mesa_case set closed_on = ? where id = ?").params(LocalDate.of(YEAR, 6, 2), caseId).update();
        settings.decide(w.coFacilitator(), w.mesaId(), 1, null);
        String base = "/mesas/" + w.mesaId() + "/retention";

        assertThat(alerts.stream().flatMap(source -> source.alertsFor(w.coFacilitator(), TODAY).stream())
                .filter(alert -> alert.kind() == AlertKind.RECORDS_DUE_FOR_DISPOSAL)).singleElement()
                .satisfies(alert -> {
                    assertThat(alert.link()).isEqualTo(base);
                    assertThat(alert.args()).containsExactly(1);
                });
        mvc.perform(get(base).with(fixtures.as(w.coFacilitator())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Análisis de caso en Mesas de Gestión de Casos"),
                        containsString("1 año desde el cierre del caso, según lo decidido por la Mesa."),
                        containsString("1 registro cumplió su plazo de conservación"),
                        containsString(base + "/mesa-case-reviews"))));
        mvc.perform(get(base + "/mesa-case-reviews").with(fixtures.as(w.coFacilitator())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("R. P. S., 12 años"), containsString("name=\"recordIds\""))));
        mvc.perform(get(base + "/mesa-case-reviews").with(fixtures.as(w.member()))).andExpect(status().isForbidden());
        mvc.perform(post(base + "/mesa-case-reviews/disposals").with(fixtures.as(w.member())).with(csrf())
                        .param("recordIds", caseId.toString()).param("reason", "Acta"))
                .andExpect(status().isForbidden());

        mvc.perform(post(base + "/mesa-case-reviews/review").with(fixtures.as(w.coFacilitator())).with(csrf())
                        .param("recordIds", caseId.toString()).param("reason", "Acta de la Mesa N° 2"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Va a eliminar 1 registro"), containsString("R. P. S., 12 años"))));
        mvc.perform(post(base + "/mesa-case-reviews/disposals").with(fixtures.as(w.coFacilitator())).with(csrf())
                        .param("recordIds", caseId.toString()).param("reason", "Acta de la Mesa N° 2"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(base));

        assertThat(jdbc.sql("select initials from mesa_case where id = ?").param(caseId).query(String.class).single())
                .isEqualTo("—");
        mvc.perform(get(base).with(fixtures.as(w.coFacilitator())))
                .andExpect(content().string(allOf(containsString("Acta de la Mesa N° 2"),
                        not(containsString("R. P. S.")))));
        assertThat(jdbc.sql("select record_count from record_disposal where holder_id = ? and kind = 'MESA_CASE_REVIEWS'")
                .param(w.mesaId()).query(Integer.class).single()).isEqualTo(1);
    }
}
