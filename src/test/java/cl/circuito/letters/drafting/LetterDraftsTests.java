package cl.circuito.letters.drafting;

import cl.circuito.shared.text.ChileanDates;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import cl.circuito.waitinglist.AdmissionEvents;
import cl.circuito.waitinglist.entry.EntryDecisions;
import cl.circuito.waitinglist.Events;
import cl.circuito.waitinglist.ExitReason;
import cl.circuito.waitinglist.MonitoringActionKind;
import cl.circuito.waitinglist.MonitoringOutcome;
import cl.circuito.waitinglist.admission.AdmissionPlanning;
import cl.circuito.waitinglist.admission.Admissions;
import cl.circuito.waitinglist.monitoring.MonitoringLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Each waiting-list event drafts its oficio, filled, addressed to the referrer, and only once. */
@CircuitoTest
class LetterDraftsTests {

    @Autowired Fixtures fixtures;
    @Autowired EntryDecisions decisions;
    @Autowired MonitoringLog monitoring;
    @Autowired AdmissionPlanning planning;
    @Autowired Admissions admissions;
    @Autowired Letters letters;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;
    @Autowired ApplicationEventPublisher events;

    LetterScenario scenario;
    LocalDate today;

    @BeforeEach
    void setUp() {
        scenario = new LetterScenario(fixtures, decisions, jdbc);
        today = LocalDate.now();
    }

    private List<Letter> lettersAbout(UUID entryId, LetterKind kind) {
        scenario.settle(scenario.program);
        List<UUID> ids = jdbc.sql("""
                        select l.id from letter l join letter_child c on c.letter_id = l.id
                         where c.entry_id = ? and l.kind = ? order by l.created_at""")
                .params(entryId, kind.name()).query(UUID.class).list();
        return transactions.execute(status -> ids.stream().map(id -> {
            Letter letter = letters.findById(id).orElseThrow();
            letter.children();
            letter.notes();
            return letter;
        }).toList());
    }

    private void deliverAgain(Object event) {
        transactions.executeWithoutResult(status -> events.publishEvent(event));
    }

    @Test
    void aNotEligibleDecisionDraftsTheOficioToTheReferrerNamingTheMorePertinentProgramOnce() {
        LetterScenario.Child child = scenario.refer(scenario.opd, 10);
        LocalDate decidedOn = today.minusDays(2);

        decisions.declareNotEligible(scenario.director, child.entryId(), scenario.version(child), decidedOn,
                "No presenta indicadores de maltrato grave.", null, "PPF Ñuble Centro");

        assertThat(lettersAbout(child.entryId(), LetterKind.NOT_ELIGIBLE)).singleElement().satisfies(letter -> {
            assertThat(letter.status()).isEqualTo(LetterStatus.DRAFT);
            assertThat(letter.recipientName()).isEqualTo(scenario.referrerName(scenario.opd));
            assertThat(letter.recipientIsCourt()).isFalse();
            assertThat(letter.createdByName()).isEqualTo("Circuito");
            assertThat(DraftSource.of(letter.sourceKey(), null)).isEqualTo(DraftSource.NOT_ELIGIBLE);
            assertThat(letter.body())
                    .contains(child.name() + ", RUT " + child.rut())
                    .contains("recibida por el " + scenario.programName() + " el " + ChileanDates.longDay(today.minusDays(10)))
                    .contains("No presenta indicadores de maltrato grave.")
                    .contains("se sugiere su derivación a PPF Ñuble Centro")
                    .doesNotContain("{{");
            assertThat(letter.children()).singleElement().satisfies(c -> {
                assertThat(c.childName()).isEqualTo(child.name());
                assertThat(c.childRut()).isEqualTo(child.rut());
            });
        });

        deliverAgain(new Events.ChildDeclaredIneligible(child.entryId(), scenario.program, scenario.opd, decidedOn,
                "No presenta indicadores de maltrato grave.", null, "PPF Ñuble Centro"));

        assertThat(lettersAbout(child.entryId(), LetterKind.NOT_ELIGIBLE)).hasSize(1);
    }

