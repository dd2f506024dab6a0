package cl.circuito.circuit.overlaps;

import cl.circuito.audit.AuditTrail;
import cl.circuito.mesas.MesaDirectory;
import cl.circuito.mesas.MesaHeader;
import cl.circuito.mesas.MesaHeaders;
import cl.circuito.mesas.MemberKind;
import cl.circuito.network.ProgramDirectory;
import cl.circuito.network.ProgramSummary;
import cl.circuito.shared.security.AccessScope;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Permission;
import cl.circuito.waitinglist.CaseReviewSignals;
import cl.circuito.waitinglist.ChildPrograms;
import cl.circuito.waitinglist.SharedChildren;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The children of a Mesa's territory who are in two or more programs at once — programs of the Mesa's comuna
 * and member programs from elsewhere — as candidates for a case review: initials, age, which programs and since
 * when; and, as {@link Signal}s, those referred again within 12 months of leaving one of them or on two programs'
 * lists for the same court case. Anyone who reads the Mesa sees the list (it is audited); only a program that already works with a child
 * is offered to present it, through the Mesa's own case form.
 */
@Service
@Transactional(readOnly = true)
public class MesaOverlaps {

    /**
     * One candidate. {@code presentAs} is the Mesa member (the actor's program) that may present the child, or
     * null; {@code childId} is set only then, to preselect the child in the case form.
     */
    public record Candidate(String initials, Integer age, List<Program> programs, LocalDate overlapSince,
                            UUID presentAs, UUID childId) {
    }

    public record Program(String name, String modalityCode, String modalityName, boolean active, LocalDate since) {
    }

    /**
     * A candidate by another criterion: initials, age, the programs concerned (for a return, the one left and the one
     * referred to) and since when. {@code presentAs} and {@code childId} as in {@link Candidate}.
     */
    public record Signal(CandidateCriterion criterion, String initials, Integer age, List<Program> programs,
                         LocalDate since, UUID presentAs, UUID childId) {
    }

    /** {@code sessionId}: the next scheduled session, where a case is presented; null when none is scheduled. */
    public record View(MesaHeader header, List<Candidate> candidates, boolean truncated, List<Signal> signals,
                       UUID sessionId) {
    }

    private final MesaHeaders headers;
    private final MesaDirectory directory;
    private final ProgramDirectory programs;
    private final SharedChildren shared;
    private final CaseReviewSignals signals;
    private final AuditTrail audit;

    MesaOverlaps(MesaHeaders headers, MesaDirectory directory, ProgramDirectory programs, SharedChildren shared,
                 CaseReviewSignals signals, AuditTrail audit) {
        this.signals = signals;
        this.headers = headers;
        this.directory = directory;
        this.programs = programs;
        this.shared = shared;
        this.audit = audit;
    }

    @Transactional
    public View of(Actor actor, UUID mesaId) {
        MesaHeader header = headers.of(actor, mesaId);
        header.standing().requireRead();
        Map<UUID, UUID> memberOfProgram = new HashMap<>();
        directory.currentMembers(actor, mesaId).stream()
                .filter(m -> m.kind() == MemberKind.PROGRAM && m.programId() != null)
                .forEach(m -> memberOfProgram.put(m.programId(), m.id()));
        Set<UUID> territory = new LinkedHashSet<>(memberOfProgram.keySet());
        programs.allPrograms().stream().filter(p -> header.comunaCode().equals(p.comunaCode()))
                .map(ProgramSummary::id).forEach(territory::add);

        Set<UUID> own = actor.scope() instanceof AccessScope.Programs p && actor.can(Permission.WORK_IN_MESAS)
                && header.standing().seesCaseContent() ? p.programIds() : Set.of();
        List<SharedChildren.Overlap> overlaps = shared.among(territory);
        List<Candidate> candidates = overlaps.stream().map(o -> {
            UUID presentAs = o.programs().stream().map(ChildPrograms.Place::programId)
                    .filter(own::contains).map(memberOfProgram::get).filter(Objects::nonNull)
                    .findFirst().orElse(null);
            return new Candidate(o.initials(), o.age(), o.programs().stream()
                    .map(pl -> new Program(pl.programName(), pl.modalityCode(), pl.modalityName(),
                            pl.state() == ChildPrograms.State.ACTIVE, pl.since()))
                    .toList(), o.overlapSince(), presentAs, presentAs == null ? null : o.childId());
        }).toList();
        List<Signal> signals = signals(territory, own, memberOfProgram);
        audit.viewed(actor, new AuditTrail.Subject("MESA", mesaId, null), "circuit.audit.sharedChildrenViewed");
        UUID session = candidates.stream().anyMatch(c -> c.presentAs() != null)
                || signals.stream().anyMatch(c -> c.presentAs() != null) ? nextSession(actor, mesaId) : null;
        return new View(header, candidates, overlaps.size() >= SharedChildren.LIMIT, signals, session);
    }

    private List<Signal> signals(Set<UUID> territory, Set<UUID> own, Map<UUID, UUID> memberOfProgram) {
        List<Signal> found = new ArrayList<>();
        for (CaseReviewSignals.ReReferral r : signals.reReferred(territory)) {
            UUID presentAs = presenter(List.of(r.programId()), own, memberOfProgram);
            found.add(new Signal(CandidateCriterion.RE_REFERRED, r.initials(), r.age(), List.of(
                    new Program(r.leftProgramName(), null, null, false, r.leftOn()),
                    new Program(r.programName(), r.modalityCode(), null, false, r.receivedOn())),
                    r.receivedOn(), presentAs, presentAs == null ? null : r.childId()));
        }
        for (CaseReviewSignals.SameCourtCase c : signals.sameCourtCase(territory)) {
            UUID presentAs = presenter(c.programs().stream().map(ChildPrograms.Place::programId).toList(), own,
                    memberOfProgram);
            found.add(new Signal(CandidateCriterion.SAME_COURT_CASE, c.initials(), c.age(), c.programs().stream()
                    .map(pl -> new Program(pl.programName(), pl.modalityCode(), pl.modalityName(), false, pl.since()))
                    .toList(), c.programs().get(1).since(), presentAs, presentAs == null ? null : c.childId()));
        }
        return found;
    }

    /** The Mesa member (one of the actor's programs) that works with the child, or null. */
    private static UUID presenter(List<UUID> programIds, Set<UUID> own, Map<UUID, UUID> memberOfProgram) {
        return programIds.stream().filter(own::contains).map(memberOfProgram::get).filter(Objects::nonNull)
                .findFirst().orElse(null);
    }

    private UUID nextSession(Actor actor, UUID mesaId) {
        MesaDirectory.NextSession next = directory.summary(actor, mesaId).nextSession();
        return next == null ? null : next.id();
    }
}
