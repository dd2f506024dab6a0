package cl.circuito.mesas.sessions;

import cl.circuito.mesas.minutes.MinutesViews;
import cl.circuito.shared.text.ChileanDates;
import cl.circuito.mesas.mesa.MesaRuleViolation;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.MesaFixtures.MesaWorld;
import cl.circuito.testing.MesaFixtures;
import cl.circuito.testing.PdfText;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Session numbers follow dates on the database: a session scheduled between two others, two co-facilitators
 * scheduling at the same moment, the database's own guard, minutes approved only at a session that took place,
 * and the minutes' next session by date.
 */
@CircuitoTest
class SessionSequenceFlowTests {

    @Autowired MesaFixtures mesaFixtures;
    @Autowired SessionPlanning planning;
    @Autowired SessionViews views;
    @Autowired MesaMinutes minutes;
    @Autowired MinutesViews minutesViews;
    @Autowired MesaSessions sessions;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate tx;
    @Autowired Clock clock;

    /** Today where the Mesas are (the application's clock), not where the build runs. */
    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A business day of the Mesa's comuna, {@code days} from today on. */
    private LocalDate day(MesaWorld w, int days) {
        return planning.businessDayFrom(w.mesaId(), today().plusDays(days));
    }

    private MesaSession schedule(MesaWorld w, LocalDate on) {
        return planning.schedule(w.coFacilitator(), w.mesaId(),
                new MesaSession.Slot(on, LocalTime.of(9, 30), LocalTime.of(12, 0), "Sala OPD"), false);
    }

    private List<Integer> numbersByDate(MesaWorld w) {
        return jdbc.sql("select number from mesa_session where mesa_id = ? order by held_on, number")
                .param(w.mesaId()).query(Integer.class).list();
    }

    @Test
    void aSessionScheduledBetweenTwoOthersTakesItsPlaceAndTheListReadsInDateOrder() {
        MesaWorld w = mesaFixtures.world();
        MesaSession held = mesaFixtures.session(w, today().minusDays(20));
        MesaSession june = schedule(w, day(w, 90));
        MesaSession august = schedule(w, day(w, 150));
        MesaSession between = schedule(w, day(w, 120));

        assertThat(between.number()).isEqualTo(3);
        assertThat(sessions.findById(august.id()).orElseThrow().number()).isEqualTo(4);
        assertThat(numbersByDate(w)).containsExactly(1, 2, 3, 4);
        assertThat(sessions.findById(held.id()).orElseThrow().number()).isEqualTo(1);
        assertThat(views.list(w.member(), w.mesaId())).extracting(SessionViews.Row::number)
                .as("latest first, numbers falling with the dates").containsExactly(4, 3, 2, 1);
        assertThat(jdbc.sql("""
                        select count(*) from audit_event where subject_id = ? and what = 'mesasessions.audit.renumbered'""")
                .param(august.id()).query(Long.class).single()).isEqualTo(1);

        // Moved after August, the June session gives up its place; the held one never moves.
        MesaSession moved = planning.reschedule(w.coFacilitator(), w.mesaId(), june.id(),
                sessions.findById(june.id()).orElseThrow().version(),
                new MesaSession.Slot(day(w, 180), LocalTime.of(9, 30), LocalTime.of(12, 0), "Sala OPD"), false);
        assertThat(moved.number()).isEqualTo(4);
        assertThat(numbersByDate(w)).containsExactly(1, 2, 3, 4);
        assertThat(sessions.findById(between.id()).orElseThrow().number()).isEqualTo(2);

        // Recorded late, a session before the held one is refused: it would renumber written minutes.
        assertThatThrownBy(() -> planning.recordHeld(w.coFacilitator(), w.mesaId(), new MesaSession.Slot(
                today().minusDays(40), LocalTime.of(9, 30), LocalTime.of(12, 0), "Sala OPD"), true))
                .isInstanceOf(MesaRuleViolation.class).hasMessage("mesasessions.error.beforeHeldSession");
        assertThat(numbersByDate(w)).hasSize(4);
    }

