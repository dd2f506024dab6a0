package cl.circuito.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchPatternTests {

    @Test
    void findsTheTypedTextAnywhere() {
        assertThat(SearchPattern.containing("  Núñez ")).isEqualTo("%Núñez%");
    }

    @Test
    void wildcardsTypedByTheUserAreMatchedLiterally() {
        assertThat(SearchPattern.containing("ana_perez 100%!")).isEqualTo("%ana!_perez 100!%!!%");
    }

    @Test
    void nothingTypedMatchesEverything() {
        assertThat(SearchPattern.containing(null)).isEqualTo("%");
        assertThat(SearchPattern.containing("   ")).isEqualTo("%");
    }
}
