package cl.circuito.waitinglist;

import cl.circuito.shared.DomainException;
import cl.circuito.shared.NotFound;
import cl.circuito.shared.security.AccessDenied;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Role;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@CircuitoTest
class WaitTargetsTests {

    @Autowired Fixtures fixtures;
    @Autowired WaitTargets targets;

    UUID program;
    UUID other;
    Actor director;
    Actor national;

    @BeforeEach
    void setUp() {
        program = fixtures.program("PRM", "13101");
        other = fixtures.program("PPF", "13101");
        director = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(program));
        national = fixtures.user(Role.NATIONAL_TEAM, Set.of());
    }

    @Test
    void aProgramInheritsTheNationalTargetUntilItsDirectorSetsItsOwn() {
        int nationalDays = targets.national().businessDays();
        assertThat(targets.of(List.of(program, other))).containsEntry(program,
                new WaitTargets.WaitTarget(nationalDays, true));

        WaitTargets.ProgramTarget own = targets.setForProgram(director, program, 40, null);
        assertThat(own.effectiveBusinessDays()).isEqualTo(40);
        assertThat(targets.of(List.of(program, other)))
                .containsEntry(program, new WaitTargets.WaitTarget(40, false))
                .containsEntry(other, new WaitTargets.WaitTarget(nationalDays, true));

        WaitTargets.ProgramTarget back = targets.setForProgram(director, program, null, own.version());
        assertThat(back.ownBusinessDays()).isNull();
        assertThat(back.effectiveBusinessDays()).isEqualTo(nationalDays);
    }

    @Test
    void theNationalTeamSetsTheNetworksTargetWithTheVersionItRead() {
        WaitTargets.NationalTarget before = targets.national();
        try {
            WaitTargets.NationalTarget after = targets.setNational(national, 45, before.version());
            assertThat(after.businessDays()).isEqualTo(45);
            assertThat(targets.of(List.of(other)).get(other).businessDays()).isEqualTo(45);
            assertRefused(() -> targets.setNational(national, 50, before.version()), HttpStatus.CONFLICT, null);
            assertRefused(() -> targets.setNational(national, 50, null), HttpStatus.UNPROCESSABLE_CONTENT, "version");
        } finally {
            targets.setNational(national, before.businessDays(), targets.national().version());
        }
    }

    @Test
    void refusesTargetsOutsideTheRangeAndAnyoneWithoutTheRight() {
        assertRefused(() -> targets.setForProgram(director, program, 4, null), HttpStatus.UNPROCESSABLE_CONTENT,
                "businessDays");
        assertRefused(() -> targets.setForProgram(director, program, 501, null), HttpStatus.UNPROCESSABLE_CONTENT,
                "businessDays");
        assertThatThrownBy(() -> targets.setForProgram(director, other, 30, null)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> targets.setNational(director, 30, targets.national().version()))
                .isInstanceOf(AccessDenied.class);
        assertThat(targets.ofProgram(director, program).ownBusinessDays()).isNull();
    }

    private static void assertRefused(Runnable call, HttpStatus status, String field) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.status()).isEqualTo(status);
            assertThat(e.field()).isEqualTo(field);
        });
    }
}
