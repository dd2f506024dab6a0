package cl.circuito.letters.register;

import cl.circuito.letters.drafting.LetterKind;
import cl.circuito.letters.drafting.LetterRuleViolation;
import cl.circuito.letters.drafting.LetterStatus;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * What the register of letters is narrowed to; every part is optional (null: all).
 *
 * @param month the month a letter was issued in, or, for a draft or discarded draft (never issued), the month
 *              it was created in
 */
public record RegisterFilter(LetterKind kind, LetterStatus status, UUID referrerId, YearMonth month) {

    public static final RegisterFilter ALL = new RegisterFilter(null, null, null, null);

    public boolean isEmpty() {
        return kind == null && status == null && referrerId == null && month == null;
    }

    /**
     * A month as typed ("2026-03"; browsers without a month picker send what the user wrote). Blank is no
     * month; anything else unreadable is refused naming the field.
     */
    public static YearMonth parseMonth(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw LetterRuleViolation.invalid("month", "letterregister.error.month");
        }
    }
}
