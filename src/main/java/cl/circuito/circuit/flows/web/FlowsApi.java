package cl.circuito.circuit.flows.web;

import io.swagger.v3.oas.annotations.media.Schema;
import cl.circuito.circuit.flows.ReferralFlows;
import cl.circuito.shared.security.CurrentActor;
import cl.circuito.waitinglist.ComunaFlows;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The flows of a comuna over JSON: the same numbers as the page (and what its diagram draws). Counts only. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Flujos de derivación", description = "Derivaciones de una comuna por derivador y programa, egresos, "
        + "derivaciones a un programa más pertinente y distribución de los tiempos de espera")
@SecurityRequirement(name = "token")
class FlowsApi {

    private final CurrentActor currentActor;
    private final ReferralFlows flows;

    FlowsApi(CurrentActor currentActor, ReferralFlows flows) {
        this.currentActor = currentActor;
        this.flows = flows;
    }

    @GetMapping("/flows")
    @Operation(summary = "Flujos de derivación de una comuna",
            description = "Nodos y enlaces de un diagrama de Sankey (derivador → programa → resultado al cierre del "
                    + "periodo; programa → programa más pertinente cuando una decisión de no sujeto de atención lo "
                    + "nombró), los resultados por programa y la distribución de esperas al cierre (o a hoy, si es "
                    + "antes). Solo conteos. Comuna fuera de alcance: 404; fechas inválidas o desde posterior a "
                    + "hasta: 422 con el campo.")
    FlowsResponse flows(
            @Parameter(description = "Código de la comuna (por defecto, la primera del usuario)")
            @RequestParam(required = false) String comuna,
            @Parameter(description = "Desde (aaaa-mm-dd o dd-mm-aaaa, incluido; por defecto hace 12 meses)")
            @RequestParam(required = false) String from,
            @Parameter(description = "Hasta (incluido; por defecto hoy)")
            @RequestParam(required = false) String to) {
        return FlowsResponse.of(flows.of(currentActor.get(), comuna, from, to));
    }

    record FlowsResponse(String comuna, String comunaName, LocalDate from, LocalDate to, LocalDate asOf,
                         boolean referrersByKind, List<Node> nodes, List<Link> links, List<Outcome> outcomes,
                         List<Onward> onward, List<Waits> waits) {

        static FlowsResponse of(ReferralFlows.Report r) {
            return new FlowsResponse(r.comunaCode(), r.comunaName(), r.from(), r.to(), r.asOf(), r.referrersByKind(),
                    r.nodes().stream().map(n -> new Node(n.id(), n.label(), n.kind().name())).toList(),
                    r.links().stream().map(l -> new Link(l.source(), l.target(), l.value())).toList(),
                    r.outcomes().stream().map(Outcome::of).toList(),
                    r.onward().stream().map(o -> new Onward(o.fromProgram(), o.toProgram(), o.count())).toList(),
                    r.waits().stream().map(Waits::of).toList());
        }
    }

    /** @param kind REFERRER, PROGRAM, OUTCOME or ONWARD (the program a not-eligible decision named) */
    record Node(String id, String label, String kind) {
    }

    record Link(String source, String target, int value) {
    }

    @Schema(name = "FlowOutcomeResponse")
    record Outcome(UUID programId, String program, String modality, int received, int admitted, int notEligible,
                   int referredOnward, int otherExits, int stillOpen) {

        static Outcome of(ComunaFlows.ProgramOutcome o) {
            return new Outcome(o.programId(), o.programName(), o.modalityCode(), o.received(), o.admitted(),
                    o.notEligible(), o.referredOnward(), o.otherExits(), o.stillOpen());
        }
    }

    record Onward(String fromProgram, String toProgram, int count) {
    }

    /** @param buckets children open at asOf by days since receipt: 0–30, 31–60, 61–90, 91–180, more than 180 */
    record Waits(UUID programId, String program, String modality, int waiting, List<Integer> buckets,
                 Integer medianDays, Integer longestDays) {

        static Waits of(ComunaFlows.Waits w) {
            return new Waits(w.programId(), w.programName(), w.modalityCode(), w.waiting(), w.buckets(),
                    w.medianDays(), w.longestDays());
        }
    }
}
