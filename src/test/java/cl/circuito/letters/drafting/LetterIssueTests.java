package cl.circuito.letters.drafting;

import cl.circuito.shared.DomainException;
import cl.circuito.shared.text.ChileanDates;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Role;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issuing: the number, the frozen PDF, the refusals that take no number, scope, corrections, sending. */
@CircuitoTest
class LetterIssueTests {

    @Autowired Fixtures fixtures;
    @Autowired EntryDecisions decisions;
    @Autowired LetterManagement management;
    @Autowired JdbcClient jdbc;

    LetterScenario scenario;
    LocalDate today;
    int year;

    @BeforeEach
    void setUp() {
        scenario = new LetterScenario(fixtures, decisions, jdbc);
        today = LocalDate.now();
        year = today.getYear();
    }

    /** A draft about a child referred by the court, written by hand (no event involved). */
    private Letter draft(LetterScenario.Child child, LetterKind kind) {
        return management.draftByHand(scenario.director, child.entryId(), kind);
    }

    private Letter notEligibleDraft(LetterScenario.Child child) {
        decisions.declareNotEligible(scenario.director, child.entryId(), scenario.version(child), today,
                "El motivo de derivación corresponde a prevención focalizada.", null, "PPF Ñuble Centro");
        scenario.settle(scenario.program);
        UUID id = jdbc.sql("""
                select l.id from letter l join letter_child c on c.letter_id = l.id
                 where c.entry_id = ? and l.kind = 'NOT_ELIGIBLE'""").param(child.entryId()).query(UUID.class).single();
        return management.details(scenario.director, id).letter();
    }

    private Integer lastNumber() {
        return jdbc.sql("select last_number from letter_number where program_id = ? and year = ?")
                .params(scenario.program, year).query(Integer.class).optional().orElse(0);
    }

