package cl.circuito.circuit.flows;

import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Permission;
import cl.circuito.shared.web.Messages;
import cl.circuito.waitinglist.ComunaFlows;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The referral flows of a comuna for a period, ready to draw as a Sankey diagram (referrer → program →
 * outcome, and program → the more pertinent program a not-eligible decision named) and to read as tables.
 * Counts only: no child is identified anywhere.
 */
@Service
@Transactional(readOnly = true)
public class ReferralFlows {

    /** Beyond this many referrers the diagram groups them by kind (court, OPD, school…): it stays readable. */
    static final int MAX_NAMED_REFERRERS = 10;

    public enum NodeKind { REFERRER, PROGRAM, OUTCOME, ONWARD }

    /** {@code id} is unique and stable (the diagram links by it); {@code label} is what people read. */
    public record Node(String id, String label, NodeKind kind) {
    }

    public record Link(String source, String target, int value) {
    }

    public record ReferralRow(String referrer, String program, int count) {
    }

    public record OnwardRow(String fromProgram, String toProgram, int count) {
    }

    public record Report(String comunaCode, String comunaName, LocalDate from, LocalDate to, LocalDate asOf,
                         boolean referrersByKind, List<Node> nodes, List<Link> links, List<ReferralRow> referrals,
                         List<ComunaFlows.ProgramOutcome> outcomes, List<OnwardRow> onward,
                         List<ComunaFlows.Waits> waits) {

        public int received() {
            return outcomes.stream().mapToInt(ComunaFlows.ProgramOutcome::received).sum();
        }
    }

    static final String ADMITTED = "o:ADMITTED";
    static final String NOT_ELIGIBLE = "o:NOT_ELIGIBLE";
    static final String OTHER_EXITS = "o:OTHER_EXITS";
    static final String STILL_OPEN = "o:STILL_OPEN";

    private final CircuitScope scope;
    private final ComunaFlows flows;
    private final Messages messages;
    private final Clock clock;

    ReferralFlows(CircuitScope scope, ComunaFlows flows, Messages messages, Clock clock) {
        this.scope = scope;
        this.flows = flows;
        this.messages = messages;
        this.clock = clock;
    }

    /** The comunas the actor may ask about, their own programs' first (the default). */
    public List<ComunaChoice> comunas(Actor actor) {
        return scope.comunas(actor).stream().map(c -> new ComunaChoice(c.code(), c.name(), c.regionName())).toList();
    }

    public record ComunaChoice(String code, String name, String regionName) {
    }

    /**
     * The flows as typed: a blank comuna is the actor's first, a blank period the last twelve months. A comuna
     * out of scope is a 404; a date that does not parse or a period backwards, a 422 on its field.
     */
    public Report of(Actor actor, String comunaCode, String from, String to) {
        actor.require(Permission.READ_CHILD_RECORDS);
        List<CircuitScope.Comuna> comunas = scope.comunas(actor);
        CircuitScope.Comuna comuna = (comunaCode == null || comunaCode.isBlank())
                ? comunas.stream().findFirst().orElseThrow(CircuitRuleViolation::comunaNotFound)
                : comunas.stream().filter(c -> c.code().equals(comunaCode.strip())).findFirst()
                        .orElseThrow(CircuitRuleViolation::comunaNotFound);
        FlowPeriod period = FlowPeriod.parse(from, to, LocalDate.now(clock));
        return report(comuna, flows.of(comuna.code(), period.from(), period.to()));
    }

    private Report report(CircuitScope.Comuna comuna, ComunaFlows.Flows f) {
        Map<String, Node> nodes = new LinkedHashMap<>();
        List<Link> links = new ArrayList<>();
        Map<UUID, String> programNames = new LinkedHashMap<>();
        f.outcomes().forEach(o -> programNames.put(o.programId(), o.programName()));

        boolean byKind = f.referrals().stream().map(ComunaFlows.Referral::referrerId).distinct().count()
                > MAX_NAMED_REFERRERS;
        Map<String, Integer> referrerLinks = new LinkedHashMap<>();
        List<ReferralRow> referralRows = new ArrayList<>();
        for (ComunaFlows.Referral r : f.referrals()) {
            String kindLabel = messages.get("referrerKind." + r.referrerKind());
            String id = byKind ? "k:" + r.referrerKind() : "r:" + r.referrerId();
            nodes.putIfAbsent(id, new Node(id, byKind ? kindLabel : r.referrerName(), NodeKind.REFERRER));
            referrerLinks.merge(id + "\n" + "p:" + r.programId(), r.count(), Integer::sum);
            referralRows.add(new ReferralRow(r.referrerName() + " (" + kindLabel + ")",
                    programNames.get(r.programId()), r.count()));
        }
        for (ComunaFlows.ProgramOutcome o : f.outcomes()) {
            if (o.received() > 0) {
                nodes.put("p:" + o.programId(), new Node("p:" + o.programId(), o.programName(), NodeKind.PROGRAM));
            }
        }
        referrerLinks.forEach((key, value) -> {
            String[] ends = key.split("\n");
            links.add(new Link(ends[0], ends[1], value));
        });

        List<OnwardRow> onwardRows = new ArrayList<>();
        for (ComunaFlows.ProgramOutcome o : f.outcomes()) {
            String program = "p:" + o.programId();
            outcome(nodes, links, program, ADMITTED, o.admitted());
            outcome(nodes, links, program, NOT_ELIGIBLE, o.notEligible() - o.referredOnward());
            outcome(nodes, links, program, OTHER_EXITS, o.otherExits());
            outcome(nodes, links, program, STILL_OPEN, o.stillOpen());
        }
        for (ComunaFlows.Onward w : f.onward()) {
            // ECharts refuses cycles: the receiving program is its own right-hand node, "PPF X (derivación)".
            String target = "d:" + w.toProgramId();
            nodes.putIfAbsent(target, new Node(target, messages.get("circuit.node.onward", w.toProgramName()),
                    NodeKind.ONWARD));
            links.add(new Link("p:" + w.fromProgramId(), target, w.count()));
            onwardRows.add(new OnwardRow(programNames.get(w.fromProgramId()), w.toProgramName(), w.count()));
        }
        return new Report(comuna.code(), comuna.name(), f.from(), f.to(), f.asOf(), byKind,
                List.copyOf(nodes.values()), links, referralRows, f.outcomes(), onwardRows, f.waits());
    }

    private void outcome(Map<String, Node> nodes, List<Link> links, String program, String outcome, int count) {
        if (count <= 0) {
            return;
        }
        nodes.putIfAbsent(outcome, new Node(outcome, messages.get("circuit.outcome." + outcome.substring(2)),
                NodeKind.OUTCOME));
        links.add(new Link(program, outcome, count));
    }
}
