package cl.circuito.letters.register;

/**
 * The numbers a program used in a year: a director checks at a glance that none is missing.
 *
 * @param lastAssigned the year's counter (the last number handed out), which must equal {@code last}
 */
public record YearNumbers(int year, int first, int last, int count, Integer lastAssigned) {

    /** Numbers run from 1 to the last one with none missing, and the counter handed out no other. */
    public boolean gapFree() {
        return first == 1 && count == last && (lastAssigned == null || lastAssigned == last);
    }

    /** How many numbers between 1 and the last are not in the register. */
    public int missing() {
        return Math.max(0, Math.max(last, lastAssigned == null ? 0 : lastAssigned) - count);
    }
}
