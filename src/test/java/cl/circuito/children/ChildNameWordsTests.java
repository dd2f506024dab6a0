package cl.circuito.children;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ChildNameWordsTests {

    private final ChildNames.Words amanda = ChildNames.words("Amanda Belén", "Quilodrán", "Núñez");

    @Test
    void findsAnyNameWordWholeIgnoringAccentsAndCase() {
        assertThat(amanda.foundIn("La niña, amanda, vive con su abuela.")).isTrue();
        assertThat(amanda.foundIn("Familia QUILODRAN")).isTrue();
        assertThat(amanda.foundIn("hermana de Belen")).isTrue();
        assertThat(amanda.foundIn("Sra. Nunez, la abuela")).isTrue();
        assertThat(amanda.foundIn("Quilodrán-Núñez")).isTrue();
    }

    @Test
    void passesTextsWhereTheWordsAreOnlyPartsOfOtherWords() {
        assertThat(amanda.foundIn("Las amandas del colegio; Belenes; Quilodranes")).isFalse();
        assertThat(amanda.foundIn("A. Q. N., 12 años")).isFalse();
        assertThat(amanda.foundIn(null)).isFalse();
    }

    @Test
    void leavesOutParticlesAndShortNamesThatAreEverydayWords() {
        ChildNames.Words luz = ChildNames.words("María de la Luz", "Del Río", "San Martín");
        assertThat(luz.words()).containsExactlyInAnyOrder("maria", "martin");
        assertThat(luz.foundIn("Se reúne con la familia del río, a la luz de lo que informa San Carlos.")).isFalse();
        assertThat(luz.foundIn("María asiste")).isTrue();
        assertThat(ChildNames.words("Paz", "Soto", null).foundIn("Vive en paz con Soto")).isTrue();
    }

    @Test
    void aKindOfTextMayLeaveOutWordsItCannotAvoid() {
        ChildNames.Words mesa = ChildNames.words("Tomás", "Mesa", "Rojas").without(List.of("Mesa"));
        assertThat(mesa.foundIn("La Mesa acuerda revisar el caso.")).isFalse();
        assertThat(mesa.foundIn("Tomás asiste")).isTrue();
        assertThat(mesa.foundIn("familia ROJAS")).isTrue();
    }
}
