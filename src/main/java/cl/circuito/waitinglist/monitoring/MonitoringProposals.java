package cl.circuito.waitinglist.monitoring;

import cl.circuito.network.ProgramSummary;
import cl.circuito.waitinglist.monitoring.MonitoringRows.PlannedChild;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
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

    MonitoringProposals(MonitoringReadModel readModel) {
        this.readModel = readModel;
    }

    /**
     * @param waiting  children waiting today (what the rule counts)
     * @param required the sample's minimum size (every child when in person)
     * @param children the proposed children, in order, with their names and why
     */
    record Proposal(MonitoringPlanKind kind, int waiting, int required, List<MonitoringSample.Proposed> proposed,
                    List<PlannedChild> children) {
    }

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
}
