package cl.circuito.waitinglist.dashboard;

import cl.circuito.network.ProgramDirectory;
import cl.circuito.network.ProgramSummary;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Permission;
import cl.circuito.waitinglist.admission.Places;
import cl.circuito.waitinglist.entry.Deadlines;
import cl.circuito.waitinglist.entry.WaitClock;
import cl.circuito.waitinglist.monitoring.MonitoringProgress;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/**
 * A program's dashboard: the list by priority, waits, overdue decisions, this month's monitoring, open
 * judicial actions, free places, and the list's size and admissions over the last 12 months, in one query after
 * the program's. Counts only: no child is named, so it is not a read of a record.
 */
@Service
@Transactional(readOnly = true)
public class ProgramDashboards {

    static final int TREND_MONTHS = 12;

    private final ProgramDirectory programs;
    private final WaitingListStatistics statistics;
    private final Deadlines deadlines;
    private final WaitClock waitClock;

    ProgramDashboards(ProgramDirectory programs, WaitingListStatistics statistics, Deadlines deadlines,
                      WaitClock waitClock) {
        this.waitClock = waitClock;
        this.programs = programs;
        this.statistics = statistics;
        this.deadlines = deadlines;
    }

    public ProgramDashboard of(Actor actor, UUID programId) {
        actor.require(Permission.READ_CHILD_RECORDS);
        ProgramSummary program = programs.get(programId, actor.scope());
        LocalDate today = deadlines.today();
        YearMonth thisMonth = YearMonth.from(today);
        WaitingListStatistics.Figures figures = statistics.dashboard(program.id(), today,
                thisMonth.minusMonths(TREND_MONTHS - 1), thisMonth);
        WaitingListStatistics.Snapshot snapshot = figures.snapshot();
        List<ProgramDashboard.Month> trend = figures.trend().stream()
                .map(p -> new ProgramDashboard.Month(p.month(), p.onList(), p.received(), p.admitted()))
                .toList();
        MonitoringProgress progress = snapshot.monitoring();
        return new ProgramDashboard(program, today, snapshot.priorityOne(), snapshot.priorityTwo(),
                snapshot.notAssessed(), snapshot.waiting(), snapshot.scheduled(), snapshot.underReview(),
                snapshot.overdueDecisions(), snapshot.medianWaitDays(), snapshot.longestWaitDays(), progress,
                progress.behindOn(today), snapshot.openJudicialActions(),
                Places.of(program.agreedCapacity(), snapshot.activeCases(), snapshot.scheduled()), trend,
                breaches(program, today));
    }

    private ProgramDashboard.Breaches breaches(ProgramSummary program, LocalDate today) {
        WaitClock.Cutoffs cutoffs = waitClock.cutoffs(program.id(), program.comunaCode(), today);
        WaitClock.Counts counts = waitClock.counts(program.id(), cutoffs);
        return new ProgramDashboard.Breaches(cutoffs.targetBusinessDays(), cutoffs.inheritedTarget(), counts.breached(),
                counts.breachingThisMonth());
    }
}
