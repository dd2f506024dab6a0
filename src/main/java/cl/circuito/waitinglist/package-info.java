/**
 * The waiting list of each program (I-SGC-01): referral intake, the admissibility deadline in
 * business days, background gathering, the admissibility decision, the priority guide (versioned instruments, per-program cut, assessments
 * and overrides; docs/priority-guide.md) and every exit. One entry per child
 * per program; every change is audited and every read of a child's record leaves a trace.
 * Monitoring while waiting (actions, the monthly plan and its sample rule) and the judicial actions a
 * "not protected" finding opens live here too, each in its own tables, read through
 * {@link cl.circuito.waitinglist.monitoring.MonitoringQueries}.
 */
package cl.circuito.waitinglist;

