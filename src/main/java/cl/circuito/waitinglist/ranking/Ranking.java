package cl.circuito.waitinglist.ranking;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The ranking (prelación) of a program's waiting children, as I-SGC-01 and annex 1 set it: priority 1
 * before priority 2, then the higher score, then the earlier receipt. Children not yet assessed go
 * after every assessed child. A child the director placed by hand takes that position; the others
 * keep their natural order around it. When two children were placed at the same position, the most
 * recent move wins the position and the earlier one goes just after it.
 */
public final class Ranking {

    /** What the ranking needs to know of a waiting child. */
    public record Candidate(UUID entryId, Integer priority, Integer score, LocalDate receivedOn, Instant registeredAt,
                     Integer manualPosition, Instant manualPositionAt) {

        public Candidate {
            Objects.requireNonNull(entryId);
            Objects.requireNonNull(receivedOn);
            Objects.requireNonNull(registeredAt);
        }

        boolean assessed() {
            return priority != null;
        }
    }

    static final Comparator<Candidate> NATURAL_ORDER = Comparator
            .comparing(Candidate::priority, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Candidate::score, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Candidate::receivedOn)
            .thenComparing(Candidate::registeredAt)
            .thenComparing(Candidate::entryId, Ranking::asPostgresOrders);

    private static final Comparator<Candidate> MANUAL_ORDER = Comparator
            .comparing(Candidate::manualPosition)
            .thenComparing(Candidate::manualPositionAt, Comparator.nullsFirst(Comparator.naturalOrder()));

    private Ranking() {
    }

    public static List<RankedEntry> order(List<Candidate> candidates) {
        List<Candidate> natural = candidates.stream()
                .filter(c -> c.manualPosition() == null)
                .sorted(NATURAL_ORDER)
                .toList();
        List<RankedEntry> explained = new ArrayList<>(candidates.size());
        Candidate above = null;
        for (Candidate candidate : natural) {
            explained.add(explain(candidate, above));
            above = candidate;
        }
        List<RankedEntry> placed = new ArrayList<>(explained);
        candidates.stream()
                .filter(c -> c.manualPosition() != null)
                .sorted(MANUAL_ORDER)
                .forEach(c -> placed.add(Math.min(c.manualPosition() - 1, placed.size()),
                        new RankedEntry(c.entryId(), 0, c.priority(), c.score(), c.receivedOn(), c.manualPosition(),
                                RankReason.MANUAL, null)));
        List<RankedEntry> ranked = new ArrayList<>(placed.size());
        for (int i = 0; i < placed.size(); i++) {
            RankedEntry e = placed.get(i);
            ranked.add(new RankedEntry(e.entryId(), i + 1, e.priority(), e.score(), e.receivedOn(), e.manualPosition(),
                    e.reason(), e.comparedWith()));
        }
        return List.copyOf(ranked);
    }

    /**
     * UUIDs in PostgreSQL's order (their 16 bytes, unsigned), not Java's signed one: a page of the ranking cut
     * by the database ({@link #window}) must agree with the whole ranking ordered here, even on a tie.
     */
    static int asPostgresOrders(UUID a, UUID b) {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }

    /**
     * Ranks {@code from} to {@code to - 1} (0-based) of the ranking, without the whole list: the children placed
     * by hand (few), how many are in natural order, and a slice of the natural order read by the database from
     * {@code sliceStart} ({@link #sliceStart}). Gives exactly the rows {@link #order} would give for those ranks.
     */
    static List<RankedEntry> window(List<Candidate> manual, long naturalCount, List<Candidate> slice, long sliceStart,
                                    long from, long to) {
        // Where each hand-placed child lands: inserted in MANUAL_ORDER at its position (or at the end), as order().
        List<Candidate> placedByHand = manual.stream().sorted(MANUAL_ORDER).toList();
        long[] landed = new long[placedByHand.size()];
        for (int i = 0; i < placedByHand.size(); i++) {
            long at = Math.min(placedByHand.get(i).manualPosition() - 1L, naturalCount + i);
            for (int j = 0; j < i; j++) {
                if (landed[j] >= at) {
                    landed[j]++;
                }
            }
            landed[i] = at;
        }
        long total = naturalCount + placedByHand.size();
        List<RankedEntry> page = new ArrayList<>();
        for (long rank = from; rank < Math.min(to, total); rank++) {
            int byHand = indexOf(landed, rank);
            if (byHand >= 0) {
                Candidate c = placedByHand.get(byHand);
                page.add(new RankedEntry(c.entryId(), (int) rank + 1, c.priority(), c.score(), c.receivedOn(),
                        c.manualPosition(), RankReason.MANUAL, null));
                continue;
            }
            long before = 0;
            for (long l : landed) {
                if (l < rank) {
                    before++;
                }
            }
            int natural = (int) (rank - before - sliceStart);
            if (natural == 0 && sliceStart > 0) {
                throw new IllegalStateException("The slice must start before the first rank it explains");
            }
            RankedEntry e = explain(slice.get(natural), natural == 0 ? null : slice.get(natural - 1));
            page.add(new RankedEntry(e.entryId(), (int) rank + 1, e.priority(), e.score(), e.receivedOn(), null,
                    e.reason(), e.comparedWith()));
        }
        return List.copyOf(page);
    }

    /** Where the natural slice for ranks from {@code from} must start: one before, for the first row's reason. */
    static long sliceStart(long from, int placedByHand) {
        return Math.max(0, from - placedByHand - 1);
    }

    /** How long the natural slice for a page must be. */
    static int sliceLength(int pageSize, int placedByHand) {
        return (int) Math.min(Integer.MAX_VALUE, (long) pageSize + placedByHand + 1);
    }

    private static int indexOf(long[] landed, long rank) {
        for (int i = 0; i < landed.length; i++) {
            if (landed[i] == rank) {
                return i;
            }
        }
        return -1;
    }

    private static RankedEntry explain(Candidate candidate, Candidate above) {
        RankReason reason;
        if (!candidate.assessed()) {
            reason = RankReason.NOT_ASSESSED;
        } else if (above == null) {
            reason = RankReason.FIRST;
        } else if (!Objects.equals(above.priority(), candidate.priority())) {
            reason = RankReason.LOWER_PRIORITY;
        } else if (!Objects.equals(above.score(), candidate.score())) {
            reason = RankReason.LOWER_SCORE;
        } else if (!above.receivedOn().equals(candidate.receivedOn())) {
            reason = RankReason.LATER_RECEIPT;
        } else {
            reason = RankReason.LATER_REGISTRATION;
        }
        UUID comparedWith = above == null || reason == RankReason.FIRST ? null : above.entryId();
        return new RankedEntry(candidate.entryId(), 0, candidate.priority(), candidate.score(), candidate.receivedOn(),
                null, reason, comparedWith);
    }
}
