package cl.circuito.waitinglist;

/** How a program's open entries stand today. */
public record ProgramCounts(int underReview, int overdue, int waiting) {

    static final ProgramCounts NONE = new ProgramCounts(0, 0, 0);
}
