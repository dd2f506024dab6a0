package cl.circuito.waitinglist.importing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NameSplitTests {

    @Test
    void givenNamesThenTwoSurnamesEachWithItsParticles() {
        assertThat(NameSplit.of("Rocío Andrea Pérez de la Fuente"))
                .isEqualTo(new NameSplit.Names("Rocío Andrea", "Pérez", "de la Fuente"));
        assertThat(NameSplit.of("José del Río Soto")).isEqualTo(new NameSplit.Names("José", "del Río", "Soto"));
        assertThat(NameSplit.of("  Tomás   Soto  Lagos ")).isEqualTo(new NameSplit.Names("Tomás", "Soto", "Lagos"));
    }

    @Test
    void twoWordsAreAGivenNameAndASurnameAndOneIsNotEnough() {
        assertThat(NameSplit.of("Ana Pérez")).isEqualTo(new NameSplit.Names("Ana", "Pérez", null));
        assertThat(NameSplit.of("Ana")).isNull();
        assertThat(NameSplit.of("de la Fuente")).isNull();
    }
}
