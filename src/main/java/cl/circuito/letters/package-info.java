/**
 * Oficios (letters) to the referring bodies (I-SGC-01, steps 1 and 4): drafted from what happened on the
 * waiting list (a not-eligible decision, an estimated admission date and its updates, a not-protected
 * finding, a judicial action, an effective admission), edited and issued by the director with a number per
 * program and year that is never skipped or repeated, frozen as a PDF on the institution's letterhead, and
 * kept in a register for five years, after which disposal is an explicit, logged act. Templates and
 * letterheads are data each institution's admin edits.
 * <p>
 * This base package is the module's API only: a program's letter settings, which the documents module prints on
 * ({@link cl.circuito.letters.ProgramLetterSettings}). The capabilities live in sub-packages, each with its own
 * {@code web}: {@code drafting} (an oficio from draft to sent, numbering and the monthly batch), {@code templates}
 * (templates, letterheads, the layout and the program's settings) and {@code register} (the register and
 * retention).
 */
package cl.circuito.letters;
