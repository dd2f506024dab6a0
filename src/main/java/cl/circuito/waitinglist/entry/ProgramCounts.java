package cl.circuito.waitinglist.entry;

/** How a program's open entries stand today. */
public record ProgramCounts(int underReview, int overdue, int waiting) {

    public static final ProgramCounts NONE = new ProgramCounts(0, 0, 0);
}
