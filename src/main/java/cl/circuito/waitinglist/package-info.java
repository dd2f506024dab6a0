/**
 * The waiting list of each program (I-SGC-01), from referral to admission. One entry per child per program; every
 * change is audited and every read of a child's record leaves a trace.
 * <p>
 * This base package is the module's API only: the events other modules react to ({@link Events},
 * {@link MonitoringEvents}, {@link AdmissionEvents}, and {@link EntryFactsEvent}, the one type the letters listen to)
 * and the enums and records they carry, and the read ports other modules consume
 * ({@link WaitingListQueries}, {@link WaitingListRegister}, {@link LetterFacts}, {@link ChildPrograms},
 * {@link SharedChildren}, {@link ComunaFlows}, {@link ProgramFlows}, {@link CapacityFigures} with its pure
 * {@link CapacityModel}, {@link WaitTargets}). The capabilities live in sub-packages, each with
 * its own {@code web}:
 * <ul>
 *   <li>{@code entry}: referral intake, the admissibility deadline in business days, background gathering and
 *   attachments, the admissibility decision, every exit, the list and its search;</li>
 *   <li>{@code priority}: the priority guide (versioned instruments, per-program cut, assessments and overrides;
 *   docs/priority-guide.md);</li>
 *   <li>{@code ranking}: the program's ranking (prelación) and its manual placements;</li>
 *   <li>{@code monitoring}: monitoring while waiting (actions, the monthly plan and its sample rule) and the judicial
 *   actions a "not protected" finding opens, each in its own tables;</li>
 *   <li>{@code admission}: the monthly admission plan, the interview, the admission, active cases, places and the
 *   estimated admission dates;</li>
 *   <li>{@code dashboard}: a program's figures and trends.</li>
 * </ul>
 * One capability is exposed by type with {@code @NamedInterface("priority")}: the applied priority guide's print,
 * which the documents module draws as annex 1.
 */
package cl.circuito.waitinglist;