    /** Two co-facilitators schedule at the same moment, each a different date, then both the same date. */
    @Test
    void twoCoFacilitatorsSchedulingAtOnceQueueAndTheNumbersStayInDateOrder() throws Exception {
        MesaWorld w = mesaFixtures.world();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            LocalDate later = day(w, 60);
            LocalDate sooner = day(w, 30);
            CyclicBarrier together = new CyclicBarrier(2);
            Future<MesaSession> first = pool.submit(() -> {
                together.await();
                return planning.schedule(w.coFacilitator(), w.mesaId(),
                        new MesaSession.Slot(later, LocalTime.of(9, 30), LocalTime.of(12, 0), "Sala OPD"), false);
            });
            Future<MesaSession> second = pool.submit(() -> {
                together.await();
                return planning.schedule(w.edtCoFacilitator(), w.mesaId(),
                        new MesaSession.Slot(sooner, LocalTime.of(9, 30), LocalTime.of(12, 0), "Sala EDT"), false);
            });
            first.get();
            second.get();
            assertThat(jdbc.sql("select held_on from mesa_session where mesa_id = ? order by number")
                    .param(w.mesaId()).query(LocalDate.class).list()).containsExactly(sooner, later);

            LocalDate same = day(w, 90);
            CyclicBarrier again = new CyclicBarrier(2);
            List<Future<MesaSession>> twice = new ArrayList<>();
            for (var actor : List.of(w.coFacilitator(), w.edtCoFacilitator())) {
                twice.add(pool.submit(() -> {
                    again.await();
                    return planning.schedule(actor, w.mesaId(),
                            new MesaSession.Slot(same, LocalTime.of(9, 30), LocalTime.of(12, 0), "Sala OPD"), false);
                }));
            }
            int refused = 0;
            for (Future<MesaSession> outcome : twice) {
                try {
                    outcome.get();
                } catch (ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOfSatisfying(MesaRuleViolation.class, v -> {
                        assertThat(v.messageKey()).isEqualTo("mesasessions.error.dateTaken");
                        assertThat(v.field()).isEqualTo("heldOn");
                    });
                    refused++;
                }
            }
            assertThat(refused).isEqualTo(1);
            assertThat(numbersByDate(w)).containsExactly(1, 2, 3);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theDatabaseRefusesNumbersAgainstTheDatesTwiceTheSameNumberAndAHeldSessionMoved() {
        MesaWorld w = mesaFixtures.world();
        MesaSession held = mesaFixtures.session(w, today().minusDays(10));
        MesaSession first = schedule(w, day(w, 30));
        MesaSession second = schedule(w, day(w, 60));

        assertThatThrownBy(() -> tx.executeWithoutResult(t -> {
            jdbc.sql("update mesa_session set number = 9 where id = ?").param(first.id()).update();
            jdbc.sql("update mesa_session set number = 2 where id = ?").param(second.id()).update();
            jdbc.sql("update mesa_session set number = 3 where id = ?").param(first.id()).update();
        })).hasStackTraceContaining("contradict their dates");
        assertThatThrownBy(() -> jdbc.sql("update mesa_session set number = 2 where id = ?").param(second.id()).update())
                .hasStackTraceContaining("mesa_session_number_uq");
        assertThatThrownBy(() -> jdbc.sql("update mesa_session set held_on = held_on - 1 where id = ?")
                .param(held.id()).update()).hasStackTraceContaining("was held: its number, date and status do not change");
        // A swap in one transaction, in date order again at commit, is allowed: that is how renumbering works.
        tx.executeWithoutResult(t -> {
            jdbc.sql("update mesa_session set number = 3 where id = ?").param(first.id()).update();
            jdbc.sql("update mesa_session set number = 2, held_on = ? where id = ?")
                    .params(day(w, 20), second.id()).update();
        });
        assertThat(numbersByDate(w)).containsExactly(1, 2, 3);
    }

    @Test
    void minutesAreApprovedOnlyAtASessionThatTookPlaceAndOnItsDate() {
        MesaWorld w = mesaFixtures.world();
        MesaSession last = mesaFixtures.session(w, today().minusDays(14));
        mesaFixtures.attend(w, last);
        minutes.circulate(w.coFacilitator(), w.mesaId(), last.id(), sessions.findById(last.id()).orElseThrow().version());
        MesaSession next = schedule(w, day(w, 30));
        long circulated = sessions.findById(last.id()).orElseThrow().version();

        assertThatThrownBy(() -> minutes.approvePrevious(w.coFacilitator(), w.mesaId(), next.id(), circulated, "La Mesa",
                null))
                .isInstanceOf(MesaRuleViolation.class)
                .satisfies(e -> assertThat(((MesaRuleViolation) e).status()).isEqualTo(HttpStatus.CONFLICT))
                .hasMessage("mesaminutes.error.approveAtUnheldSession");
        assertThat(minutesViews.minutes(w.coFacilitator(), w.mesaId(), next.id()).mayApprovePrevious()).isFalse();
        assertThat(sessions.findById(last.id()).orElseThrow().minutesStatus()).isEqualTo(MinutesStatus.CIRCULATED);

        // Held today, attendance recorded: approved, dated today (the session's date).
        MesaSession today = mesaFixtures.session(w, today());
        assertThatThrownBy(() -> minutes.approvePrevious(w.coFacilitator(), w.mesaId(), today.id(), circulated, "La Mesa",
                null)).hasMessage("mesaminutes.error.approveAtUnheldSession");
        mesaFixtures.attend(w, today);
        minutes.approvePrevious(w.coFacilitator(), w.mesaId(), today.id(), circulated,
                "Integrantes presentes, por consenso", null);
        MesaSession approved = sessions.findById(last.id()).orElseThrow();
        assertThat(approved.minutesStatus()).isEqualTo(MinutesStatus.APPROVED);
        assertThat(approved.minutesApprovedOn()).isEqualTo(today());
        assertThat(jdbc.sql("select minutes_approved_on from mesa_session where id = ?").param(last.id())
                .query(LocalDate.class).single()).isEqualTo(today());
    }

    @Test
    void theNextSessionOfTheMinutesIsTheNextByDateNeverAnEarlierOneNorASuspendedOne() {
        MesaWorld w = mesaFixtures.world();
        MesaSession held = mesaFixtures.session(w, today().minusDays(7));
        // Scheduled in the reverse of their dates: the creation order must not matter.
        MesaSession far = schedule(w, day(w, 60));
        MesaSession near = schedule(w, day(w, 30));

        assertThat(minutesViews.minutes(w.member(), w.mesaId(), held.id()).nextSessionOn()).isEqualTo(near.heldOn());
        assertThat(minutesViews.minutes(w.member(), w.mesaId(), far.id()).nextSessionOn()).as("none after the last").isNull();
        assertThat(minutesViews.minutes(w.member(), w.mesaId(), near.id()).nextSessionOn()).isEqualTo(far.heldOn());

        planning.cancel(w.coFacilitator(), w.mesaId(), near.id(), sessions.findById(near.id()).orElseThrow().version(),
                "Emergencia comunal");
        assertThat(minutesViews.minutes(w.member(), w.mesaId(), held.id()).nextSessionOn()).isEqualTo(far.heldOn());
        String pdf = PdfText.of(minutesViews.pdf(w.member(), w.mesaId(), held.id()).content()).text().replaceAll("\\s+", " ");
        assertThat(pdf).contains("Próxima sesión: " + ChileanDates.longDay(far.heldOn()));
    }

    @Test
    void aPastSessionIsRecordedAsHeldOnlyThroughItsOwnAction() {
        MesaWorld w = mesaFixtures.world();
        LocalDate past = planning.businessDayFrom(w.mesaId(), today().minusDays(30));
        assertThatThrownBy(() -> schedule(w, past)).hasMessage("mesasessions.error.pastDate");
        MesaSession recorded = planning.recordHeld(w.coFacilitator(), w.mesaId(),
                new MesaSession.Slot(past, LocalTime.of(9, 30), LocalTime.of(12, 0), "Sala OPD"), false);
        assertThat(recorded.status()).isEqualTo(SessionStatus.HELD);
        assertThat(recorded.number()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_event where subject_id = ? and what = 'mesasessions.audit.recordedHeld'")
                .param(recorded.id()).query(Long.class).single()).isEqualTo(1);
        UUID id = recorded.id();
        assertThat(views.session(w.member(), w.mesaId(), id).heldOn()).isEqualTo(past);
    }
}
