package cl.circuito.waitinglist.priority;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A published instrument version with its groups and descriptors, as pages and the API show it. */
public record InstrumentView(UUID id, String code, String name, int versionNumber, int defaultCut, int itemCount,
                             String sourceNote, Instant publishedAt, String publishedByName, boolean latest,
                             List<Group> groups) {

    public record Group(int position, String title, List<Item> items) {
    }

    public record Item(UUID id, int number, String text) {
    }

    static InstrumentView of(PriorityInstrument instrument, boolean latest) {
        return new InstrumentView(instrument.id(), instrument.code(), instrument.name(), instrument.versionNumber(),
                instrument.defaultCut(), instrument.itemCount(), instrument.sourceNote(), instrument.publishedAt(),
                instrument.publishedByName(), latest,
                instrument.groups().stream()
                        .map(g -> new Group(g.position(), g.title(), g.items().stream()
                                .map(i -> new Item(i.id(), i.number(), i.text())).toList()))
                        .toList());
    }

    /** "SENAME-2011 v1" */
    public String label() {
        return code + " v" + versionNumber;
    }
}
