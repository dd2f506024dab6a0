package cl.circuito.waitinglist.entry;

import cl.circuito.shared.text.ChileanDates;
import java.time.LocalDate;

/**
 * "Cumplió 18 años" — as the reason a child leaves the waiting list or closes its case — must be true on that
 * date: by the registered birth date, or, when the registry has none, by the director's written word (how it is
 * known), which is then kept as the evidence. One rule for both verbs.
 */
public final class ComingOfAge {

    /** Age of majority: the network's programs are for children and adolescents under it. */
    static final int ADULT_AGE = 18;

    private ComingOfAge() {
    }

    /**
     * @param on             the exit or closing date
     * @param birthDate      the registered birth date, or null when unknown
     * @param override       the director's reason, required (only) when the birth date is unknown
     * @param dateField      the request's field for {@code on}
     * @param reasonField    the request's field for the exit or closing reason
     * @return the override to keep with the record, or null when the birth date proved it
     */
    public static String evidence(LocalDate on, LocalDate birthDate, String override, LocalDate today, String dateField,
                           String reasonField) {
        boolean overridden = override != null && !override.isBlank();
        if (birthDate == null) {
            if (!overridden) {
                throw EntryRuleViolation.invalid("ageOverrideReason", "error.exit.birthDateUnknown");
            }
            return override.trim();
        }
        if (overridden) {
            // The registry's birth date decides; a wrong one is corrected in the child's data, not bypassed here.
            throw EntryRuleViolation.invalid("ageOverrideReason", "error.exit.overrideWithBirthDate",
                    ChileanDates.day(birthDate));
        }
        LocalDate eighteenth = birthDate.plusYears(ADULT_AGE);
        if (eighteenth.isAfter(today)) {
            throw EntryRuleViolation.invalid(reasonField, "error.exit.notYet18", ChileanDates.day(eighteenth),
                    ChileanDates.day(birthDate));
        }
        if (eighteenth.isAfter(on)) {
            throw EntryRuleViolation.invalid(dateField, "error.exit.before18", ChileanDates.day(eighteenth));
        }
        return null;
    }
}
