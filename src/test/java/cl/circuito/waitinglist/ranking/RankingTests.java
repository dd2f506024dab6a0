package cl.circuito.waitinglist.ranking;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class RankingTests {

    private static final Instant T0 = Instant.parse("2026-01-05T12:00:00Z");
    private int sequence;

    private Ranking.Candidate child(Integer priority, Integer score, String received) {
        return child(priority, score, received, null, null);
    }

    private Ranking.Candidate child(Integer priority, Integer score, String received, Integer manual, Instant movedAt) {
        return new Ranking.Candidate(new UUID(0, ++sequence), priority, score, LocalDate.parse(received),
                T0.plusSeconds(sequence), manual, movedAt);
    }

    private static List<UUID> ids(List<RankedEntry> ranked) {
        return ranked.stream().map(RankedEntry::entryId).toList();
    }

    @Test
    void priorityOneBeforeTwoThenHigherScoreThenEarlierReceipt() {
        var p2High = child(2, 15, "2026-01-01");
        var p1Low = child(1, 8, "2026-03-01");
        var p1HighLate = child(1, 12, "2026-02-01");
        var p1HighEarly = child(1, 12, "2026-01-15");

        List<RankedEntry> ranked = Ranking.order(List.of(p2High, p1Low, p1HighLate, p1HighEarly));

        assertThat(ids(ranked)).containsExactly(p1HighEarly.entryId(), p1HighLate.entryId(), p1Low.entryId(),
                p2High.entryId());
        assertThat(ranked).extracting(RankedEntry::rank).containsExactly(1, 2, 3, 4);
        assertThat(ranked).extracting(RankedEntry::reason).containsExactly(RankReason.FIRST,
                RankReason.LATER_RECEIPT, RankReason.LOWER_SCORE, RankReason.LOWER_PRIORITY);
        assertThat(ranked.get(2).comparedWith()).isEqualTo(p1HighLate.entryId());
    }

    @Test
    void aFullTieIsBrokenByRegistrationOrder() {
        var first = child(1, 10, "2026-01-10");
        var second = child(1, 10, "2026-01-10");

        List<RankedEntry> ranked = Ranking.order(List.of(second, first));

        assertThat(ids(ranked)).containsExactly(first.entryId(), second.entryId());
        assertThat(ranked.get(1).reason()).isEqualTo(RankReason.LATER_REGISTRATION);
    }

    @Test
    void childrenNotYetAssessedGoLast() {
        var unassessedEarly = child(null, null, "2025-06-01");
        var p2 = child(2, 1, "2026-01-01");

        List<RankedEntry> ranked = Ranking.order(List.of(unassessedEarly, p2));

        assertThat(ids(ranked)).containsExactly(p2.entryId(), unassessedEarly.entryId());
        assertThat(ranked.get(1).reason()).isEqualTo(RankReason.NOT_ASSESSED);
    }

    @Test
    void aManualMoveTakesItsPositionAndTheOthersKeepTheirOrder() {
        var a = child(1, 12, "2026-01-01");
        var b = child(1, 10, "2026-01-01");
        var c = child(2, 9, "2026-01-01");
        var moved = child(2, 3, "2026-02-01", 2, T0);

        List<RankedEntry> ranked = Ranking.order(new ArrayList<>(List.of(a, b, c, moved)));

        assertThat(ids(ranked)).containsExactly(a.entryId(), moved.entryId(), b.entryId(), c.entryId());
        assertThat(ranked.get(1).reason()).isEqualTo(RankReason.MANUAL);
        assertThat(ranked.get(1).manual()).isTrue();
        assertThat(ranked.get(2).comparedWith()).isEqualTo(a.entryId());
    }

    @Test
    void aPositionBeyondTheEndMeansLastAndTheLatestMoveWinsATie() {
        var a = child(1, 12, "2026-01-01");
        var earlierMove = child(2, 1, "2026-01-01", 1, T0);
        var laterMove = child(2, 2, "2026-01-01", 1, T0.plusSeconds(60));
        var beyond = child(2, 2, "2026-01-01", 40, T0);

        List<RankedEntry> ranked = Ranking.order(List.of(a, earlierMove, laterMove, beyond));

        assertThat(ids(ranked)).containsExactly(laterMove.entryId(), earlierMove.entryId(), a.entryId(),
                beyond.entryId());
        assertThat(ranked).extracting(RankedEntry::rank).containsExactly(1, 2, 3, 4);
    }

    @Test
    void anEmptyListHasNoRanking() {
        assertThat(Ranking.order(List.of())).isEmpty();
    }

    /**
     * A page cut from the database (hand-placed children, a slice of the natural order and its count) gives
     * exactly the ranks of the whole ranking: random lists with ties, unassessed children, positions placed by
     * hand twice, beyond the end, or on the first rank, read page by page.
     */
    @Test
    void aWindowOfTheRankingAgreesWithTheWholeRanking() {
        java.util.Random random = new java.util.Random(14);
        for (int round = 0; round < 300; round++) {
            List<Ranking.Candidate> candidates = new java.util.ArrayList<>();
            int size = random.nextInt(60);
            for (int i = 0; i < size; i++) {
                Integer priority = random.nextInt(5) == 0 ? null : 1 + random.nextInt(2);
                Integer score = priority == null ? null : random.nextInt(4);
                boolean byHand = random.nextInt(8) == 0;
                UUID id = new UUID(random.nextLong(), random.nextLong());
                candidates.add(new Ranking.Candidate(id, priority, score, LocalDate.of(2026, 1, 1 + random.nextInt(3)),
                        T0.plusSeconds(random.nextInt(2)), byHand ? 1 + random.nextInt(size + 3) : null,
                        byHand ? T0.plusSeconds(random.nextInt(100)) : null));
            }
            List<RankedEntry> whole = Ranking.order(candidates);
            List<Ranking.Candidate> manual = candidates.stream().filter(c -> c.manualPosition() != null).toList();
            List<Ranking.Candidate> natural = candidates.stream().filter(c -> c.manualPosition() == null)
                    .sorted(Ranking.NATURAL_ORDER).toList();
            int pageSize = 1 + random.nextInt(10);
            for (int from = 0; from < whole.size(); from += pageSize) {
                long start = Ranking.sliceStart(from, manual.size());
                List<Ranking.Candidate> slice = natural.subList((int) Math.min(start, natural.size()),
                        (int) Math.min(start + Ranking.sliceLength(pageSize, manual.size()), natural.size()));
                assertThat(Ranking.window(manual, natural.size(), slice, start, from, from + pageSize))
                        .as("round %d, ranks from %d", round, from)
                        .isEqualTo(whole.subList(from, Math.min(from + pageSize, whole.size())));
            }
        }
    }

    @Test
    void identifiersTieInPostgresOrder() {
        UUID low = new UUID(0x7fffffffffffffffL, 0);
        UUID high = new UUID(0x8000000000000000L, 0); // negative in Java, after every other in PostgreSQL
        assertThat(Ranking.asPostgresOrders(low, high)).isNegative();
    }
}
