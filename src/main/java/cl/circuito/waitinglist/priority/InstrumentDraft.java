package cl.circuito.waitinglist.priority;

import java.util.List;

/**
 * What the administrator publishes: a name, the default cut and the groups with their descriptors in
 * order. Items are numbered 1..n across groups when published.
 */
public record InstrumentDraft(String name, Integer defaultCut, List<Group> groups) {

    public InstrumentDraft {
        groups = groups == null ? List.of() : List.copyOf(groups);
    }

    public record Group(String title, List<String> items) {
        public Group {
            items = items == null ? List.of() : List.copyOf(items);
        }
    }

    public int itemCount() {
        return groups.stream().mapToInt(g -> g.items().size()).sum();
    }
}
