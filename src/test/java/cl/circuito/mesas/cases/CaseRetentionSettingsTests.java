package cl.circuito.mesas.cases;

import cl.circuito.mesas.mesa.MesaRuleViolation;
import cl.circuito.shared.DomainException;
import cl.circuito.shared.security.AccessDenied;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.MesaFixtures;
import cl.circuito.testing.MesaFixtures.MesaWorld;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How long a Mesa keeps its closed cases: whole years from 1 to 30 or undecided, decided by its co-facilitators. */
@CircuitoTest
class CaseRetentionSettingsTests {

    @Autowired MesaFixtures mesaFixtures;
    @Autowired CaseRetentionSettings settings;
    @Autowired JdbcClient jdbc;

    MesaWorld w;

    @BeforeEach
    void aMesa() {
        w = mesaFixtures.world();
    }

    private void keep(Integer years) {
        Long version = jdbc.sql("select version from mesa_case_settings where mesa_id = ?").param(w.mesaId())
                .query(Long.class).optional().orElse(null);
        settings.decide(w.coFacilitator(), w.mesaId(), years, version);
    }

    @Test
    void theSettingTakesWholeYearsFromOneToThirtyAndIsAudited() {
        for (Integer wrong : new Integer[]{0, 31, -1}) {
            assertThatThrownBy(() -> keep(wrong)).isInstanceOfSatisfying(MesaRuleViolation.class, e -> {
                assertThat(e.field()).isEqualTo("keepYears");
                assertThat(e.status()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
            });
        }
        assertThat(settings.of(w.member(), w.mesaId()).keepYears()).isNull();
        assertThatThrownBy(() -> settings.decide(w.member(), w.mesaId(), 5, null)).isInstanceOf(AccessDenied.class);

        keep(5);
        keep(30);
        CaseRetentionSettings.Decision kept = settings.of(w.manager(), w.mesaId());
        assertThat(kept.keepYears()).isEqualTo(30);
        assertThat(kept.decidedByName()).isEqualTo(w.coFacilitator().displayName());
        assertThat(kept.decidedAt()).isNotNull();
        assertThat(kept.editable()).isFalse();
        assertThatThrownBy(() -> settings.decide(w.coFacilitator(), w.mesaId(), 4, kept.version() - 1))
                .as("a stale version").satisfies(e -> assertThat(((DomainException) e).status())
                        .isEqualTo(HttpStatus.CONFLICT));
        keep(null);
        assertThat(settings.of(w.coFacilitator(), w.mesaId()).keepYears()).isNull();
        assertThat(jdbc.sql("""
                        select changes -> 'keepYears' ->> 'after' from audit_event
                         where subject_id = ? and what = 'mesacases.audit.retentionDecided' order by occurred_at""")
                .param(w.mesaId()).query(String.class).list()).containsExactly("5", "30", null);
        assertThat(jdbc.sql("select format_id from mesa_case_settings where mesa_id = ?").param(w.mesaId())
                .query(UUID.class).single()).as("still the national format").isEqualTo(CaseTestData.NATIONAL);
    }
}
