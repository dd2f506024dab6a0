package cl.circuito.mesas.cases;

import cl.circuito.mesas.mesa.MesaRuleViolation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The case's own rules, without Spring. */
class CaseRulesTests {

    @Test
    void initialsAreTwoToFourLettersWrittenOneWay() {
        assertThat(MesaCase.normalisedInitials("rps")).isEqualTo("R. P. S.");
        assertThat(MesaCase.normalisedInitials(" R.P.S. ")).isEqualTo("R. P. S.");
        assertThat(MesaCase.normalisedInitials("Á. ñ.")).isEqualTo("Á. Ñ.");
        assertThat(MesaCase.normalisedInitials("M. J. P. S.")).isEqualTo("M. J. P. S.");
        for (String bad : new String[]{"R", "RPSTU", "Rocío", "Ana", "Luis", "12.345.678-5", "R-P", "", null}) {
            assertThatThrownBy(() -> MesaCase.normalisedInitials(bad)).isInstanceOf(MesaRuleViolation.class)
                    .hasMessage("mesacases.error.initials");
        }
    }
}
