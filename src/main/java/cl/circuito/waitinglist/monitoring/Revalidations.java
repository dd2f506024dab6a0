package cl.circuito.waitinglist.monitoring;

import cl.circuito.audit.AuditAction;
import cl.circuito.audit.AuditDetails;
import cl.circuito.audit.AuditTrail;
import cl.circuito.network.ProgramDirectory;
import cl.circuito.network.ProgramSummary;
import cl.circuito.shared.Versions;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Permission;
import cl.circuito.waitinglist.entry.Deadlines;
import cl.circuito.waitinglist.entry.Subjects;
import cl.circuito.waitinglist.monitoring.MonitoringRows.DueForRevalidation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static cl.circuito.audit.AuditField.REPEAT_EVERY_WEEKS;
import static cl.circuito.audit.AuditField.SET_POINT_WEEKS;

/**
 * Re-validation of long waits: who is due in a month (a program's staff), and the schedule of set points (read by
 * all, changed by the national team). A re-validation itself is recorded through {@link MonitoringLog} with its
 * {@link RevalidationAnswers}.
 */
@Service
@Transactional(readOnly = true)
public class Revalidations {

    static final String SCHEDULE_SUBJECT = "REVALIDATION_SCHEDULE";
    /** The schedule's one row, as the audit trail names it. */
    private static final UUID SCHEDULE_ID = new UUID(0, 1);

    private final RevalidationReads reads;
    private final RevalidationSettings settings;
    private final ProgramDirectory programs;
    private final Deadlines deadlines;
    private final AuditTrail audit;
    private final Clock clock;

    Revalidations(RevalidationReads reads, RevalidationSettings settings, ProgramDirectory programs,
                  Deadlines deadlines, AuditTrail audit, Clock clock) {
        this.reads = reads;
        this.settings = settings;
        this.programs = programs;
        this.deadlines = deadlines;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A program's children due for re-validation in a month (as of its last day).
     *
     * @param all      every due child of the month, whatever {@code setPoint}
     * @param shown    those of {@code setPoint} (weeks), or all when it is null
     * @param setPoint the filter, null for every set point
     */
    public record DueMonth(ProgramSummary program, YearMonth month, RevalidationSchedule schedule,
                           List<DueForRevalidation> all, List<DueForRevalidation> shown, Integer setPoint) {

        /** The set points the month's children are due at, for the filter. */
        public List<Integer> setPoints() {
            return all.stream().map(d -> d.due().setPointWeeks()).distinct().sorted().toList();
        }
    }

    /** The month's due children of a program the actor may read; the read is audited. */
    @Transactional
    public DueMonth due(Actor actor, UUID programId, YearMonth month, Integer setPoint) {
        actor.require(Permission.READ_CHILD_RECORDS);
        ProgramSummary program = programs.get(programId, actor.scope());
        audit.viewed(actor, Subjects.list(program.id()), "revalidation.audit.dueViewed");
        RevalidationSchedule schedule = settings.schedule();
        List<DueForRevalidation> all = reads.due(Set.of(program.id()), schedule, month.atEndOfMonth(),
                deadlines.today());
        List<DueForRevalidation> shown = setPoint == null ? all
                : all.stream().filter(d -> d.due().setPointWeeks() == setPoint).toList();
        return new DueMonth(program, month, schedule, all, shown, setPoint);
    }

    /** Due children of these programs this month. Unscoped: the caller checked the scope (alerts, plan). */
    List<DueForRevalidation> dueThisMonth(Collection<UUID> programIds) {
        LocalDate today = deadlines.today();
        return reads.due(programIds, settings.schedule(), YearMonth.from(today).atEndOfMonth(), today);
    }

    /** The schedule and who last changed it. */
    public record Schedule(RevalidationSchedule schedule, Instant changedAt, String changedByName) {
    }

    public Schedule schedule() {
        RevalidationSettings.Stored stored = settings.stored();
        return new Schedule(stored.schedule(), stored.changedAt(), stored.changedByName());
    }

    /**
     * The national team changes the set points: whole weeks, ascending, between 1 and 520, at most 10; the interval
     * after the last one between 4 and 104 weeks. The change applies from the next read: children already
     * re-validated keep that answer until the next set point of the new schedule.
     */
    @Transactional
    public Schedule changeSchedule(Actor actor, List<Integer> setPointWeeks, Integer repeatEveryWeeks, Long version) {
        actor.require(Permission.SET_REVALIDATION_SCHEDULE);
        Versions.requirePresent(version, Versions.FIELD);
        RevalidationSchedule schedule = validated(setPointWeeks, repeatEveryWeeks, version);
        settings.replace(schedule, version, actor.displayName(), clock.instant());
        audit.changed(actor, AuditAction.CHANGED, new AuditTrail.Subject(SCHEDULE_SUBJECT, SCHEDULE_ID, null),
                "revalidation.audit.scheduleChanged", AuditDetails.of(SET_POINT_WEEKS,
                        String.join(", ", schedule.setPointWeeks().stream().map(String::valueOf).toList()))
                        .with(REPEAT_EVERY_WEEKS, schedule.repeatEveryWeeks()));
        return schedule();
    }

    private static RevalidationSchedule validated(List<Integer> points, Integer repeat, Long version) {
        if (points == null || points.isEmpty()) {
            throw MonitoringRuleViolation.invalid("setPointWeeks", "revalidation.error.pointsRequired");
        }
        List<Integer> checked = new ArrayList<>();
        for (Integer point : points) {
            if (point == null || point < 1 || point > 520) {
                throw MonitoringRuleViolation.invalid("setPointWeeks", "revalidation.error.pointRange");
            }
            if (!checked.isEmpty() && point <= checked.get(checked.size() - 1)) {
                throw MonitoringRuleViolation.invalid("setPointWeeks", "revalidation.error.pointsAscending");
            }
            checked.add(point);
        }
        if (checked.size() > 10) {
            throw MonitoringRuleViolation.invalid("setPointWeeks", "revalidation.error.pointsTooMany");
        }
        if (repeat == null || repeat < 4 || repeat > 104) {
            throw MonitoringRuleViolation.invalid("repeatEveryWeeks", "revalidation.error.repeatRange");
        }
        return new RevalidationSchedule(checked, repeat, version == null ? 0 : version);
    }
}
