package cl.circuito.waitinglist.ranking;

import cl.circuito.audit.AuditEvent;
import cl.circuito.audit.AuditField;
import cl.circuito.shared.NotFound;
import cl.circuito.shared.Versions;
import cl.circuito.shared.security.AccessDenied;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Role;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import cl.circuito.testing.ReferralBuilder;
import cl.circuito.waitinglist.WaitingListQueries;
import cl.circuito.waitinglist.entry.EntryEvent;
import cl.circuito.waitinglist.entry.EntryEventKind;
import cl.circuito.waitinglist.entry.EntryRuleViolation;
import cl.circuito.waitinglist.entry.RankingEvents;
import cl.circuito.waitinglist.entry.WaitingListEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@CircuitoTest
@RecordApplicationEvents
class RankingFlowTests {

    private static final LocalDate RECEIVED = LocalDate.of(2026, 3, 2);

    @Autowired Fixtures fixtures;
    @Autowired WaitingListQueries queries;
    @Autowired ProgramRankings rankings;
    @Autowired RankingPlacements placements;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEvents events;

    UUID program;
    UUID court;
    Actor director;

    @BeforeEach
    void setUp() {
        program = fixtures.program("PRM", "13101");
        court = fixtures.referrer("FAMILY_COURT");
        director = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(program));
    }

    private ReferralBuilder referral(String givenNames, String surname, LocalDate receivedOn) {
        return fixtures.referral(director, program, court).child(givenNames, surname + Fixtures.next(), "Ficticia")
                .bornOn(LocalDate.of(2015, 4, 4)).receivedOn(receivedOn);
    }

    private WaitingListEntry referred(String givenNames, String surname, LocalDate receivedOn) {
        return referral(givenNames, surname, receivedOn).register();
    }

    private WaitingListEntry waiting(String givenNames, String surname, LocalDate receivedOn) {
        return referral(givenNames, surname, receivedOn).waiting().register();
    }

    private List<RankingRow> all() {
        return rankings.ranking(director, program, 0, 50).getContent();
    }

    private static void assertField(Runnable call, int status, String field) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(EntryRuleViolation.class, e -> {
            assertThat(e.status().value()).isEqualTo(status);
            assertThat(e.field()).isEqualTo(field);
        });
    }

    @Test
    void theRankingPutsPriorityThenScoreThenReceiptAndExplainsEachPlace() {
        WaitingListEntry top = waiting("Ana Beatriz", "Castro", RECEIVED.plusDays(5));
        WaitingListEntry lowerScore = waiting("Bruno", "Díaz", RECEIVED);
        WaitingListEntry laterReceipt = waiting("Carla", "Espinoza", RECEIVED.plusDays(9));
        WaitingListEntry priorityTwo = waiting("Diego", "Fuentes", RECEIVED.minusDays(30));
        WaitingListEntry notAssessed = waiting("Elena", "Gómez", RECEIVED.minusDays(60));
        referred("Fabián", "Herrera", RECEIVED);
        fixtures.assess(top.id(), 1, 11, false);
        fixtures.assess(lowerScore.id(), 1, 9, false);
        fixtures.assess(laterReceipt.id(), 1, 9, false);
        fixtures.assess(priorityTwo.id(), 2, 15, true);

        List<RankingRow> rows = all();

        assertThat(rows).extracting(RankingRow::entryId).containsExactly(top.id(), lowerScore.id(), laterReceipt.id(),
                priorityTwo.id(), notAssessed.id());
        assertThat(rows).extracting(RankingRow::rank).containsExactly(1, 2, 3, 4, 5);
        assertThat(rows).extracting(RankingRow::reason).containsExactly(RankReason.FIRST, RankReason.LOWER_SCORE,
                RankReason.LATER_RECEIPT, RankReason.LOWER_PRIORITY, RankReason.NOT_ASSESSED);
        assertThat(rows.get(0).explanation()).isEqualTo("Prioridad 1 con 11 puntos: primero en la prelación.");
        assertThat(rows.get(1).explanation()).isEqualTo(
                "Prioridad 1 con 9 puntos: después de A. B. C. F. (prioridad 1, 11 puntos), que tiene mayor puntaje.");
        assertThat(rows.get(2).explanation()).isEqualTo("Prioridad 1 con 9 puntos: después de B. D. F. (prioridad 1, "
                + "9 puntos), cuya derivación se recibió antes (02-03-2026).");
        assertThat(rows.get(3).explanation()).startsWith("Prioridad 2 con 15 puntos: después de C. E. F.")
                .endsWith("que tiene prioridad más alta.");
        assertThat(rows.get(3).priorityOverridden()).isTrue();
        assertThat(rows.get(4).explanation()).isEqualTo("Sin pauta aplicada: va después de todos los evaluados.");
        assertThat(rows.get(1).childName()).startsWith("Bruno Díaz");
        assertThat(rows.get(1).age()).isNotNull();
        assertThat(rows.get(4).daysWaiting()).isGreaterThan(rows.get(0).daysWaiting());

        assertThat(rankings.placeOf(director, laterReceipt.id())).hasValueSatisfying(place -> {
            assertThat(place.row().rank()).isEqualTo(3);
            assertThat(place.total()).isEqualTo(5);
        });
        assertThat(jdbc.sql("select count(*) from audit_event where subject_id = ? and what = 'ranking.audit.viewed'")
                .param(program).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aManualPlacementMovesTheChildAndIsInTheTimelineTheAuditAndAnEvent() {
        WaitingListEntry first = waiting("Ana", "Castro", RECEIVED);
        WaitingListEntry second = waiting("Bruno", "Díaz", RECEIVED.plusDays(1));
        WaitingListEntry third = waiting("Carla", "Espinoza", RECEIVED.plusDays(2));
        fixtures.assess(first.id(), 1, 10, false);
        fixtures.assess(second.id(), 1, 8, false);

        placements.place(director, third.id(), third.version(), 1, "Hermano ya atendido en el programa");

        List<RankingRow> rows = all();
        assertThat(rows).extracting(RankingRow::entryId).containsExactly(third.id(), first.id(), second.id());
        assertThat(rows.get(0).explanation()).isEqualTo("Ubicado manualmente en el lugar 1 por " + director.displayName()
                + ": Hermano ya atendido en el programa");
        assertThat(rows.get(0).manualByName()).isEqualTo(director.displayName());
        WaitingListEntry moved = queries.entry(director, third.id()).entry();
        assertThat(moved.manualPosition()).isEqualTo(1);
        assertThat(moved.timeline()).filteredOn(e -> e.kind() == EntryEventKind.RANKING_PLACED).singleElement()
                .satisfies(e -> {
                    assertThat(e.notes()).isEqualTo("Hermano ya atendido en el programa");
                    assertThat(e.detail()).isEqualTo("3 → 1");
                });
        List<AuditEvent> history = queries.history(director, third.id(), 0).getContent();
        assertThat(history).filteredOn(e -> e.what().equals("ranking.audit.placed")).singleElement()
                .satisfies(e -> {
                    assertThat(e.changes())
                            .containsEntry(AuditField.REASON.key(), "Hermano ya atendido en el programa");
                    assertThat(e.changes().get(AuditField.RANK.key())).isEqualTo(Map.of("before", 3, "after", 1));
                });
        assertThat(events.stream(RankingEvents.RankingChanged.class))
                .contains(new RankingEvents.RankingChanged(program, third.id(), 1));

        placements.clear(director, third.id(), version(third.id()), "Se revisa el acuerdo del equipo");

        assertThat(all()).extracting(RankingRow::entryId).containsExactly(first.id(), second.id(), third.id());
        assertThat(queries.entry(director, third.id()).entry().timeline())
                .filteredOn(e -> e.kind() == EntryEventKind.RANKING_PLACEMENT_CLEARED).singleElement()
                .satisfies(e -> assertThat(e.detail()).isEqualTo("1"));
        assertThat(queries.history(director, third.id(), 0).getContent()).extracting(AuditEvent::what)
                .contains("ranking.audit.cleared");
        assertThat(events.stream(RankingEvents.RankingChanged.class))
                .contains(new RankingEvents.RankingChanged(program, third.id(), null));
    }

    @Test
    void aMoveNeedsAReasonAndAPositionWithinTheRankingAndSavesNothingOtherwise() {
        WaitingListEntry a = waiting("Ana", "Castro", RECEIVED);
        waiting("Bruno", "Díaz", RECEIVED);

        assertField(() -> placements.place(director, a.id(), version(a.id()), 1, " "), 422, "reason");
        assertField(() -> placements.place(director, a.id(), version(a.id()), 1, null), 422, "reason");
        assertField(() -> placements.place(director, a.id(), version(a.id()), 0, "Motivo"), 422, "position");
        assertField(() -> placements.place(director, a.id(), version(a.id()), null, "Motivo"), 422, "position");
        assertField(() -> placements.place(director, a.id(), version(a.id()), 3, "Motivo"), 422, "position");
        assertField(() -> placements.clear(director, a.id(), version(a.id()), "Motivo"), 409, null);

        WaitingListEntry unchanged = queries.entry(director, a.id()).entry();
        assertThat(unchanged.manualPosition()).isNull();
        assertThat(unchanged.timeline()).extracting(EntryEvent::kind).doesNotContain(EntryEventKind.RANKING_PLACED);
    }

    @Test
    void onlyAWaitingChildHasAPlaceAndAStaleFormConflicts() {
        WaitingListEntry underReview = referred("Ana", "Castro", RECEIVED);
        WaitingListEntry waiting = waiting("Bruno", "Díaz", RECEIVED);

        assertField(() -> placements.place(director, underReview.id(), version(underReview.id()), 1, "Motivo"),
                409, null);
        assertThat(rankings.placeOf(director, underReview.id())).isEmpty();
        assertThatThrownBy(() -> placements.place(director, waiting.id(), waiting.version() + 7, 1, "Motivo"))
                .isInstanceOfSatisfying(Versions.Stale.class, e -> {
                    assertThat(e.status().value()).isEqualTo(409);
                    assertThat(e.field()).isNull();
                });
    }

    @Test
    void anotherProgramsChildIsNotFoundAndOnlyTheDirectorMovesChildren() {
        WaitingListEntry entry = waiting("Ana", "Castro", RECEIVED);
        UUID otherProgram = fixtures.program("PRM", "13101");
        Actor stranger = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(otherProgram));
        Actor professional = fixtures.user(Role.PROGRAM_PROFESSIONAL, Set.of(program));

        assertThatThrownBy(() -> placements.place(stranger, entry.id(), version(entry.id()), 1, "Motivo"))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> rankings.ranking(stranger, program, 0, 50)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> rankings.placeOf(stranger, entry.id())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> placements.place(professional, entry.id(), version(entry.id()), 1, "Motivo"))
                .isInstanceOf(AccessDenied.class);
        assertThat(rankings.ranking(professional, program, 0, 50).getContent()).extracting(RankingRow::entryId)
                .containsExactly(entry.id());
    }

    @Test
    void theRankingIsCutIntoPagesAfterOrdering() {
        for (int i = 0; i < 7; i++) {
            WaitingListEntry e = waiting("Niño " + i, "Página", RECEIVED.plusDays(i));
            fixtures.assess(e.id(), 1, i, false);
        }

        var page = rankings.ranking(director, program, 1, 3);

        assertThat(page.getTotalElements()).isEqualTo(7);
        assertThat(page.getContent()).extracting(RankingRow::rank).containsExactly(4, 5, 6);
        assertThat(page.getContent()).extracting(RankingRow::score).containsExactly(3, 2, 1);
        assertThat(rankings.ranking(director, program, 5, 3).getContent()).isEmpty();
    }

    /** The entry's version as its page shows it now: what a change based on a fresh read names. */
    private Long version(UUID entryId) {
        return fixtures.version("waiting_list_entry", entryId);
    }
}
