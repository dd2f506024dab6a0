package cl.circuito.letters.drafting;

import cl.circuito.shared.text.ChileanDates;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import cl.circuito.waitinglist.entry.EntryDecisions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The estimated-date letters follow the estimate: one pending draft per child, updates beyond the threshold. */
@CircuitoTest
class EstimateLettersTests {

    @Autowired Fixtures fixtures;
    @Autowired EntryDecisions decisions;
    @Autowired EstimateLetters estimates;
    @Autowired LetterManagement management;
    @Autowired Letters letters;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;
    @Autowired EstimateWords words;

    LetterScenario scenario;
    LetterScenario.Child child;

    @BeforeEach
    void setUp() {
        scenario = new LetterScenario(fixtures, decisions, jdbc);
        child = scenario.waiting(scenario.court, 20);
        scenario.settle(scenario.program);
    }

    private List<Letter> estimateLetters() {
        List<UUID> ids = jdbc.sql("""
                        select l.id from letter l join letter_child c on c.letter_id = l.id
                         where c.entry_id = ? and l.kind in ('ESTIMATED_DATE', 'ESTIMATED_DATE_UPDATE')
                         order by l.created_at""")
                .param(child.entryId()).query(UUID.class).list();
        return transactions.execute(status -> ids.stream().map(id -> {
            Letter letter = letters.findById(id).orElseThrow();
            letter.children();
            letter.notes();
            return letter;
        }).toList());
    }

    private List<Letter> drafts() {
        return estimateLetters().stream().filter(l -> l.status() == LetterStatus.DRAFT).toList();
    }

    /** The waiting list recomputed the child's estimate to this date, and the letters follow it. */
    private void follow(LocalDate date) {
        scenario.estimate(child.entryId(), date);
        transactions.executeWithoutResult(status -> estimates.follow(child.entryId(), scenario.program, date));
    }

    private LocalDate stated(Letter letter) {
        return letter.children().get(0).statedDate();
    }

    @Test
    void theDraftSaysHowSureTheEstimateIsAFreePlaceBeingThere() {
        // A new program of 50 places without cases: the child's rank 1 is within the free places.
        Letter first = drafts().get(0);

        assertThat(first.body()).contains("se estima su ingreso para el " + ChileanDates.longDay(stated(first))
                + ". Hay un cupo libre para su lugar en la prelación, por lo que se prevé su ingreso en esa fecha.");
    }

    @Test
    void theLettersStateTheNinetyPercentDateAndWhereTheEstimateComesFrom() {
        LocalDate latest = LocalDate.of(2027, 5, 3);

        assertThat(words.sentence(new cl.circuito.waitinglist.LetterFacts.EstimateRange(latest,
                cl.circuito.waitinglist.EstimateCertainty.OBSERVED, 9, 6)))
                .isEqualTo("Con un 90 % de probabilidad, ingresará a más tardar el 3 de mayo de 2027. Esta estimación se "
                        + "basa en los 9 egresos del programa en los últimos 6 meses.");
        assertThat(words.sentence(new cl.circuito.waitinglist.LetterFacts.EstimateRange(latest,
                cl.circuito.waitinglist.EstimateCertainty.UNCERTAIN, 0, 6)))
                .isEqualTo("Con un 90 % de probabilidad, ingresará a más tardar el 3 de mayo de 2027. El programa aún no "
                        + "tiene historia suficiente de egresos: la fecha es incierta.");
        // An estimate from before ranges were computed says only that the date may move.
        assertThat(words.sentence(new cl.circuito.waitinglist.LetterFacts.EstimateRange(null,
                cl.circuito.waitinglist.EstimateCertainty.UNCERTAIN, 0, 6)))
                .startsWith("Esta fecha puede variar.");
        assertThat(words.latest(new cl.circuito.waitinglist.LetterFacts.EstimateRange(latest,
                cl.circuito.waitinglist.EstimateCertainty.OBSERVED, 9, 6))).isEqualTo("3 de mayo de 2027");
    }

