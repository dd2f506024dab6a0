package cl.circuito.waitinglist.entry;

import java.time.LocalDate;

/**
 * The admissibility deadline as of today: due date and business days left (negative when overdue).
 * Shown in colour and in words, never colour alone.
 */
public record Deadline(LocalDate dueOn, int businessDaysLeft, Urgency urgency) {

    /** Due within this many business days counts as "soon" (amber). */
    public static final int SOON_THRESHOLD = 3;

    public enum Urgency {
        /** Past the due date (red). */
        OVERDUE,
        /** Due today or within {@link #SOON_THRESHOLD} business days (amber). */
        SOON,
        ON_TIME
    }

    static Deadline of(LocalDate dueOn, LocalDate today, int businessDaysLeft) {
        Urgency urgency = dueOn.isBefore(today) ? Urgency.OVERDUE
                : businessDaysLeft <= SOON_THRESHOLD ? Urgency.SOON : Urgency.ON_TIME;
        return new Deadline(dueOn, businessDaysLeft, urgency);
    }

    public boolean overdue() {
        return urgency == Urgency.OVERDUE;
    }

    public boolean soon() {
        return urgency == Urgency.SOON;
    }

    /** Business days since the due date passed (0 when it passed over a weekend or holiday only). */
    public int businessDaysOverdue() {
        return Math.max(0, -businessDaysLeft);
    }
}
