package cl.circuito.waitinglist.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The month's monitoring sample of a program without a support professional (I-SGC-01): at least 30 %
 * of the waiting children when fewer than 100 wait, 20 % otherwise, rounded up (exactly 100 uses 20 %).
 * <p>
 * Whom it proposes: the highest risk first (priority 1 before priority 2, then the higher score; children
 * not yet assessed count as the lowest risk), then the longest without monitoring (never monitored
 * first), then the longest waiting (earliest receipt; then registration, then id). Each proposed child's reason is the first of
 * those criteria on which it beats the first child left out.
 */
public final class MonitoringSample {

    /** Lists of this many children or more are sampled at 20 %; shorter ones at 30 %. */
    public static final int LARGE_LIST = 100;

    private MonitoringSample() {
    }

    /** How many children the month's sample must hold at least. */
    public static int size(int waiting) {
        if (waiting <= 0) {
            return 0;
        }
        int percent = waiting < LARGE_LIST ? 30 : 20;
        return (waiting * percent + 99) / 100;
    }

    /** The percentage the rule applies to a list of this length. */
    public static int percent(int waiting) {
        return waiting < LARGE_LIST ? 30 : 20;
    }

    /** What the proposal needs to know of a waiting child. */
    record Candidate(UUID entryId, Integer priority, Integer score, LocalDate lastMonitoredOn, LocalDate receivedOn,
                     Instant registeredAt) {
        Candidate {
            Objects.requireNonNull(entryId);
            Objects.requireNonNull(receivedOn);
            Objects.requireNonNull(registeredAt);
        }
    }

    record Proposed(UUID entryId, MonitoringPlanReason reason) {
    }

    static final Comparator<Candidate> ORDER = Comparator
            .comparing(Candidate::priority, Comparator.nullsLast(Comparator.<Integer>naturalOrder()))
            .thenComparing(Candidate::score, Comparator.nullsLast(Comparator.<Integer>reverseOrder()))
            .thenComparing(Candidate::lastMonitoredOn, Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()))
            .thenComparing(Candidate::receivedOn)
            .thenComparing(Candidate::registeredAt)
            // PostgreSQL's order of uuids (unsigned bytes, as their text sorts), not UUID.compareTo's signed one:
            // the monitoring page reads the same order from an index (entry_monitoring_order_idx).
            .thenComparing(candidate -> candidate.entryId().toString());

    /** The first {@code size} children in the order above, each with why it made the cut. */
    static List<Proposed> propose(List<Candidate> candidates, int size) {
        List<Candidate> ordered = candidates.stream().sorted(ORDER).toList();
        int taken = Math.min(size, ordered.size());
        Candidate firstLeftOut = taken < ordered.size() ? ordered.get(taken) : null;
        return ordered.subList(0, taken).stream()
                .map(c -> new Proposed(c.entryId(), reason(c, firstLeftOut)))
                .toList();
    }

    static MonitoringPlanReason reason(Candidate chosen, Candidate firstLeftOut) {
        if (firstLeftOut == null) {
            // Everyone fits: name the strongest thing about the child.
            if (chosen.priority() != null) {
                return MonitoringPlanReason.HIGHEST_RISK;
            }
            return chosen.lastMonitoredOn() == null ? MonitoringPlanReason.LONGEST_WITHOUT_MONITORING
                    : MonitoringPlanReason.LONGEST_WAITING;
        }
        if (!Objects.equals(chosen.priority(), firstLeftOut.priority())
                || !Objects.equals(chosen.score(), firstLeftOut.score())) {
            return MonitoringPlanReason.HIGHEST_RISK;
        }
        if (!Objects.equals(chosen.lastMonitoredOn(), firstLeftOut.lastMonitoredOn())) {
            return MonitoringPlanReason.LONGEST_WITHOUT_MONITORING;
        }
        return MonitoringPlanReason.LONGEST_WAITING;
    }
}
