package cl.circuito.letters.drafting;

import cl.circuito.letters.templates.BatchMode;
import cl.circuito.shared.DomainException;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import cl.circuito.testing.PdfText;
import cl.circuito.waitinglist.entry.EntryDecisions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The monthly batch: all pending estimated-date drafts issued in one step, per referrer or per child. */
@CircuitoTest
class MonthlyBatchTests {

    private static final DateTimeFormatter TABLE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    @Autowired Fixtures fixtures;
    @Autowired EntryDecisions decisions;
    @Autowired MonthlyBatch batch;
    @Autowired LetterManagement management;
    @Autowired EstimateLetters estimates;
    @Autowired JdbcClient jdbc;

    LetterScenario scenario;
    LetterScenario.Child first;
    LetterScenario.Child second;
    LetterScenario.Child byOpd;
    int year;

    @BeforeEach
    void setUp() {
        scenario = new LetterScenario(fixtures, decisions, jdbc);
        first = scenario.waiting(scenario.court, 40);
        second = scenario.waiting(scenario.court, 30);
        byOpd = scenario.waiting(scenario.opd, 20);
        scenario.settle(scenario.program);
        year = LocalDate.now().getYear();
    }

    private LetterStatus status(UUID letterId) {
        return LetterStatus.valueOf(jdbc.sql("select status from letter where id = ?").param(letterId)
                .query(String.class).single());
    }

    @Test
    void theOverviewGroupsThePendingEstimatedDatesByReferrer() {
        MonthlyBatch.Overview overview = batch.overview(scenario.director, scenario.program);

        assertThat(overview.defaultMode()).isEqualTo(BatchMode.PER_COURT);
        assertThat(overview.draftCount()).isEqualTo(3);
        assertThat(overview.groups()).extracting(MonthlyBatch.Group::recipientName)
                .containsExactlyInAnyOrder(scenario.referrerName(scenario.court), scenario.referrerName(scenario.opd));
        assertThat(overview.groups()).filteredOn(MonthlyBatch.Group::court).singleElement()
                .satisfies(g -> assertThat(g.drafts()).extracting(d -> d.child().entryId())
                        .containsExactlyInAnyOrder(first.entryId(), second.entryId()));
    }

    @Test
    void perCourtIssuesOneListLetterPerReferrerWithConsecutiveNumbersAndDiscardsTheDraftsCitingIt() {
        MonthlyBatch.Overview overview = batch.overview(scenario.director, scenario.program);

        List<Letter> issued = batch.issue(scenario.director, scenario.program, BatchMode.PER_COURT, overview.letterIds());

        assertThat(issued).extracting(Letter::number).containsExactlyInAnyOrder(1, 2);
        Letter toCourt = issued.stream().filter(Letter::recipientIsCourt).findFirst().orElseThrow();
        assertThat(toCourt.kind()).isEqualTo(LetterKind.ESTIMATED_DATE);
        assertThat(toCourt.children()).extracting(LetterChild::entryId)
                .containsExactlyInAnyOrder(first.entryId(), second.entryId());
        String pdf = LetterScenario.flat(PdfText.of(management.pdf(scenario.director, toCourt.id()).content()).text());
        assertThat(pdf).contains(LetterScenario.flat("Oficio " + toCourt.numberLabel()))
                .contains(LetterScenario.flat(first.name())).contains(LetterScenario.flat(second.name()))
                .contains(LetterScenario.flat("de los 2 niños, niñas y adolescentes"));
        for (LetterChild child : toCourt.children()) {
            assertThat(pdf).contains(TABLE.format(child.statedDate()));
            assertThat(estimates.lastStated(child.entryId())).isEqualTo(child.statedDate());
        }
        overview.letterIds().forEach(id -> assertThat(status(id)).isEqualTo(LetterStatus.DISCARDED));
        assertThat(jdbc.sql("select discard_reason from letter where id = ?").param(overview.letterIds().get(0))
                .query(String.class).single()).startsWith("Incluido en el Oficio N° ").contains("/" + year);
        assertThat(batch.overview(scenario.director, scenario.program).groups()).isEmpty();
    }

    @Test
    void perChildIssuesEachDraftAsItIsWithConsecutiveNumbers() {
        MonthlyBatch.Overview overview = batch.overview(scenario.director, scenario.program);

        List<Letter> issued = batch.issue(scenario.director, scenario.program, BatchMode.PER_CHILD, overview.letterIds());

        assertThat(issued).extracting(Letter::id).containsExactlyInAnyOrderElementsOf(overview.letterIds());
        assertThat(issued).extracting(Letter::number).containsExactlyInAnyOrder(1, 2, 3);
        assertThat(issued).allSatisfy(l -> assertThat(l.status()).isEqualTo(LetterStatus.ISSUED));
    }

    @Test
    void ifOneLetterCannotBeIssuedNoneIsAndTheErrorNamesIt() {
        LetterScenario.Child withoutRut = scenario.eligible(scenario.referWithoutRut(scenario.court, 15), 15);
        scenario.settle(scenario.program);
        MonthlyBatch.Overview overview = batch.overview(scenario.director, scenario.program);
        assertThat(overview.draftCount()).isEqualTo(4);

        assertThatThrownBy(() -> batch.issue(scenario.director, scenario.program, BatchMode.PER_CHILD,
                overview.letterIds())).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.status()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
            assertThat(e.messageKey()).isEqualTo("letters.error.batch.failed");
            assertThat(e.arguments()[0]).isEqualTo(withoutRut.name());
            assertThat(String.valueOf(e.arguments()[1])).contains("{{nna_rut}}");
        });

        overview.letterIds().forEach(id -> assertThat(status(id)).isEqualTo(LetterStatus.DRAFT));
        assertThat(jdbc.sql("select count(*) from letter_number where program_id = ? and last_number > 0")
                .param(scenario.program).query(Long.class).single()).isZero();
    }

    @Test
    void aDraftThatChangedSinceThePageWasReadStopsTheBatch() {
        MonthlyBatch.Overview overview = batch.overview(scenario.director, scenario.program);
        UUID gone = overview.letterIds().get(0);
        Letter letter = management.details(scenario.director, gone).letter();
        management.discard(scenario.director, gone, letter.version(), "No corresponde.");

        assertThatThrownBy(() -> batch.issue(scenario.director, scenario.program, BatchMode.PER_COURT,
                overview.letterIds())).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.messageKey()).isEqualTo("letters.error.batch.changed"));
    }
}
