package cl.circuito.children;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RutTests {

    @ParameterizedTest
    @ValueSource(strings = {"12.345.678-5", "12345678-5", "123456785", " 12.345.678-5 ", "12 345 678-5"})
    void acceptsTheUsualWaysOfTypingARut(String typed) {
        assertThat(Rut.parse(typed).formatted()).isEqualTo("12.345.678-5");
        assertThat(Rut.parse(typed).canonical()).isEqualTo("12345678-5");
    }

    @Test
    void acceptsKInEitherCase() {
        assertThat(Rut.parse("10.000.013-k").formatted()).isEqualTo("10.000.013-K");
        assertThat(Rut.parse("10000013K").canonical()).isEqualTo("10000013-K");
    }

    @Test
    void computesTheModulo11CheckDigitIncludingZeroAndK() {
        assertThat(Rut.checkDigitOf(12_345_678)).isEqualTo('5');
        assertThat(Rut.checkDigitOf(10_000_013)).isEqualTo('K');
        assertThat(Rut.checkDigitOf(10_000_004)).isEqualTo('0');
        assertThat(Rut.checkDigitOf(1)).isEqualTo('9');
    }

    @ParameterizedTest
    @ValueSource(strings = {"12.345.678-4", "12.345.678-K", "abc", "", "12.345.678-", "1.2.3-4", "123.456.789-0",
            "12,345,678-5", "0-0"})
    void refusesWrongCheckDigitsAndMalformedInput(String typed) {
        assertThatThrownBy(() -> Rut.parse(typed)).isInstanceOf(InvalidRut.class)
                .satisfies(e -> assertThat(((InvalidRut) e).field()).isEqualTo("rut"));
        assertThat(Rut.isValid(typed)).isFalse();
    }

    @Test
    void formatsShortRutsWithDots() {
        assertThat(Rut.parse("7654321-6").formatted()).isEqualTo("7.654.321-6");
        assertThat(Rut.parse("1-9").formatted()).isEqualTo("1-9");
    }
}
