/**
 * The waiting list of each program (I-SGC-01): referral intake, the admissibility deadline in
 * business days, background gathering, the admissibility decision, the priority guide (versioned instruments, per-program cut, assessments
 * and overrides; docs/priority-guide.md) and every exit. One entry per child
 * per program; every change is audited and every read of a child's record leaves a trace.
 */
package cl.circuito.waitinglist;
