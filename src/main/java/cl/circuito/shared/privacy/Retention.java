package cl.circuito.shared.privacy;

import java.time.Period;

/**
 * How long a kind of record is kept, as a rule a disposal job can apply: a fixed period from the record's date, until
 * the program ends, as long as the entry (or the record) it belongs to, as the Mesa decides, or the period the
 * deployment configures ({@code circuito.uploads.keep-for}).
 *
 * @param period the fixed period ({@link Rule#FIXED_PERIOD} only)
 */
public record Retention(Rule rule, Period period) {

    public enum Rule {
        /** A fixed period from the record's date, then the final disposal the source names. */
        FIXED_PERIOD,
        /** Kept up to date while the program runs; deleted when it ends (F-SGC-030). */
        UNTIL_PROGRAM_ENDS,
        /** Kept and disposed of with the waiting-list entry it belongs to. */
        WITH_ENTRY,
        /** Kept as long as the records it is about. */
        WITH_RECORD,
        /** Kept as the Mesa decides for its minutes. */
        AS_MESA_DECIDES,
        /** The period the deployment configures for uploaded sheets ({@code circuito.uploads.keep-for}). */
        CONFIGURED_UPLOADS
    }

    public Retention {
        if ((rule == Rule.FIXED_PERIOD) != (period != null)) {
            throw new IllegalArgumentException("A fixed period names its length; no other rule does");
        }
    }

    public static Retention years(int years) {
        return new Retention(Rule.FIXED_PERIOD, Period.ofYears(years));
    }

    public static Retention of(Rule rule) {
        return new Retention(rule, null);
    }
}
