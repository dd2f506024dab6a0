package cl.circuito.alerts;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A user's alerts, already ordered, grouped by kind (most urgent kind first) and counted.
 *
 * @param complete false when a module could not say what needs attention: the page says so rather than
 *                 showing a partial list as if it were all
 */
public record AlertBoard(List<Alert> alerts, boolean complete) {

    public AlertBoard {
        alerts = List.copyOf(alerts);
    }

    public AlertBoard(List<Alert> alerts) {
        this(alerts, true);
    }

    public static AlertBoard empty() {
        return new AlertBoard(List.of());
    }

    public boolean isEmpty() {
        return alerts.isEmpty();
    }

    public int size() {
        return alerts.size();
    }

    /** How many alerts of each kind, kinds without alerts left out, in kind order. */
    public Map<AlertKind, Integer> counts() {
        Map<AlertKind, Integer> counts = new EnumMap<>(AlertKind.class);
        alerts.forEach(a -> counts.merge(a.kind(), 1, Integer::sum));
        return counts;
    }

    /** Red and amber alerts: what the header badge counts. */
    public int urgentCount() {
        return (int) alerts.stream().filter(a -> a.severity() != AlertSeverity.INFO).count();
    }

    /** The non-empty groups, most urgent kind first; within a group the alerts keep their order. */
    public List<Group> groups() {
        Map<AlertKind, List<Alert>> byKind = new EnumMap<>(AlertKind.class);
        alerts.forEach(a -> byKind.computeIfAbsent(a.kind(), k -> new ArrayList<>()).add(a));
        return byKind.entrySet().stream().map(e -> new Group(e.getKey(), e.getValue())).toList();
    }

    /** Only the alerts of one kind (all of them when {@code kind} is null). */
    public AlertBoard only(AlertKind kind) {
        return kind == null ? this : new AlertBoard(alerts.stream().filter(a -> a.kind() == kind).toList(), complete);
    }

    public record Group(AlertKind kind, List<Alert> alerts) {

        public Group {
            alerts = List.copyOf(alerts);
        }

        public AlertSeverity severity() {
            return kind.severity();
        }

        public int size() {
            return alerts.size();
        }

        /** The first {@code n} alerts, for a page that shows a few and links to the rest. */
        public List<Alert> first(int n) {
            return alerts.subList(0, Math.min(n, alerts.size()));
        }
    }
}
