package cl.circuito.shared.tables;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CellsTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @ParameterizedTest
    @ValueSource(strings = {"04-12-2026", "4-12-2026", "4/12/2026", "04/12/26", "4/12/26", "2026-12-04",
            "04.12.2026", "04-12-2026 0:00:00", "2026-12-04T00:00:00", "46360", " 04-12-2026 "})
    void everySpellingOfADate(String text) {
        assertThat(Cells.date(text, TODAY)).isEqualTo(LocalDate.of(2026, 12, 4));
    }

    @Test
    void aTwoDigitYearAfterThisYearIsLastCentury() {
        assertThat(Cells.date("15/03/95", TODAY)).isEqualTo(LocalDate.of(1995, 3, 15));
        assertThat(Cells.date("15/03/26", TODAY)).isEqualTo(LocalDate.of(2026, 3, 15));
        assertThat(Cells.date("", TODAY)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"31-02-2026", "12/31/2026", "mañana", "2026", "4 de diciembre", "01-01-3001", "99999"})
    void whatIsNotADayIsRefusedNotGuessed(String text) {
        assertThatThrownBy(() -> Cells.date(text, TODAY)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void yesNoAndWholeNumbers() {
        assertThat(Cells.yesNo("Sí")).isTrue();
        assertThat(Cells.yesNo("SI")).isTrue();
        assertThat(Cells.yesNo("no")).isFalse();
        assertThat(Cells.yesNo(" ")).isNull();
        assertThatThrownBy(() -> Cells.yesNo("quizás")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Cells.wholeNumber("2.0")).isEqualTo(2);
        assertThat(Cells.wholeNumber("2,0")).isEqualTo(2);
        assertThatThrownBy(() -> Cells.wholeNumber("2.5")).isInstanceOf(IllegalArgumentException.class);
    }
}
