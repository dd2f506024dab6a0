package cl.circuito.circuit.capacity;

import cl.circuito.circuit.flows.CircuitScope;
import cl.circuito.network.ProgramDirectory;
import cl.circuito.network.ProgramSummary;
import cl.circuito.network.Territory;
import cl.circuito.shared.NotFound;
import cl.circuito.shared.security.AccessScope;
import cl.circuito.shared.security.Actor;
import cl.circuito.waitinglist.CapacityFigures.Area;
import cl.circuito.waitinglist.CapacityFigures.Level;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Which areas a user may ask about, as the flows decide ({@link CircuitScope}): the national team everything; a
 * territorial manager her region, its comunas and programs; program staff their programs and the comunas of their
 * programs and Mesas (counts only). The administrator keeps no child records, not even counted: nothing. An area out
 * of reach answers as an unknown one.
 */
@Component
class CapacityAreas {

    static final String NATION = "nacional";

    /** An area the user may see, named, with the one above it when she may see that too (null otherwise). */
    record Resolved(Area area, String value, String name, String regionCode, String up) {
    }

    /** A choice of the area selector. */
    record Choice(String value, String label) {
    }

    private final CircuitScope circuit;
    private final ProgramDirectory programs;
    private final Territory territory;

    CapacityAreas(CircuitScope circuit, ProgramDirectory programs, Territory territory) {
        this.circuit = circuit;
        this.programs = programs;
        this.territory = territory;
    }

    static String value(Area area) {
        return area.level() == Level.NATION ? NATION : area.level().name().toLowerCase() + ":" + area.code();
    }

    /** The area as typed; blank: the first of the user's choices. */
    Resolved resolve(Actor actor, String typed) {
        String text = typed == null || typed.isBlank() ? defaultValue(actor) : typed.strip();
        if (text == null) {
            throw CapacityRuleViolation.areaNotFound();
        }
        AccessScope scope = actor.scope();
        if (text.equals(NATION)) {
            if (!(scope instanceof AccessScope.Nationwide)) {
                throw CapacityRuleViolation.areaNotFound();
            }
            return new Resolved(Area.nation(), NATION, null, null, null);
        }
        int colon = text.indexOf(':');
        String kind = colon < 0 ? "" : text.substring(0, colon);
        String code = colon < 0 ? "" : text.substring(colon + 1).strip();
        return switch (kind) {
            case "region" -> region(scope, code);
            case "comuna" -> comuna(actor, code);
            case "program" -> program(scope, code);
            default -> throw CapacityRuleViolation.invalid("area", "capacity.error.area");
        };
    }

    private Resolved region(AccessScope scope, String code) {
        boolean allowed = scope instanceof AccessScope.Nationwide
                || scope instanceof AccessScope.Region r && r.regionCode().equals(code);
        var region = territory.regionsWithComunas().stream().filter(r -> r.code().equals(code)).findFirst();
        if (!allowed || region.isEmpty()) {
            throw CapacityRuleViolation.areaNotFound();
        }
        return new Resolved(new Area(Level.REGION, code), "region:" + code, region.get().name(), code,
                scope instanceof AccessScope.Nationwide ? NATION : null);
    }

    private Resolved comuna(Actor actor, String code) {
        CircuitScope.Comuna comuna = circuit.comunas(actor).stream().filter(c -> c.code().equals(code)).findFirst()
                .orElseThrow(CapacityRuleViolation::areaNotFound);
        String regionCode = territory.regionsWithComunas().stream()
                .filter(r -> r.comunas().stream().anyMatch(c -> c.code().equals(code)))
                .map(Territory.RegionComunas::code).findFirst().orElse(null);
        AccessScope scope = actor.scope();
        boolean regionVisible = scope instanceof AccessScope.Nationwide
                || scope instanceof AccessScope.Region r && r.regionCode().equals(regionCode);
        return new Resolved(new Area(Level.COMUNA, code), "comuna:" + code, comuna.name(), regionCode,
                regionVisible ? "region:" + regionCode : null);
    }

    private Resolved program(AccessScope scope, String code) {
        UUID id;
        try {
            id = UUID.fromString(code);
        } catch (IllegalArgumentException notAnId) {
            throw CapacityRuleViolation.areaNotFound();
        }
        ProgramSummary program;
        try {
            program = programs.get(id, scope);
        } catch (NotFound outOfReach) {
            throw CapacityRuleViolation.areaNotFound();
        }
        return new Resolved(new Area(Level.PROGRAM, id.toString()), "program:" + id, program.name(),
                program.regionCode(), "comuna:" + program.comunaCode());
    }

    /** Whether the user may open a part of the area she sees (the tables link to those she may). */
    boolean mayOpen(Actor actor, Resolved area, String partKey) {
        AccessScope scope = actor.scope();
        return switch (area.area().level()) {
            case NATION -> true;
            case REGION -> true;
            case COMUNA -> scope instanceof AccessScope.Nationwide
                    || scope instanceof AccessScope.Region r && r.regionCode().equals(area.regionCode())
                    || scope instanceof AccessScope.Programs p && p.programIds().contains(UUID.fromString(partKey));
            case PROGRAM -> false;
        };
    }

    /** The areas offered in the selector: the nation and regions, her region and its comunas, or their programs and comunas. */
    List<Choice> choices(Actor actor, String nationLabel) {
        AccessScope scope = actor.scope();
        List<Choice> choices = new ArrayList<>();
        if (scope instanceof AccessScope.Nationwide) {
            choices.add(new Choice(NATION, nationLabel));
            territory.regionsWithComunas().forEach(r -> choices.add(new Choice("region:" + r.code(), r.name())));
            return choices;
        }
        if (scope instanceof AccessScope.Region region) {
            territory.regionsWithComunas().stream().filter(r -> r.code().equals(region.regionCode())).findFirst()
                    .ifPresent(r -> choices.add(new Choice("region:" + r.code(), r.name())));
        }
        if (scope instanceof AccessScope.Programs) {
            programs.visibleTo(scope).forEach(p -> choices.add(new Choice("program:" + p.id(), p.label())));
        }
        circuit.comunas(actor).forEach(c -> choices.add(new Choice("comuna:" + c.code(),
                c.name() + " (" + c.regionName() + ")")));
        return choices;
    }

    private String defaultValue(Actor actor) {
        AccessScope scope = actor.scope();
        if (scope instanceof AccessScope.Nationwide) {
            return NATION;
        }
        if (scope instanceof AccessScope.Region region) {
            return "region:" + region.regionCode();
        }
        Optional<ProgramSummary> first = programs.visibleTo(scope).stream().findFirst();
        if (first.isPresent()) {
            return "program:" + first.get().id();
        }
        return circuit.comunas(actor).stream().findFirst().map(c -> "comuna:" + c.code()).orElse(null);
    }
}
