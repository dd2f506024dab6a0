package cl.circuito.letters.register;

import cl.circuito.letters.drafting.Letter;
import cl.circuito.letters.drafting.LetterKind;
import cl.circuito.letters.drafting.LetterRuleViolation;
import cl.circuito.letters.drafting.LetterStatus;
import cl.circuito.letters.drafting.RegisterLetters;
import cl.circuito.shared.NotFound;
import cl.circuito.shared.security.AccessDenied;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Role;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@CircuitoTest
class LetterRetentionTests {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("America/Santiago"));
    /** Issued five years and ten days ago: its retention ended ten days ago. */
    private static final LocalDate LONG_AGO = TODAY.minusYears(5).minusDays(10);
    /** Issued five years ago less thirty days: kept thirty days more. */
    private static final LocalDate ALMOST = TODAY.minusYears(5).plusDays(30);

    @Autowired Fixtures fixtures;
    @Autowired ApplicationContext context;
    @Autowired LetterRetention retention;
    @Autowired LetterRegister register;
    @Autowired JdbcClient jdbc;

    RegisterLetters make;
    UUID program;
    UUID court;
    Actor director;

    @BeforeEach
    void setUp() {
        make = RegisterLetters.from(context);
        program = fixtures.program("PRM", "08101");
        court = fixtures.referrer("FAMILY_COURT");
        director = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(program));
    }

    @Test
    void listsLettersPastTheirTermAndCountsThoseReachingItWithin90Days() {
        Letter due = make.sent(director, program, court, "Juzgado de Familia de Concepción", LetterKind.ESTIMATED_DATE,
                LONG_AGO, "Sofía Muñoz Ávila");
        make.issued(director, program, court, "Juzgado de Familia de Concepción", LetterKind.EFFECTIVE_ADMISSION,
                ALMOST, "Martín Núñez Peña");
        make.issued(director, program, court, "Juzgado de Familia de Concepción", LetterKind.EFFECTIVE_ADMISSION,
                TODAY.minusYears(1), "Josefa Peña");
        make.draft(director, program, court, "Juzgado", LetterKind.ESTIMATED_DATE, LONG_AGO, "Tomás Ruiz");

        LetterRetention.Due view = retention.due(director, program, 0, 50);

        assertThat(view.letters().getContent()).extracting(RegisterRow::id).containsExactly(due.id());
        assertThat(view.upcoming()).isEqualTo(1);
        assertThat(retention.disposals(director, program, 0, 10).getTotalElements()).isZero();
    }

    @Test
    void aLetterStillWithinItsTermIsRefusedAndNothingChanges() {
        Letter due = make.sent(director, program, court, "Juzgado", LetterKind.ESTIMATED_DATE, LONG_AGO, "Sofía Muñoz Ávila");
        Letter early = make.issued(director, program, court, "Juzgado", LetterKind.ESTIMATED_DATE, ALMOST, "Martín Núñez Peña");

        assertThatThrownBy(() -> retention.dispose(director, program, List.of(due.id(), early.id()), "Acta N° 1"))
                .isInstanceOfSatisfying(LetterRuleViolation.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.CONFLICT);
                    assertThat(e.messageKey()).isEqualTo("letterregister.error.notDue");
                    assertThat(e.arguments()).contains(early.numberLabel());
                });

        Letter untouched = make.reload(due.id());
        assertThat(untouched.status()).isEqualTo(LetterStatus.SENT);
        assertThat(untouched.body()).isNotNull();
        assertThat(untouched.children().get(0).childName()).isEqualTo("Sofía Muñoz Ávila");
        assertThat(make.hasPdf(due.id())).isTrue();
        assertThat(audits(due.id())).isZero();
    }

    @Test
    void disposalErasesTextNamesRutAndPdfKeepsTheNumberAndIsAudited() {
        Letter first = make.sent(director, program, court, "Juzgado", LetterKind.ESTIMATED_DATE, LONG_AGO,
                "Sofía Muñoz Ávila", "Martín Núñez Peña");
        Letter second = make.issued(director, program, court, "Juzgado", LetterKind.EFFECTIVE_ADMISSION, LONG_AGO,
                "Josefa Peña");

        List<Letter> disposed = retention.dispose(director, program, List.of(second.id(), first.id()),
                "  Acta de eliminación N° 3/2031  ");

        assertThat(disposed).extracting(Letter::numberLabel).containsExactly(first.numberLabel(), second.numberLabel());
        Letter erased = make.reload(first.id());
        assertThat(erased.status()).isEqualTo(LetterStatus.DISPOSED);
        assertThat(erased.numberLabel()).isEqualTo(first.numberLabel());
        assertThat(erased.subject()).isNull();
        assertThat(erased.body()).isNull();
        assertThat(erased.children()).hasSize(2).allSatisfy(child -> {
            assertThat(child.childName()).isNull();
            assertThat(child.childRut()).isNull();
            assertThat(child.courtRit()).isNull();
        });
        assertThat(erased.disposalReason()).isEqualTo("Acta de eliminación N° 3/2031");
        assertThat(erased.disposedByName()).isEqualTo(director.displayName());
        assertThat(make.hasPdf(first.id())).isFalse();
        assertThat(make.hasPdf(second.id())).isFalse();
        assertThat(audits(first.id())).isEqualTo(1);
        assertThat(jdbc.sql("select changes ->> 'letter' from audit_event where subject_id = ?").param(second.id())
                .query(String.class).single()).isEqualTo(second.numberLabel());
        assertThat(jdbc.sql("select changes ->> 'reason' from audit_event where subject_id = ?").param(second.id())
                .query(String.class).single()).isEqualTo("Acta de eliminación N° 3/2031");

        RegisterRow row = register.page(director, program, new RegisterFilter(null, LetterStatus.DISPOSED, null, null), 0, 10)
                .getContent().stream().filter(r -> r.id().equals(first.id())).findFirst().orElseThrow();
        assertThat(row.disposed()).isTrue();
        assertThat(row.childNames()).isEmpty();
        assertThat(row.childCount()).isEqualTo(2);
        assertThat(row.disposedOn()).isEqualTo(TODAY);
        assertThat(register.yearNumbers(director, program)).allMatch(YearNumbers::gapFree);

        assertThat(retention.due(director, program, 0, 50).letters().getTotalElements()).isZero();
        assertThat(retention.disposals(director, program, 0, 10).getContent()).extracting(DisposalRow::reason).containsOnly("Acta de eliminación N° 3/2031");
    }

    @Test
    void aLetterOfAnotherProgramIsNotFoundAndNothingIsDisposed() {
        Letter mine = make.issued(director, program, court, "Juzgado", LetterKind.ESTIMATED_DATE, LONG_AGO, "A Uno");
        UUID otherProgram = fixtures.program("PRM", "08101");
        Actor otherDirector = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(otherProgram));
        Letter theirs = make.issued(otherDirector, otherProgram, court, "Juzgado", LetterKind.ESTIMATED_DATE, LONG_AGO, "B Dos");

        assertThatThrownBy(() -> retention.dispose(director, program, List.of(mine.id(), theirs.id()), "Acta N° 1"))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> retention.dispose(director, otherProgram, List.of(theirs.id()), "Acta N° 1"))
                .isInstanceOf(NotFound.class);
        assertThat(make.reload(mine.id()).status()).isEqualTo(LetterStatus.ISSUED);
        assertThat(make.reload(theirs.id()).status()).isEqualTo(LetterStatus.ISSUED);
    }

    @Test
    void refusesAnEmptyReasonNoLettersADraftAndASecondDisposal() {
        Letter due = make.issued(director, program, court, "Juzgado", LetterKind.ESTIMATED_DATE, LONG_AGO, "A Uno");
        Letter draft = make.draft(director, program, court, "Juzgado", LetterKind.ESTIMATED_DATE, LONG_AGO, "B Dos");

        assertThatThrownBy(() -> retention.dispose(director, program, List.of(due.id()), "  "))
                .isInstanceOfSatisfying(LetterRuleViolation.class, e -> assertThat(e.field()).isEqualTo("reason"));
        assertThatThrownBy(() -> retention.dispose(director, program, List.of(), "Acta"))
                .isInstanceOfSatisfying(LetterRuleViolation.class, e -> assertThat(e.field()).isEqualTo("letterIds"));
        assertThatThrownBy(() -> retention.dispose(director, program, List.of(due.id(), draft.id()), "Acta"))
                .isInstanceOfSatisfying(LetterRuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("letterregister.error.notIssued"));
        assertThat(make.reload(due.id()).status()).isEqualTo(LetterStatus.ISSUED);

        retention.dispose(director, program, List.of(due.id()), "Acta N° 2");
        assertThatThrownBy(() -> retention.dispose(director, program, List.of(due.id()), "Acta N° 3"))
                .isInstanceOfSatisfying(LetterRuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("letterregister.error.alreadyDisposed"));
    }

    @Test
    void onlyTheDirectorDisposes() {
        Letter due = make.issued(director, program, court, "Juzgado", LetterKind.ESTIMATED_DATE, LONG_AGO, "A Uno");
        Actor professional = fixtures.user(Role.PROGRAM_PROFESSIONAL, Set.of(program));

        assertThatThrownBy(() -> retention.dispose(professional, program, List.of(due.id()), "Acta"))
                .isInstanceOf(AccessDenied.class);
        assertThat(retention.due(professional, program, 0, 10).letters().getTotalElements()).isEqualTo(1);
    }

    private long audits(UUID letterId) {
        return jdbc.sql("select count(*) from audit_event where subject_id = ? and what = 'letterregister.audit.disposed'")
                .param(letterId).query(Long.class).single();
    }
}
