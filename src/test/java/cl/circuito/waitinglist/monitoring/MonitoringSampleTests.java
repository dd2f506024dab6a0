package cl.circuito.waitinglist.monitoring;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class MonitoringSampleTests {

    private static final Instant REGISTERED = Instant.parse("2026-01-05T12:00:00Z");
    private static final LocalDate RECEIVED = LocalDate.of(2026, 1, 5);

    @ParameterizedTest(name = "{0} waiting → sample of {1}")
    @CsvSource({"0, 0", "1, 1", "99, 30", "100, 20", "101, 21", "250, 50"})
    void samplesThirtyPercentUnderAHundredAndTwentyPercentFromAHundredRoundingUp(int waiting, int size) {
        assertThat(MonitoringSample.size(waiting)).isEqualTo(size);
    }

    @Test
    void roundsUpSmallLists() {
        assertThat(MonitoringSample.size(2)).isEqualTo(1);
        assertThat(MonitoringSample.size(4)).isEqualTo(2);
        assertThat(MonitoringSample.size(10)).isEqualTo(3);
    }

    private static MonitoringSample.Candidate child(String id, Integer priority, Integer score, LocalDate lastMonitored,
                                                    LocalDate received) {
        return new MonitoringSample.Candidate(UUID.nameUUIDFromBytes(id.getBytes()), priority, score, lastMonitored,
                received, REGISTERED);
    }

    private static UUID id(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes());
    }

    @Test
    void proposesHighestRiskFirstThenLongestWithoutMonitoringThenLongestWaiting() {
        List<MonitoringSample.Candidate> candidates = List.of(
                child("p2-high", 2, 15, null, RECEIVED),
                child("unassessed-old", null, null, null, RECEIVED.minusDays(200)),
                child("p1-low", 1, 3, LocalDate.of(2026, 10, 1), RECEIVED),
                child("p1-high", 1, 12, LocalDate.of(2026, 10, 1), RECEIVED),
                child("p2-same-never", 2, 8, null, RECEIVED),
                child("p2-same-recent", 2, 8, LocalDate.of(2026, 10, 20), RECEIVED),
                child("p2-same-recent-older", 2, 8, LocalDate.of(2026, 10, 20), RECEIVED.minusDays(30)));

        List<MonitoringSample.Proposed> proposed = MonitoringSample.propose(candidates, 6);

        assertThat(proposed).extracting(MonitoringSample.Proposed::entryId).containsExactly(id("p1-high"),
                id("p1-low"), id("p2-high"), id("p2-same-never"), id("p2-same-recent-older"), id("p2-same-recent"));
        // The first child left out (unassessed) has the lowest risk: every proposed child beats it on risk.
        assertThat(proposed).extracting(MonitoringSample.Proposed::reason)
                .containsOnly(MonitoringPlanReason.HIGHEST_RISK);
    }

    @Test
    void explainsEachChoiceByTheFirstCriterionThatBeatsTheFirstChildLeftOut() {
        List<MonitoringSample.Candidate> candidates = List.of(
                child("p1", 1, 10, null, RECEIVED),
                child("never", 2, 8, null, RECEIVED),
                child("older", 2, 8, LocalDate.of(2026, 10, 20), RECEIVED.minusDays(30)),
                child("left-out", 2, 8, LocalDate.of(2026, 10, 20), RECEIVED));

        List<MonitoringSample.Proposed> proposed = MonitoringSample.propose(candidates, 3);

        assertThat(proposed).containsExactly(
                new MonitoringSample.Proposed(id("p1"), MonitoringPlanReason.HIGHEST_RISK),
                new MonitoringSample.Proposed(id("never"), MonitoringPlanReason.LONGEST_WITHOUT_MONITORING),
                new MonitoringSample.Proposed(id("older"), MonitoringPlanReason.LONGEST_WAITING));
    }

    @Test
    void proposesNobodyWhenNobodyWaits() {
        assertThat(MonitoringSample.propose(List.of(), MonitoringSample.size(0))).isEmpty();
    }

    @Test
    void isBehindPlanWhenFewerAreDoneThanTheElapsedDaysOfTheMonthRequire() {
        YearMonth november = YearMonth.of(2026, 11);
        MonitoringProgress progress = new MonitoringProgress(UUID.randomUUID(), november, MonitoringPlanKind.SAMPLE,
                30, 10, 0);

        // 30 planned, 30 days: one a day. On the 1st nothing is expected yet; on the 16th, 15.
        assertThat(progress.expectedBy(LocalDate.of(2026, 11, 1))).isZero();
        assertThat(progress.behindOn(LocalDate.of(2026, 11, 11))).isFalse();
        assertThat(progress.expectedBy(LocalDate.of(2026, 11, 16))).isEqualTo(15);
        assertThat(progress.behindOn(LocalDate.of(2026, 11, 16))).isTrue();
        // A past month expects the whole plan; a future one nothing.
        assertThat(progress.behindOn(LocalDate.of(2026, 12, 2))).isTrue();
        assertThat(progress.behindOn(LocalDate.of(2026, 10, 30))).isFalse();
        // Without a plan nothing is behind.
        assertThat(new MonitoringProgress(UUID.randomUUID(), november, null, 0, 0, 5)
                .behindOn(LocalDate.of(2026, 11, 30))).isFalse();
        assertThat(progress.percentDone()).isEqualTo(33);
    }
}
