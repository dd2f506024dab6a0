package cl.circuito.waitinglist.admission;

import cl.circuito.audit.AuditAction;
import cl.circuito.audit.AuditDetails;
import cl.circuito.audit.AuditTrail;
import cl.circuito.network.ProgramDirectory;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Permission;
import cl.circuito.waitinglist.EntryStatus;
import cl.circuito.waitinglist.entry.Staff;
import cl.circuito.waitinglist.entry.Subjects;
import cl.circuito.waitinglist.entry.WaitingListEntries;
import cl.circuito.waitinglist.entry.WaitingListEntry;
import cl.circuito.waitinglist.ranking.ProgramRanking;
import cl.circuito.waitinglist.ranking.RankedEntry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static cl.circuito.audit.AuditField.ADMISSION_MONTH;
import static cl.circuito.audit.AuditField.CHOSEN;
import static cl.circuito.audit.AuditField.DEVIATIONS;
import static cl.circuito.audit.AuditField.FREE_PLACES;
import static cl.circuito.audit.AuditField.MONTH;
import static cl.circuito.audit.AuditField.PROPOSED;
import static cl.circuito.audit.AuditField.REASON;
import static cl.circuito.audit.AuditField.STATUS;

/**
 * The monthly admission (I-SGC-01 step 7): Circuito proposes the top of the ranking for the free places, the
 * director confirms it or changes it with a reason for every difference, and the chosen children are
 * scheduled. Capacity is never exceeded: the places are counted under the program's lock.
 */
@Service
public class AdmissionPlanning {

    private final ProgramDirectory programs;
    private final ProgramPlaces places;
    private final ProgramRanking ranking;
    private final WaitingListEntries entries;
    private final AdmissionPlans plans;
    private final AuditTrail audit;
    private final Clock clock;

    AdmissionPlanning(ProgramDirectory programs, ProgramPlaces places, ProgramRanking ranking,
                      WaitingListEntries entries, AdmissionPlans plans, AuditTrail audit, Clock clock) {
        this.programs = programs;
        this.places = places;
        this.ranking = ranking;
        this.entries = entries;
        this.plans = plans;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Schedules the chosen children for the month.
     *
     * @param chosen  the waiting entries the director ticked
     * @param reasons why, per entry, where the choice differs from the proposal (a chosen child that was not
     *                proposed, or a proposed child left out); others are ignored
     * @throws AdmissionRuleViolation 409 when there are not enough free places; 422 on {@code month},
     *                                {@code chosen} or {@code reasons[<entryId>]}
     */
    @Transactional
    public AdmissionPlan confirm(Actor actor, UUID programId, YearMonth month, Collection<UUID> chosen,
                                 Map<UUID, String> reasons) {
        actor.require(Permission.MANAGE_ADMISSIONS);
        programs.get(programId, actor.scope());
        LocalDate today = LocalDate.now(clock);
        if (month == null) {
            throw AdmissionRuleViolation.invalid("month", "admission.error.monthRequired");
        }
        if (month.isBefore(YearMonth.from(today))) {
            throw AdmissionRuleViolation.invalid("month", "admission.error.monthPast");
        }
        Set<UUID> picked = chosen == null ? Set.of() : new LinkedHashSet<>(chosen);
        if (picked.isEmpty()) {
            throw AdmissionRuleViolation.invalid("chosen", "admission.error.noneChosen");
        }

        Places free = places.lockAndCount(programId);
        if (picked.size() > free.free()) {
            throw AdmissionRuleViolation.noFreePlaces(free, picked.size());
        }
        List<RankedEntry> ranked = ranking.of(programId);
        Set<UUID> waiting = ranked.stream().map(RankedEntry::entryId).collect(Collectors.toSet());
        for (UUID id : picked) {
            if (!waiting.contains(id)) {
                throw AdmissionRuleViolation.invalid("chosen", "admission.error.notWaiting");
            }
        }
        Set<UUID> proposed = proposal(ranked, free.free());
        Map<UUID, String> deviations = new LinkedHashMap<>();
        for (RankedEntry entry : ranked) {
            UUID id = entry.entryId();
            boolean isProposed = proposed.contains(id);
            boolean isChosen = picked.contains(id);
            if (isProposed == isChosen) {
                continue;
            }
            String reason = reasons == null ? null : reasons.get(id);
            if (reason == null || reason.isBlank()) {
                throw AdmissionRuleViolation.invalid("reasons[" + id + "]", isChosen
                        ? "admission.error.reasonForAdded" : "admission.error.reasonForLeftOut", entry.rank());
            }
            deviations.put(id, reason.trim());
        }

        Staff staff = Staff.of(actor);
        Instant now = clock.instant();
        AdmissionPlan plan = new AdmissionPlan(programId, month, free.free(), staff, now);
        for (RankedEntry entry : ranked) {
            UUID id = entry.entryId();
            if (proposed.contains(id) || picked.contains(id)) {
                plan.add(id, proposed.contains(id), picked.contains(id), deviations.get(id));
            }
        }
        for (WaitingListEntry entry : entries.findAllByIds(picked)) {
            entry.scheduleAdmission(month, deviations.get(entry.id()), today, staff, now);
            audit.changed(actor, AuditAction.CHANGED, Subjects.entry(entry), "admission.audit.scheduled",
                    AuditDetails.ofChange(STATUS, EntryStatus.WAITING, EntryStatus.SCHEDULED)
                            .with(ADMISSION_MONTH, month).with(PROPOSED, proposed.contains(entry.id()))
                            .withPresent(REASON, deviations.get(entry.id())));
            entries.save(entry);
        }
        plans.save(plan);
        audit.changed(actor, AuditAction.CREATED, AdmissionSubjects.plan(plan, programId), "admission.audit.planConfirmed",
                AuditDetails.of(MONTH, month).with(FREE_PLACES, free.free()).with(CHOSEN, picked.size())
                        .with(DEVIATIONS, deviations.size()));
        return plan;
    }

    /** The top of the ranking, as many as there are free places. */
    static Set<UUID> proposal(List<RankedEntry> ranked, int freePlaces) {
        return ranked.stream().limit(Math.max(0, freePlaces)).map(RankedEntry::entryId)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
