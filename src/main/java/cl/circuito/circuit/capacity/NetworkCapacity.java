package cl.circuito.circuit.capacity;

import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Permission;
import cl.circuito.shared.web.Messages;
import cl.circuito.waitinglist.CapacityFigures;
import cl.circuito.waitinglist.CapacityModel;
import cl.circuito.waitinglist.WaitTargets;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The capacity the network needs, for an area within the asker's scope: the figures of
 * {@link CapacityFigures} (two statements), the model's projection under the what-if for the area, and for each of
 * its parts the places it needs on its own (under the same months and change of demand, without the what-if's
 * places, which are the area's). Counts only.
 */
@Service
@Transactional(readOnly = true)
public class NetworkCapacity {

    /** A part of the area (a region, comuna or program) with its own answer; {@code area} when the user may open it. */
    public record PartView(CapacityFigures.Part figures, CapacityModel.Projection projection, String area) {
    }

    /**
     * The answer: the area as the selector names it ({@code areaValue}), its name, the area above it when the user
     * may open it ({@code up}), the figures and the projection under the what-if; {@code baseline} is the same
     * projection without the what-if, so the page can say what the what-if changed; {@code nationalTarget} the
     * national team's target in business days, beside the area's (weighted by places, programs may have their own).
     */
    public record Report(CapacityFigures.Level level, String areaValue, String areaName, String up,
                         CapacityFigures.Figures figures, CapacityModel.Projection projection,
                         CapacityModel.Projection baseline, List<PartView> parts, int nationalTarget) {

        public CapacityFigures.Part total() {
            return figures.total();
        }

        /** A program is its own only part: no table of parts. */
        public boolean hasParts() {
            return level != CapacityFigures.Level.PROGRAM;
        }

        public LocalDate asOf() {
            return figures.asOf();
        }
    }

    /** An area to choose. */
    public record AreaChoice(String value, String label) {
    }

    private final CapacityAreas areas;
    private final CapacityFigures figures;
    private final WaitTargets targets;
    private final Messages messages;
    private final Clock clock;

    NetworkCapacity(CapacityAreas areas, CapacityFigures figures, WaitTargets targets, Messages messages, Clock clock) {
        this.areas = areas;
        this.figures = figures;
        this.targets = targets;
        this.messages = messages;
        this.clock = clock;
    }

    /** The areas the actor may choose, the default first; empty for staff with no program or Mesa. */
    public List<AreaChoice> choices(Actor actor) {
        actor.require(Permission.READ_CHILD_RECORDS);
        return areas.choices(actor, messages.get("capacity.area.nation")).stream()
                .map(c -> new AreaChoice(c.value(), c.label())).toList();
    }

    /**
     * The answer to the question. An area out of scope is a 404; a what-if value that is not a whole number in its
     * range, a 422 on its field.
     */
    public Report of(Actor actor, CapacityQuestion question) {
        actor.require(Permission.READ_CHILD_RECORDS);
        CapacityModel.WhatIf whatIf = question.whatIf();
        CapacityAreas.Resolved area = areas.resolve(actor, question.area());
        CapacityFigures.Figures f = figures.of(area.area(), LocalDate.now(clock));
        CapacityModel.Inputs inputs = f.total().inputs();
        CapacityModel.WhatIf partsQuestion = new CapacityModel.WhatIf(whatIf.months(), 0, whatIf.demandPercent());
        List<PartView> parts = f.parts().stream()
                .map(p -> new PartView(p, CapacityModel.project(p.inputs(), partsQuestion),
                        areas.mayOpen(actor, area, p.key()) ? partValue(area, p.key()) : null))
                .toList();
        String name = area.name() == null ? messages.get("capacity.area.nation") : area.name();
        return new Report(area.area().level(), area.value(), name, area.up(), f, CapacityModel.project(inputs, whatIf),
                CapacityModel.project(inputs, new CapacityModel.WhatIf(whatIf.months(), 0, 0)), parts,
                targets.national().businessDays());
    }

    private static String partValue(CapacityAreas.Resolved area, String key) {
        return switch (area.area().level()) {
            case NATION -> "region:" + key;
            case REGION -> "comuna:" + key;
            case COMUNA, PROGRAM -> "program:" + key;
        };
    }
}