    private static void assertRefused(Runnable action, HttpStatus status, String field, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.status()).isEqualTo(status);
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }

    @Test
    void issuingNumbersSignsAndFreezesThePdfWithTheChildsNameTheLongDateAndTheCourtCase() {
        LetterScenario.Child child = scenario.refer(scenario.court, 12);
        Letter draft = notEligibleDraft(child);

        Letter issued = management.issue(scenario.director, draft.id(), draft.version());

        assertThat(issued.status()).isEqualTo(LetterStatus.ISSUED);
        assertThat(issued.numberLabel()).isEqualTo("N° 1/" + year);
        assertThat(issued.issuedOn()).isEqualTo(today);
        assertThat(issued.signerName()).isEqualTo(LetterScenario.DIRECTOR_NAME);
        assertThat(issued.disposeAfter()).isEqualTo(today.plusYears(5));
        LetterManagement.Pdf pdf = management.pdf(scenario.director, issued.id());
        assertThat(pdf.fileName()).isEqualTo("oficio-1-" + year + ".pdf");
        PdfText text = PdfText.of(pdf.content());
        assertThat(LetterScenario.flat(text.text()))
                .contains(LetterScenario.flat("Oficio N° 1/" + year))
                .contains(LetterScenario.flat(child.name()))
                .contains(child.rut())
                .contains(LetterScenario.flat("Concepción, " + ChileanDates.longDay(today)))
                .contains(LetterScenario.flat("ANT.: RIT C-123-2026 · RUC 2610012345-6"))
                .contains(LetterScenario.flat("Señor(a) Juez(a), " + scenario.referrerName(scenario.court)))
                .contains(LetterScenario.flat(LetterScenario.DIRECTOR_NAME))
                .contains("Directora")
                .contains(LetterScenario.flat("PPF Ñuble Centro"))
                .contains(LetterScenario.flat("Página 1 de 1"))
                .doesNotContain("BORRADOR");
        assertThat(text.isA4()).isTrue();
        assertThat(jdbc.sql("select sha256 from letter_pdf where letter_id = ?").param(issued.id()).query(String.class)
                .single()).isEqualTo(LetterIssuing.sha256(pdf.content()));
        assertThat(management.pdf(scenario.director, issued.id()).content()).isEqualTo(pdf.content());
        assertThat(jdbc.sql("select what from audit_event where subject_id = ? order by occurred_at")
                .param(issued.id()).query(String.class).list()).contains("letters.audit.issued", "letters.audit.pdf");
    }

    @Test
    void aFieldLeftUnfilledRefusesTheIssueNamingItAndTakesNoNumber() {
        LetterScenario.Child withoutRut = scenario.referWithoutRut(scenario.court, 8);
        Letter incomplete = notEligibleDraft(withoutRut);
        assertThat(incomplete.body()).contains("RUT {{nna_rut}}");

        assertRefused(() -> management.issue(scenario.director, incomplete.id(), incomplete.version()),
                HttpStatus.UNPROCESSABLE_CONTENT, "body", "letters.error.unfilled");
        assertRefused(() -> management.edit(scenario.director, incomplete.id(), incomplete.version(),
                incomplete.subject(), "  "), HttpStatus.UNPROCESSABLE_CONTENT, "body", "letters.error.required.body");

        assertThat(management.details(scenario.director, incomplete.id()).letter().status()).isEqualTo(LetterStatus.DRAFT);
        assertThat(lastNumber()).isZero();
        Letter complete = notEligibleDraft(scenario.refer(scenario.court, 5));
        assertThat(management.issue(scenario.director, complete.id(), complete.version()).number()).isEqualTo(1);

        Letter edited = management.edit(scenario.director, incomplete.id(), incomplete.version(), incomplete.subject(),
                incomplete.body().replace("RUT {{nna_rut}}", "sin RUT registrado"));
        assertThat(management.issue(scenario.director, edited.id(), edited.version()).number()).isEqualTo(2);
    }

    @Test
    void aProgramWithoutDirectorCannotIssueAndTakesNoNumber() {
        Letter draft = notEligibleDraft(scenario.refer(scenario.opd, 5));
        jdbc.sql("update program set director_user_id = null where id = ?").param(scenario.program).update();

        assertRefused(() -> management.issue(scenario.director, draft.id(), draft.version()),
                HttpStatus.UNPROCESSABLE_CONTENT, "signer", "letters.error.required.signer");
        assertThat(lastNumber()).isZero();
    }

    @Test
    void lettersIssuedAtOnceGetDistinctConsecutiveNumbers() throws Exception {
        int count = 6;
        List<Letter> drafts = IntStream.range(0, count)
                .mapToObj(i -> draft(scenario.refer(scenario.court, 10 + i), LetterKind.NOT_ELIGIBLE))
                .map(d -> management.edit(scenario.director, d.id(), d.version(), d.subject(),
                        d.body().replace("{{motivo}}", "Motivo de prueba").replace("{{programa_pertinente}}", "OPD")
                                .replace("{{programa_pertinente_contacto}}", "Fono 42 221 0000.")))
                .toList();
        ExecutorService pool = Executors.newFixedThreadPool(count);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Letter>> results = new ArrayList<>();
        for (Letter draft : drafts) {
            results.add(pool.submit(() -> {
                start.await();
                return management.issue(scenario.director, draft.id(), draft.version());
            }));
        }
        start.countDown();
        List<Integer> numbers = new ArrayList<>();
        for (Future<Letter> result : results) {
            numbers.add(result.get().number());
        }
        pool.shutdown();

        assertThat(numbers).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6);
        assertThat(lastNumber()).isEqualTo(count);
        assertThat(jdbc.sql("select count(distinct number) from letter where program_id = ? and year = ?")
                .params(scenario.program, year).query(Integer.class).single()).isEqualTo(count);
    }

    @Test
    void aLetterOrEntryOutsideTheUsersScopeIsNotFoundAndNothingIsIssued() {
        Letter draft = notEligibleDraft(scenario.refer(scenario.opd, 5));
        UUID otherProgram = fixtures.program("PPF", "08101");
        Actor stranger = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(otherProgram));

        assertRefused(() -> management.issue(stranger, draft.id(), draft.version()), HttpStatus.NOT_FOUND, null,
                "error.notFound.letter");
        assertRefused(() -> management.details(stranger, draft.id()), HttpStatus.NOT_FOUND, null,
                "error.notFound.letter");
        assertRefused(() -> management.draftByHand(stranger, scenario.refer(scenario.opd, 3).entryId(),
                LetterKind.NOT_ELIGIBLE), HttpStatus.NOT_FOUND, null, "error.notFound.entry");
        assertThat(management.details(scenario.director, draft.id()).letter().status()).isEqualTo(LetterStatus.DRAFT);
        assertThat(lastNumber()).isZero();
    }

    @Test
    void anIssuedLetterNeverChangesAndItsCorrectionCitesItInTheAnt() {
        Letter draft = notEligibleDraft(scenario.refer(scenario.court, 9));
        Letter issued = management.issue(scenario.director, draft.id(), draft.version());

        assertRefused(() -> management.edit(scenario.director, issued.id(), issued.version(), "Otra materia",
                "Otro texto"), HttpStatus.CONFLICT, null, "letters.error.transition.edit.ISSUED");

        Letter correction = management.correct(scenario.director, issued.id());
        assertThat(correction.correctsLetterId()).isEqualTo(issued.id());
        assertThat(correction.recipientName()).isEqualTo(issued.recipientName());
        assertThat(correction.children()).isEqualTo(issued.children());
        Letter corrected = management.issue(scenario.director, correction.id(), correction.version());

        assertThat(LetterScenario.flat(PdfText.of(management.pdf(scenario.director, corrected.id()).content()).text()))
                .contains(LetterScenario.flat("Oficio N° 2/" + year))
                .contains(LetterScenario.flat("ANT.: Corrige el Oficio N° 1/" + year + ", de " + ChileanDates.longDay(today)
                        + ", que queda sin efecto."));
        assertThat(management.details(scenario.director, issued.id()).correctedBy())
                .extracting(Letter::id).containsExactly(corrected.id());
    }

    @Test
    void theSendingIsRecordedAndADraftIsDiscardedWithAReasonWithoutANumber() {
        Letter toIssue = notEligibleDraft(scenario.refer(scenario.court, 9));
        Letter issued = management.issue(scenario.director, toIssue.id(), toIssue.version());
        assertRefused(() -> management.recordSending(scenario.director, issued.id(), issued.version(),
                SendingChannel.EMAIL, today.plusDays(1), null),
                HttpStatus.UNPROCESSABLE_CONTENT, "sentOn", "letters.error.sentOn.future");

        Letter sent = management.recordSending(scenario.director, issued.id(), issued.version(),
                SendingChannel.COURT_PLATFORM, today, "OJV 2026-000123");
        assertThat(sent.status()).isEqualTo(LetterStatus.SENT);
        assertThat(sent.sentReference()).isEqualTo("OJV 2026-000123");

        Letter draft = draft(scenario.refer(scenario.court, 4), LetterKind.PROTECTION_CHANGE);
        assertRefused(() -> management.discard(scenario.director, draft.id(), draft.version(), " "),
                HttpStatus.UNPROCESSABLE_CONTENT, "reason", "letters.error.required.reason");
        Letter discarded = management.discard(scenario.director, draft.id(), draft.version(), "Se informó por otra vía.");
        assertThat(discarded.status()).isEqualTo(LetterStatus.DISCARDED);
        assertThat(discarded.number()).isNull();
        assertThat(lastNumber()).isEqualTo(1);
    }

    @Test
    void aDraftPreviewIsMarkedAsADraftAndIsNotKept() {
        Letter draft = notEligibleDraft(scenario.refer(scenario.court, 6));

        PdfText preview = PdfText.of(management.preview(scenario.director, draft.id()).content());

        assertThat(LetterScenario.flat(preview.text())).contains(LetterScenario.flat("BORRADOR — sin número"))
                .contains(LetterScenario.flat(LetterScenario.DIRECTOR_NAME))
                .doesNotContain("Oficio N°");
        assertThat(jdbc.sql("select count(*) from letter_pdf where letter_id = ?").param(draft.id())
                .query(Long.class).single()).isZero();
    }

    @Test
    void draftingTheSameLetterByHandTwiceOpensThePendingDraftInsteadOfASecondOne() {
        LetterScenario.Child child = scenario.refer(scenario.court, 5);
        Letter first = draft(child, LetterKind.PROTECTION_CHANGE);

        assertThat(draft(child, LetterKind.PROTECTION_CHANGE).id()).isEqualTo(first.id());
        assertThat(draft(child, LetterKind.JUDICIAL_REQUEST).id()).isNotEqualTo(first.id());
    }
}
