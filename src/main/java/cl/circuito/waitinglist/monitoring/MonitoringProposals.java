package cl.circuito.waitinglist.monitoring;

import cl.circuito.network.ProgramSummary;
import cl.circuito.waitinglist.entry.Deadlines;
import cl.circuito.waitinglist.monitoring.MonitoringRows.PlannedChild;
import org.springframework.stereotype.Component;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What Circuito proposes to monitor in a month: for a program without a support professional the
 * sample of {@link MonitoringSample}; with one, every waiting child, in person.
 */
@Component
class MonitoringProposals {

    private final MonitoringReadModel readModel;
    private final RevalidationReads revalidations;
    private final RevalidationSettings schedule;
    private final Deadlines deadlines;

    MonitoringProposals(MonitoringReadModel readModel, RevalidationReads revalidations, RevalidationSettings schedule,
                        Deadlines deadlines) {
        this.readModel = readModel;
        this.revalidations = revalidations;
        this.schedule = schedule;
        this.deadlines = deadlines;
    }

    /**
     * @param waiting  children waiting today (what the rule counts)
     * @param required the sample's minimum size (every child when in person)
     * @param children the proposed children, in order, with their names and why
     */
    record Proposal(MonitoringPlanKind kind, int waiting, int required, List<MonitoringSample.Proposed> proposed,
                    List<PlannedChild> children) {
    }

    /**
     * What the plan of {@code month} starts from: the proposal, then the children due for re-validation in the month
     * who are not in it yet. Those add to the plan beyond the sample's minimum: a long wait is asked about whatever
     * the sample says. A due child's reason is the re-validation, in or out of the sample: it is what the action must
     * ask. (The page shows the proposal and the month's re-validations apart, see {@link Revalidations}.)
     */
    List<MonitoringSample.Proposed> forPlan(ProgramSummary program, YearMonth month, Proposal proposal) {
        return withRevalidations(program, month, proposal.proposed());
    }

    /** The month's proposal as the page shows it, before any re-validation. */
    Proposal of(ProgramSummary program) {
        List<MonitoringReadModel.Candidate> candidates = readModel.candidates(program.id());
        List<MonitoringSample.Candidate> sample = candidates.stream().map(MonitoringReadModel.Candidate::sample).toList();
        int waiting = candidates.size();
        MonitoringPlanKind kind = program.hasSupportProfessional() ? MonitoringPlanKind.ALL_IN_PERSON
                : MonitoringPlanKind.SAMPLE;
        List<MonitoringSample.Proposed> proposed = kind == MonitoringPlanKind.ALL_IN_PERSON
                ? sample.stream().sorted(MonitoringSample.ORDER)
                .map(c -> new MonitoringSample.Proposed(c.entryId(), MonitoringPlanReason.EVERY_WAITING_CHILD)).toList()
                : MonitoringSample.propose(sample, MonitoringSample.size(waiting));
        Map<UUID, MonitoringReadModel.Candidate> byId = candidates.stream()
                .collect(Collectors.toMap(c -> c.sample().entryId(), Function.identity()));
        List<PlannedChild> children = proposed.stream().map(p -> {
            MonitoringReadModel.Candidate c = byId.get(p.entryId());
            return new PlannedChild(p.entryId(), c.childName(), c.status(), c.sample().priority(), c.sample().score(),
                    c.sample().receivedOn(), p.reason(), c.sample().lastMonitoredOn(), null, null, null, null, null);
        }).toList();
        int required = kind == MonitoringPlanKind.ALL_IN_PERSON ? waiting : MonitoringSample.size(waiting);
        return new Proposal(kind, waiting, required, proposed, children);
    }

    private List<MonitoringSample.Proposed> withRevalidations(ProgramSummary program, YearMonth month,
                                                              List<MonitoringSample.Proposed> proposed) {
        Set<UUID> due = revalidations.due(Set.of(program.id()), schedule.schedule(), month.atEndOfMonth(),
                deadlines.today()).stream().map(MonitoringRows.DueForRevalidation::entryId)
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        List<MonitoringSample.Proposed> all = new ArrayList<>();
        for (MonitoringSample.Proposed p : proposed) {
            all.add(due.remove(p.entryId()) ? new MonitoringSample.Proposed(p.entryId(), MonitoringPlanReason.REVALIDATION)
                    : p);
        }
        due.forEach(entryId -> all.add(new MonitoringSample.Proposed(entryId, MonitoringPlanReason.REVALIDATION)));
        return all;
    }
}