    @Test
    void aChildFoundNotProtectedDraftsTheProtectionChangeAndTheRequestToTheCourtWithTheMonitoringsNotes() {
        LetterScenario.Child child = scenario.waiting(scenario.court, 30);
        LocalDate found = today.minusDays(1);

        MonitoringLog.Recorded recorded = monitoring.record(scenario.director, child.entryId(),
                MonitoringActionKind.IN_PERSON_INTERVIEW, found, null, MonitoringOutcome.NOT_PROTECTED,
                "La abuela relata que el padre volvió al domicilio.");

        for (LetterKind kind : List.of(LetterKind.PROTECTION_CHANGE, LetterKind.JUDICIAL_REQUEST)) {
            assertThat(lettersAbout(child.entryId(), kind)).singleElement().satisfies(letter -> {
                assertThat(letter.recipientIsCourt()).isTrue();
                assertThat(letter.recipientName()).isEqualTo(scenario.referrerName(scenario.court));
                assertThat(letter.body()).contains(child.name())
                        .contains("con fecha " + ChileanDates.longDay(found))
                        .contains("La abuela relata que el padre volvió al domicilio.")
                        .doesNotContain("{{");
                assertThat(letter.children().get(0).courtRit()).isEqualTo("C-123-2026");
            });
        }

        deliverAgain(new cl.circuito.waitinglist.MonitoringEvents.ChildFoundNotProtected(child.entryId(),
                scenario.program, recorded.action().id(), recorded.judicialAction().id(), found));

        assertThat(lettersAbout(child.entryId(), LetterKind.PROTECTION_CHANGE)).hasSize(1);
        assertThat(lettersAbout(child.entryId(), LetterKind.JUDICIAL_REQUEST)).hasSize(1);
    }

    @Test
    void anAdmissionDraftsTheEffectiveAdmissionToTheCourtAndDiscardsThePendingEstimate() {
        LetterScenario.Child child = scenario.waiting(scenario.court, 30);
        assertThat(lettersAbout(child.entryId(), LetterKind.ESTIMATED_DATE)).singleElement()
                .extracting(Letter::status).isEqualTo(LetterStatus.DRAFT);
        YearMonth month = YearMonth.from(today);
        planning.confirm(scenario.director, scenario.program, month, List.of(child.entryId()), Map.of());
        admissions.recordInterview(scenario.director, child.entryId(), scenario.version(child), today, "NNA y su madre",
                true, "Pasaje Los Aromos 45, Concepción", null);

        admissions.admit(scenario.director, child.entryId(), scenario.version(child), today);

        assertThat(lettersAbout(child.entryId(), LetterKind.EFFECTIVE_ADMISSION)).singleElement().satisfies(letter -> {
            assertThat(letter.recipientIsCourt()).isTrue();
            assertThat(letter.body()).contains(child.name()).contains("con fecha " + ChileanDates.longDay(today));
            assertThat(letter.children().get(0).statedDate()).isEqualTo(today);
        });
        assertThat(lettersAbout(child.entryId(), LetterKind.ESTIMATED_DATE)).singleElement().satisfies(letter -> {
            assertThat(letter.status()).isEqualTo(LetterStatus.DISCARDED);
            assertThat(letter.discardReason()).contains("ingresó al programa");
        });

        deliverAgain(new AdmissionEvents.ChildAdmitted(child.entryId(), scenario.program, UUID.randomUUID(),
                scenario.court, today));

        assertThat(lettersAbout(child.entryId(), LetterKind.EFFECTIVE_ADMISSION)).hasSize(1);
    }

    @Test
    void becomingEligibleDraftsTheFirstEstimatedDateAndLeavingTheListDiscardsIt() {
        LetterScenario.Child child = scenario.waiting(scenario.court, 20);

        List<Letter> drafted = lettersAbout(child.entryId(), LetterKind.ESTIMATED_DATE);
        assertThat(drafted).singleElement().satisfies(letter -> {
            LocalDate stated = letter.children().get(0).statedDate();
            assertThat(stated).isAfter(today);
            assertThat(letter.body()).contains("se estima su ingreso para el " + ChileanDates.longDay(stated) + ".");
        });

        decisions.exit(scenario.director, child.entryId(), scenario.version(child), ExitReason.FAMILY_MOVED, today,
                "La familia se trasladó a Temuco.");

        assertThat(lettersAbout(child.entryId(), LetterKind.ESTIMATED_DATE)).singleElement().satisfies(letter -> {
            assertThat(letter.status()).isEqualTo(LetterStatus.DISCARDED);
            assertThat(letter.discardedByName()).isEqualTo("Circuito");
            assertThat(letter.discardReason()).contains("egresó de la lista de espera");
        });
    }
}
