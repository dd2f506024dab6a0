package cl.circuito.waitinglist.admission;

import cl.circuito.shared.DomainException;
import cl.circuito.waitinglist.entry.Staff;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An active case on the aggregate alone: a case closed as "turned 18" follows the rule an exit from the list does. */
class ActiveCaseTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 10, 1);
    private static final Instant NOW = Instant.parse("2026-10-01T12:00:00Z");

    private final Staff director = new Staff(UUID.randomUUID(), "Directora");

    @Test
    void aCaseClosedAsTurned18FollowsTheSameRuleAsAnExit() {
        ActiveCase open = ActiveCase.existing(UUID.randomUUID(), UUID.randomUUID(), LocalDate.of(2025, 1, 1), TODAY,
                director, NOW);
        LocalDate born = TODAY.minusYears(18);

        assertRefused(() -> open.close(TODAY.minusDays(1), CaseCloseReason.TURNED_18, "Mayoría de edad", born, null,
                TODAY, director), "closedOn", "error.exit.before18");
        assertRefused(() -> open.close(TODAY, CaseCloseReason.TURNED_18, "Mayoría de edad", born.plusDays(1), null,
                TODAY, director), "closeReason", "error.exit.notYet18");
        assertRefused(() -> open.close(TODAY, CaseCloseReason.TURNED_18, "Mayoría de edad", null, null, TODAY,
                director), "ageOverrideReason", "error.exit.birthDateUnknown");
        assertThat(open.isOpen()).isTrue();

        open.close(TODAY, CaseCloseReason.TURNED_18, "Mayoría de edad", born, null, TODAY, director);
        assertThat(open.isOpen()).isFalse();
        assertThat(open.closeAgeOverride()).isNull();
    }

    private static void assertRefused(ThrowingCallable call, String field, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }
}
