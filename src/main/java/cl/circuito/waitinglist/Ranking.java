package cl.circuito.waitinglist;

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
final class Ranking {

    /** What the ranking needs to know of a waiting child. */
    record Candidate(UUID entryId, Integer priority, Integer score, LocalDate receivedOn, Instant registeredAt,
                     Integer manualPosition, Instant manualPositionAt) {

        Candidate {
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
            .thenComparing(Candidate::entryId);

    private static final Comparator<Candidate> MANUAL_ORDER = Comparator
            .comparing(Candidate::manualPosition)
            .thenComparing(Candidate::manualPositionAt, Comparator.nullsFirst(Comparator.naturalOrder()));

    private Ranking() {
    }

    static List<RankedEntry> order(List<Candidate> candidates) {
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
