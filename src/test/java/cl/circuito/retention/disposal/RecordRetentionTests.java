package cl.circuito.retention.disposal;

import cl.circuito.alerts.AlertKind;
import cl.circuito.letters.drafting.Letter;
import cl.circuito.letters.drafting.LetterKind;
import cl.circuito.letters.drafting.LetterStatus;
import cl.circuito.letters.drafting.RegisterLetters;
import cl.circuito.shared.DomainException;
import cl.circuito.shared.NotFound;
import cl.circuito.shared.privacy.RecordKind;
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

/**
 * The act of disposal as the retention capability keeps it, whatever the kind: chosen records and a reason, all or
 * none, one act in the register and one audit line for the act, the rehearsal that changes nothing, the alert that
 * lists what waits, and uploaded sheets that leave on their configured period with an act too. Letters stand for
 * every kind here; each kind's own erasure is tested in its module.
 */
@CircuitoTest
class RecordRetentionTests {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("America/Santiago"));
    private static final LocalDate LONG_AGO = TODAY.minusYears(5).minusDays(10);
    private static final LocalDate ALMOST = TODAY.minusYears(5).plusDays(30);

    @Autowired Fixtures fixtures;
    @Autowired ApplicationContext context;
    @Autowired RecordRetention retention;
    @Autowired RecordsDueAlerts alerts;
    @Autowired UploadsDisposal uploadsDisposal;
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
    void theProgramsPageCountsWhatIsDueKindByKind() {
        make.sent(director, program, court, "Juzgado", LetterKind.ESTIMATED_DATE, LONG_AGO, "Sofía Muñoz Ávila");
        make.issued(director, program, court, "Juzgado", LetterKind.ESTIMATED_DATE, ALMOST, "Martín Núñez Peña");

        RecordRetention.Overview overview = retention.overview(director, RecordKind.Holder.PROGRAM, program, 0, 10);

        assertThat(overview.kinds()).extracting(RecordRetention.KindDue::kind).contains(RecordKind.LETTERS)
                .allSatisfy(kind -> assertThat(kind.holder()).isEqualTo(RecordKind.Holder.PROGRAM));
        assertThat(overview.kinds()).filteredOn(k -> k.kind() == RecordKind.LETTERS).singleElement()
                .satisfies(k -> {
                    assertThat(k.due()).isEqualTo(1);
                    assertThat(k.upcoming()).as("the letter kept 30 days more comes due within 90").isEqualTo(1);
                });
        assertThat(overview.totalUpcoming()).isEqualTo(1);
        assertThat(overview.holder().mayDispose()).isTrue();
        assertThat(overview.acts().getTotalElements()).isZero();
    }

    @Test
    void anActDisposesOfEveryChosenRecordKeepsItselfAndIsAudited() {
        Letter first = make.sent(director, program, court, "Juzgado", LetterKind.ESTIMATED_DATE, LONG_AGO, "Sofía Muñoz");
        Letter second = make.issued(director, program, court, "Juzgado", LetterKind.EFFECTIVE_ADMISSION, LONG_AGO, "Josefa Peña");

        RecordRetention.Disposal disposal = retention.dispose(director, RecordKind.LETTERS, program,
                List.of(first.id(), second.id()), "  Acta de eliminación N° 4/2031 ");

        assertThat(disposal.records()).extracting(r -> r.id()).containsExactlyInAnyOrder(first.id(), second.id());
        assertThat(disposal.records()).allSatisfy(r -> assertThat(r.label()).startsWith("Oficio N° "));
        assertThat(make.reload(first.id()).status()).isEqualTo(LetterStatus.DISPOSED);
        DisposalAct act = retention.acts(director, RecordKind.Holder.PROGRAM, program, 0, 10).getContent().get(0);
        assertThat(act.kind()).isEqualTo(RecordKind.LETTERS);
        assertThat(act.recordCount()).isEqualTo(2);
        assertThat(act.recordIds()).containsExactlyInAnyOrder(first.id(), second.id());
        assertThat(act.reason()).isEqualTo("Acta de eliminación N° 4/2031");
        assertThat(act.disposedByName()).isEqualTo(director.displayName());
        assertThat(jdbc.sql("""
                        select count(*) from audit_event where subject_id = ? and action = 'DISPOSED'
                           and what = 'retention.audit.act.LETTERS'""")
                .param(program).query(Integer.class).single()).isEqualTo(1);
        // Each letter has its own line too, written by the letters module with the same reason.
        assertThat(jdbc.sql("select count(*) from audit_event where subject_id = ? and what = 'letterregister.audit.disposed'")
                .param(first.id()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void theRehearsalShowsWhatTheActWouldDoAndChangesNothing() {
        Letter due = make.sent(director, program, court, "Juzgado", LetterKind.ESTIMATED_DATE, LONG_AGO, "Sofía Muñoz");

        RecordRetention.Review review = retention.review(director, RecordKind.LETTERS, program, List.of(due.id()), "Acta 5");

        assertThat(review.records()).extracting(r -> r.id()).containsExactly(due.id());
        assertThat(make.reload(due.id()).status()).isEqualTo(LetterStatus.SENT);
        assertThat(make.hasPdf(due.id())).isTrue();
        assertThat(retention.acts(director, RecordKind.Holder.PROGRAM, program, 0, 10).getTotalElements()).isZero();
        assertThat(jdbc.sql("select count(*) from audit_event where subject_id in (?, ?)").params(program, due.id())
                .query(Integer.class).single()).isZero();
    }

    @Test
    void anActNeedsRecordsAndAReasonAndRefusesOneNotDueOrOutOfReach() {
        Letter due = make.sent(director, program, court, "Juzgado", LetterKind.ESTIMATED_DATE, LONG_AGO, "Sofía Muñoz");
        Letter early = make.issued(director, program, court, "Juzgado", LetterKind.ESTIMATED_DATE, ALMOST, "Tomás Ruiz");
        UUID other = fixtures.program("PRM", "08101");
        Actor otherDirector = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(other));
        Letter elsewhere = make.sent(otherDirector, other, court, "Juzgado", LetterKind.ESTIMATED_DATE, LONG_AGO, "Ana Soto");

        assertRefused(() -> retention.dispose(director, RecordKind.LETTERS, program, List.of(), "Acta"),
                HttpStatus.UNPROCESSABLE_CONTENT, "recordIds", "disposal.error.noneChosen");
        assertRefused(() -> retention.dispose(director, RecordKind.LETTERS, program, List.of(due.id()), "  "),
                HttpStatus.UNPROCESSABLE_CONTENT, "reason", "disposal.error.reason");
        assertRefused(() -> retention.dispose(director, RecordKind.LETTERS, program, List.of(due.id()), "x".repeat(1001)),
                HttpStatus.UNPROCESSABLE_CONTENT, "reason", "disposal.error.reasonTooLong");
        assertRefused(() -> retention.dispose(director, RecordKind.LETTERS, program, List.of(due.id(), early.id()), "Acta"),
                HttpStatus.CONFLICT, "recordIds", "letterregister.error.notDue");
        assertThatThrownBy(() -> retention.dispose(director, RecordKind.LETTERS, program, List.of(elsewhere.id()), "Acta"))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> retention.dispose(director, RecordKind.LETTERS, other, List.of(elsewhere.id()), "Acta"))
                .isInstanceOf(NotFound.class);
        Actor professional = fixtures.user(Role.PROGRAM_PROFESSIONAL, Set.of(program));
        assertThatThrownBy(() -> retention.dispose(professional, RecordKind.LETTERS, program, List.of(due.id()), "Acta"))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> retention.due(director, RecordKind.MESA_CASE_REVIEWS, program, 0, 10))
                .isInstanceOf(NotFound.class);

        assertThat(make.reload(due.id()).status()).isEqualTo(LetterStatus.SENT);
        assertThat(jdbc.sql("select count(*) from record_disposal where holder_id in (?, ?)").params(program, other)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void anActOfDisposalCannotBeChangedOrDeleted() {
        Letter due = make.sent(director, program, court, "Juzgado", LetterKind.ESTIMATED_DATE, LONG_AGO, "Sofía Muñoz");
        UUID act = retention.dispose(director, RecordKind.LETTERS, program, List.of(due.id()), "Acta 6").act().id();

        assertThatThrownBy(() -> jdbc.sql("update record_disposal set reason = 'otro' where id = ?").param(act).update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from record_disposal where id = ?").param(act).update())
                .hasMessageContaining("append-only");
    }

    @Test
    void theDirectorIsAlertedEveryDayWhileRecordsWaitAndThenNoMore() {
        assertThat(alerts.alertsFor(director, TODAY)).isEmpty();
        Letter one = make.issued(director, program, court, "Juzgado", LetterKind.ESTIMATED_DATE, LONG_AGO, "A Uno");
        Letter two = make.issued(director, program, court, "Juzgado", LetterKind.ESTIMATED_DATE, LONG_AGO, "B Dos");
        make.issued(director, program, court, "Juzgado", LetterKind.ESTIMATED_DATE, ALMOST, "C Tres");

        assertThat(alerts.alertsFor(director, TODAY)).singleElement().satisfies(alert -> {
            assertThat(alert.kind()).isEqualTo(AlertKind.RECORDS_DUE_FOR_DISPOSAL);
            assertThat(alert.programId()).isEqualTo(program);
            assertThat(alert.args()).containsExactly(2);
            assertThat(alert.link()).isEqualTo("/programs/" + program + "/retention");
        });
        assertThat(alerts.alertsFor(fixtures.user(Role.PROGRAM_PROFESSIONAL, Set.of(program)), TODAY)).isEmpty();

        retention.dispose(director, RecordKind.LETTERS, program, List.of(one.id(), two.id()), "Acta 7");
        assertThat(alerts.alertsFor(director, TODAY)).isEmpty();
    }

    @Test
    void uploadedSheetsLeaveOnTheirPeriodWithAnActByCircuito() {
        UUID old = UUID.randomUUID();
        jdbc.sql("""
                        insert into table_upload (id, purpose, owner_id, scope_key, file_name, checksum, content, uploaded_at)
                        values (?, 'TEST', ?, 'x', 'nomina.csv', repeat('0', 64), ?, now() - interval '8 days')""")
                .params(old, director.userId(), "a;b\n1;2\n".getBytes()).update();

        List<UUID> purged = uploadsDisposal.purge();

        assertThat(purged).contains(old);
        assertThat(jdbc.sql("select count(*) from table_upload where id = ?").param(old).query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("""
                        select disposed_by_name || ' / ' || holder || ' / ' || reason from record_disposal
                         where kind = 'UPLOADS' and ? = any(record_ids)""")
                .param(old).query(String.class).single())
                .isEqualTo("Circuito / NETWORK / Plazo configurado: las planillas cargadas se conservan 7 días.");
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, HttpStatus status,
                                      String field, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.status()).isEqualTo(status);
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }
}