    @Test
    void aPendingDraftFollowsTheEstimateInsteadOfASecondDraftAndTheSameChangeTwiceChangesNothing() {
        Letter first = drafts().get(0);
        LocalDate moved = stated(first).plusDays(7);

        follow(moved);
        follow(moved);

        assertThat(estimateLetters()).singleElement().satisfies(letter -> {
            assertThat(letter.id()).isEqualTo(first.id());
            assertThat(stated(letter)).isEqualTo(moved);
            assertThat(letter.body()).contains("el " + ChileanDates.longDay(moved) + ".")
                    .doesNotContain(ChileanDates.longDay(stated(first)));
            assertThat(letter.updatedByName()).isEqualTo(LetterDrafting.SYSTEM_NAME);
            assertThat(letter.notes()).last().satisfies(note -> {
                assertThat(note.kind()).isEqualTo(LetterNote.Kind.RESTATED);
                assertThat(note.detail()).contains(ChileanDates.longDay(moved));
            });
        });
    }

    @Test
    void aDraftTheDirectorEditedKeepsTheirWordsWithTheNewDate() {
        Letter first = drafts().get(0);
        LocalDate old = stated(first);
        management.edit(scenario.director, first.id(), first.version(), first.subject(),
                first.body() + "\n\nSe adjunta informe de monitoreo.");
        LocalDate moved = old.plusMonths(1);

        follow(moved);

        assertThat(drafts()).singleElement().satisfies(letter -> assertThat(letter.body())
                .contains("Se adjunta informe de monitoreo.")
                .contains(ChileanDates.longDay(moved))
                .doesNotContain(ChileanDates.longDay(old)));
    }

    @Test
    void afterIssueOnlyAMoveOfAtLeastTheThresholdDraftsAnUpdateCitingTheStatedDate() {
        Letter first = drafts().get(0);
        LocalDate stated = stated(first);
        management.issue(scenario.director, first.id(), first.version());

        follow(stated.plusDays(29));
        assertThat(drafts()).isEmpty();

        follow(stated.plusDays(45));
        assertThat(drafts()).singleElement().satisfies(update -> {
            assertThat(update.kind()).isEqualTo(LetterKind.ESTIMATED_DATE_UPDATE);
            assertThat(stated(update)).isEqualTo(stated.plusDays(45));
            assertThat(update.body()).contains("informada anteriormente para el " + ChileanDates.longDay(stated)
                    + ", se actualiza al " + ChileanDates.longDay(stated.plusDays(45)));
        });

        follow(stated.plusDays(50));
        assertThat(drafts()).singleElement().satisfies(update -> assertThat(update.body())
                .contains("se actualiza al " + ChileanDates.longDay(stated.plusDays(50))));

        follow(stated.plusDays(4));
        assertThat(drafts()).isEmpty();
        assertThat(estimateLetters()).filteredOn(l -> l.kind() == LetterKind.ESTIMATED_DATE_UPDATE).singleElement()
                .satisfies(discarded -> {
                    assertThat(discarded.status()).isEqualTo(LetterStatus.DISCARDED);
                    assertThat(discarded.discardReason()).contains("menos de 30 días");
                });
    }

    @Test
    void theProgramsThresholdDecidesWhatMoveIsWorthAnUpdate() {
        jdbc.sql("""
                insert into letter_settings (program_id, estimate_threshold_days, updated_at, updated_by_name)
                values (?, 60, now(), 'Prueba')""").param(scenario.program).update();
        Letter first = drafts().get(0);
        LocalDate stated = stated(first);
        management.issue(scenario.director, first.id(), first.version());

        follow(stated.plusDays(45));
        assertThat(drafts()).isEmpty();

        follow(stated.minusDays(60));
        assertThat(drafts()).singleElement().extracting(Letter::kind).isEqualTo(LetterKind.ESTIMATED_DATE_UPDATE);
        assertThat(estimates.lastStated(child.entryId())).isEqualTo(stated);
    }
}
