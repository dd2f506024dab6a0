package cl.circuito.shared.text;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;

class ChileanDatesTests {

    @Test
    void datesReadAsInChileanTablesLettersAndSpeech() {
        LocalDate day = LocalDate.of(2026, 12, 7);
        assertThat(ChileanDates.day(day)).isEqualTo("07-12-2026");
        assertThat(ChileanDates.longDay(day)).isEqualTo("7 de diciembre de 2026");
        assertThat(ChileanDates.weekday(day)).isEqualTo("lunes 7 de diciembre de 2026");
        assertThat(ChileanDates.month(YearMonth.of(2026, 10))).isEqualTo("octubre de 2026");
        assertThat(ChileanDates.shortMonth(YearMonth.of(2026, 10))).isEqualTo("oct. 2026");
        assertThat(ChileanDates.time(LocalTime.of(9, 5))).isEqualTo("09:05");
        assertThat(ChileanDates.day(LocalDate.of(3001, 1, 1))).isEqualTo("01-01-3001");
    }

    /** A server in UTC (a container's default) still shows the hour in Chile, summer time included. */
    @Test
    void anInstantIsTheHourInChileWhateverTheServersZone() {
        Instant summerNoonUtc = Instant.parse("2026-12-07T12:00:00Z");  // Chile on summer time: UTC-3
        Instant winterNoonUtc = Instant.parse("2026-07-07T12:00:00Z");  // winter: UTC-4
        assertThat(ChileanDates.dayAndTime(summerNoonUtc)).isEqualTo("07-12-2026 09:00");
        assertThat(ChileanDates.dayAndTime(winterNoonUtc)).isEqualTo("07-07-2026 08:00");
        assertThat(ChileanDates.time(Instant.parse("2026-12-07T02:30:00Z"))).isEqualTo("23:30");
    }

    @Test
    void aMissingDateReadsAsADashButLeavesALettersFieldUnfilled() {
        assertThat(ChileanDates.day(null)).isEqualTo("—");
        assertThat(ChileanDates.dayAndTime(null)).isEqualTo("—");
        assertThat(ChileanDates.month(null)).isEqualTo("—");
        assertThat(ChileanDates.longDay(null)).isNull();
    }
}
