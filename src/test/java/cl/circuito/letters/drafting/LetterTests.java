package cl.circuito.letters.drafting;

import cl.circuito.letters.templates.LetterTemplates;
import cl.circuito.letters.templates.Signature;
import cl.circuito.shared.Versions;
import cl.circuito.shared.documents.PaperSize;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rules the {@link Letter} aggregate guards, without Spring or a database: what a draft may become, what
 * issuing checks before a number is spent, how a sending is recorded, that a discarded draft never had a number, and
 * the five years of retention before disposal. The number itself comes from the program's counter
 * ({@code LetterNumbers}, tested with the database in {@code LetterIssueTests}); here it is a given value.
 */
class LetterTests {

    private static final UUID PROGRAM = UUID.randomUUID();
    private static final Recipient COURT = new Recipient(UUID.randomUUID(), "Juzgado de Familia de Valparaíso", true);
    private static final Recipient OPD = new Recipient(UUID.randomUUID(), "OPD Viña del Mar", false);
    private static final Signature DIRECTOR = new Signature("Ana Rojas", "Directora", "PRM Costa", "ONG Costa");
    private static final LocalDate ISSUED_ON = LocalDate.of(2026, 3, 10);
    private static final Instant NOW = Instant.parse("2026-03-10T15:00:00Z");
    private static final LetterChild CHILD = new LetterChild(UUID.randomUUID(), "Camila Soto Pérez", "11.111.111-1",
            "C-123-2026", "2600000001-1", LocalDate.of(2026, 5, 4));

    private static Letter aDraft(LetterKind kind, Recipient to, String body) {
        return Letter.draft(PROGRAM, kind, to,
                new LetterTemplates.Filled("Informa fecha estimada de ingreso", "De mi consideración:", body,
                        "Saluda atentamente,", Map.of()),
                Map.of("fecha_estimada", "04-05-2026"), List.of(CHILD), "estimate:1", null, "Circuito", NOW);
    }

    private static Letter aDraft() {
        return aDraft(LetterKind.ESTIMATED_DATE, COURT, "Se estima su ingreso para el 04-05-2026.");
    }

    private static Letter anIssuedLetter() {
        Letter letter = aDraft();
        letter.issue(2026, 7, ISSUED_ON, DIRECTOR, PaperSize.LETTER, UUID.randomUUID(), "Ana Rojas", NOW);
        return letter;
    }

    private static void refused(Executable change, String field, String messageKey) {
        assertThatThrownBy(change::execute).isInstanceOfSatisfying(LetterRuleViolation.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(messageKey);
        });
    }

    private static void conflict(Executable change, String messageKey) {
        assertThatThrownBy(change::execute).isInstanceOfSatisfying(LetterRuleViolation.class, e -> {
            assertThat(e.status().value()).isEqualTo(409);
            assertThat(e.messageKey()).isEqualTo(messageKey);
        });
    }

    // ---------------------------------------------------------------- drafting

    @Test
    void aNewDraftHasNoNumberYetAndFollowsTheFactsItWasFilledWith() {
        Letter letter = aDraft();

        assertThat(letter.status()).isEqualTo(LetterStatus.DRAFT);
        assertThat(letter.number()).isNull();
        assertThat(letter.numberLabel()).isNull();
        assertThat(letter.followsFacts()).isTrue();
        assertThat(letter.statedFacts()).containsEntry("fecha_estimada", "04-05-2026");
        assertThat(letter.textEdited()).isFalse();
        assertThat(letter.recipient()).isEqualTo(COURT);
    }

    @Test
    void aLetterIsAboutAtLeastOneChild() {
        assertThatThrownBy(() -> Letter.draft(PROGRAM, LetterKind.ESTIMATED_DATE, COURT,
                new LetterTemplates.Filled("Materia", null, "Texto", null, Map.of()), null, List.of(), null, null,
                "Circuito", NOW)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLetterCopiedFromAnotherDoesNotFollowTheFactsAndABlankSalutationIsNone() {
        Letter copy = Letter.draft(PROGRAM, LetterKind.ESTIMATED_DATE, COURT,
                new LetterTemplates.Filled("Materia", "  ", "Texto", null, Map.of()), null, List.of(CHILD), null,
                UUID.randomUUID(), "Ana Rojas", NOW);

        assertThat(copy.followsFacts()).isFalse();
        assertThat(copy.statedFacts()).isEmpty();
        assertThat(copy.salutation()).isNull();
    }

    @Test
    void theDirectorsEditIsTheirTextTrimmed() {
        Letter letter = aDraft();

        letter.edit("  Fecha estimada de ingreso ", " Texto de la directora. ", "Ana Rojas", NOW.plusSeconds(60));

        assertThat(letter.subject()).isEqualTo("Fecha estimada de ingreso");
        assertThat(letter.body()).isEqualTo("Texto de la directora.");
        assertThat(letter.textEdited()).isTrue();
        assertThat(letter.updatedByName()).isEqualTo("Ana Rojas");
    }

    @Test
    void anEditNeedsASubjectAndATextOfPlainWordsOfASensibleLength() {
        Letter letter = aDraft();

        refused(() -> letter.edit(" ", "Texto", "Ana Rojas", NOW), "subject", "letters.error.required.subject");
        refused(() -> letter.edit("Materia", null, "Ana Rojas", NOW), "body", "letters.error.required.body");
        refused(() -> letter.edit("x".repeat(Letter.MAX_SUBJECT + 1), "Texto", "Ana Rojas", NOW), "subject",
                "letters.error.tooLong.subject");
        refused(() -> letter.edit("Materia", "Texto <script>alert(1)</script>", "Ana Rojas", NOW), "body",
                "letters.error.markup");
        assertThat(letter.textEdited()).isFalse();
    }

    @Test
    void theDirectorsAddresseeStaysTheirsAndAJudicialRequestGoesToACourtOnly() {
        Letter letter = aDraft();
        letter.readdress(OPD, note(LetterNote.Kind.READDRESSED), NOW);

        assertThat(letter.recipient()).isEqualTo(OPD);
        assertThat(letter.addresseeChosen()).isTrue();
        assertThat(letter.notes()).extracting(LetterNote::kind).containsExactly(LetterNote.Kind.READDRESSED);

        Letter request = aDraft(LetterKind.JUDICIAL_REQUEST, COURT, "Solicita medida cautelar.");
        refused(() -> request.readdress(OPD, note(LetterNote.Kind.READDRESSED), NOW), "referrerId",
                "letters.error.recipient.notCourt");
        refused(() -> request.readdress(null, note(LetterNote.Kind.READDRESSED), NOW), "referrerId",
                "letters.error.required.addressee");
    }

    // ---------------------------------------------------------------- issuing and numbering

    @Test
    void issuingNumbersDatesAndSignsTheLetterAndStartsItsFiveYearsOfRetention() {
        Letter letter = anIssuedLetter();

        assertThat(letter.status()).isEqualTo(LetterStatus.ISSUED);
        assertThat(letter.status().isIssued()).isTrue();
        assertThat(letter.year()).isEqualTo(2026);
        assertThat(letter.number()).isEqualTo(7);
        assertThat(letter.numberLabel()).isEqualTo("N° 7/2026");
        assertThat(letter.issuedOn()).isEqualTo(ISSUED_ON);
        assertThat(letter.signerName()).isEqualTo("Ana Rojas");
        assertThat(letter.signerPosition()).isEqualTo("Directora");
        assertThat(letter.programName()).isEqualTo("PRM Costa");
        assertThat(letter.institutionName()).isEqualTo("ONG Costa");
        assertThat(letter.paperSize()).isEqualTo(PaperSize.LETTER);
        assertThat(letter.disposeAfter()).isEqualTo(ISSUED_ON.plusYears(Letter.RETENTION_YEARS))
                .isEqualTo(LocalDate.of(2031, 3, 10));
    }

    @Test
    void anIssuedLetterNeverChangesAndIsNeverNumberedTwice() {
        Letter letter = anIssuedLetter();

        conflict(() -> letter.edit("Otra materia", "Otro texto", "Ana Rojas", NOW), "letters.error.transition.edit.ISSUED");
        conflict(() -> letter.issue(2026, 8, ISSUED_ON, DIRECTOR, PaperSize.A4, UUID.randomUUID(), "Ana Rojas", NOW),
                "letters.error.transition.issue.ISSUED");
        conflict(() -> letter.readdress(OPD, note(LetterNote.Kind.READDRESSED), NOW),
                "letters.error.transition.edit.ISSUED");
        assertThat(letter.numberLabel()).isEqualTo("N° 7/2026");
        assertThat(letter.paperSize()).isEqualTo(PaperSize.LETTER);
    }

    @Test
    void aTemplateFieldLeftUnfilledStopsTheIssueBeforeANumberIsTaken() {
        Letter letter = aDraft(LetterKind.ESTIMATED_DATE, COURT, "El NNA, RUT {{nna_rut}}, ingresará el {{ fecha }}.");

        assertThatThrownBy(letter::requireIssuable).isInstanceOfSatisfying(LetterRuleViolation.class, e -> {
            assertThat(e.field()).isEqualTo("body");
            assertThat(e.messageKey()).isEqualTo("letters.error.unfilled");
            assertThat(e.arguments()).containsExactly("{{nna_rut}}, {{fecha}}");
        });
        refused(() -> letter.issue(2026, 7, ISSUED_ON, DIRECTOR, PaperSize.A4, UUID.randomUUID(), "Ana Rojas", NOW),
                "body", "letters.error.unfilled");
        assertThat(letter.status()).isEqualTo(LetterStatus.DRAFT);
        assertThat(letter.number()).isNull();
    }

    @Test
    void aLetterWithoutAnAddresseeIsNotIssued() {
        refused(aDraft(LetterKind.ESTIMATED_DATE, null, "Texto.")::requireIssuable, "recipient",
                "letters.error.required.recipient");
        // The court of a request is chosen by the director when the referrer was not one.
        refused(aDraft(LetterKind.JUDICIAL_REQUEST, null, "Solicita medida cautelar.")::requireIssuable, "recipient",
                "letters.error.required.court");
        refused(aDraft(LetterKind.JUDICIAL_REQUEST, OPD, "Solicita medida cautelar.")::requireIssuable, "recipient",
                "letters.error.recipient.notCourt");
    }

    @Test
    void aLetterIsSignedBySomeone() {
        Letter letter = aDraft();

        refused(() -> letter.issue(2026, 7, ISSUED_ON, new Signature(" ", "Directora", "PRM Costa", "ONG Costa"),
                PaperSize.A4, UUID.randomUUID(), "Ana Rojas", NOW), "signer", "letters.error.required.signer");
        assertThat(letter.status()).isEqualTo(LetterStatus.DRAFT);
    }

    @Test
    void aDraftWhoseFactsChangedUnderTheDirectorsTextWaitsForTheirReviewBeforeItIsIssued() {
        Letter letter = aDraft();
        letter.edit("Fecha estimada", "Texto de la directora: ingresará el 04-05-2026.", "Ana Rojas", NOW);
        Instant changed = NOW.plusSeconds(3600);

        letter.factsChanged(COURT, List.of(CHILD.stating(LocalDate.of(2026, 6, 1))), note(LetterNote.Kind.FACTS_CHANGED),
                changed);
        letter.factsChanged(COURT, List.of(CHILD.stating(LocalDate.of(2026, 6, 8))), null, changed.plusSeconds(60));

        assertThat(letter.factsChangedAt()).as("marked since the first change").isEqualTo(changed);
        assertThat(letter.body()).as("their words stay").isEqualTo("Texto de la directora: ingresará el 04-05-2026.");
        assertThat(letter.children()).extracting(LetterChild::statedDate).containsExactly(LocalDate.of(2026, 6, 8));
        assertThatThrownBy(() -> letter.issue(2026, 7, ISSUED_ON, DIRECTOR, PaperSize.A4, UUID.randomUUID(),
                "Ana Rojas", NOW)).isInstanceOfSatisfying(LetterRuleViolation.class, e -> {
                    assertThat(e.status().value()).isEqualTo(409);
                    assertThat(e.field()).isEqualTo("body");
                    assertThat(e.messageKey()).isEqualTo("letters.error.factsChanged.marked");
                });

        letter.confirmFacts(COURT, letter.children(), Map.of("fecha_estimada", "08-06-2026"),
                note(LetterNote.Kind.CONFIRMED), changed.plusSeconds(120));
        letter.issue(2026, 7, ISSUED_ON, DIRECTOR, PaperSize.A4, UUID.randomUUID(), "Ana Rojas", NOW);

        assertThat(letter.numberLabel()).isEqualTo("N° 7/2026");
        assertThat(letter.notes()).extracting(LetterNote::kind)
                .containsExactly(LetterNote.Kind.FACTS_CHANGED, LetterNote.Kind.CONFIRMED);
    }

    @Test
    void aChangeNamesTheVersionItWasBasedOn() {
        Letter letter = aDraft();

        letter.requireVersion(0L);
        assertThatThrownBy(() -> letter.requireVersion(2L)).isInstanceOfSatisfying(Versions.Stale.class,
                e -> assertThat(e.messageKey()).isEqualTo("letters.error.changedMeanwhile"));
        assertThatThrownBy(() -> letter.requireVersion(null)).isInstanceOfSatisfying(Versions.Missing.class,
                e -> assertThat(e.field()).isEqualTo("version"));
    }

    // ---------------------------------------------------------------- sending

    @Test
    void recordingTheSendingMarksTheLetterSentAndMayBeCorrected() {
        Letter letter = anIssuedLetter();
        LocalDate today = ISSUED_ON.plusDays(3);

        letter.recordSending(SendingChannel.COURT_PLATFORM, ISSUED_ON.plusDays(1), "  OJV-123 ", today, "Ana Rojas",
                NOW);

        assertThat(letter.status()).isEqualTo(LetterStatus.SENT);
        assertThat(letter.status().isIssued()).as("a sent letter is still an issued one").isTrue();
        assertThat(letter.sentVia()).isEqualTo(SendingChannel.COURT_PLATFORM);
        assertThat(letter.sentOn()).isEqualTo(ISSUED_ON.plusDays(1));
        assertThat(letter.sentReference()).isEqualTo("OJV-123");
        assertThat(letter.sentRecordedByName()).isEqualTo("Ana Rojas");

        letter.recordSending(SendingChannel.EMAIL, ISSUED_ON.plusDays(2), " ", today, "Ana Rojas", NOW);

        assertThat(letter.sentVia()).isEqualTo(SendingChannel.EMAIL);
        assertThat(letter.sentOn()).isEqualTo(ISSUED_ON.plusDays(2));
        assertThat(letter.sentReference()).isNull();
        assertThat(letter.numberLabel()).as("the sending describes the letter, it does not change it")
                .isEqualTo("N° 7/2026");
    }

    @Test
    void onlyAnIssuedLetterIsSent() {
        conflict(() -> aDraft().recordSending(SendingChannel.COURT_PLATFORM, ISSUED_ON, null, ISSUED_ON, "Ana Rojas",
                NOW), "letters.error.transition.send.DRAFT");
    }

    @Test
    void aSendingNamesItsChannelAndADayBetweenTheIssueAndToday() {
        Letter letter = anIssuedLetter();
        LocalDate today = ISSUED_ON.plusDays(5);

        refused(() -> letter.recordSending(null, ISSUED_ON, null, today, "Ana Rojas", NOW), "sentVia",
                "letters.error.required.sentVia");
        refused(() -> letter.recordSending(SendingChannel.COURT_PLATFORM, null, null, today, "Ana Rojas", NOW),
                "sentOn", "letters.error.required.sentOn");
        refused(() -> letter.recordSending(SendingChannel.COURT_PLATFORM, today.plusDays(1), null, today, "Ana Rojas",
                NOW), "sentOn", "letters.error.sentOn.future");
        refused(() -> letter.recordSending(SendingChannel.COURT_PLATFORM, ISSUED_ON.minusDays(1), null, today,
                "Ana Rojas", NOW), "sentOn", "letters.error.sentOn.beforeIssue");
        assertThat(letter.status()).isEqualTo(LetterStatus.ISSUED);

        letter.recordSending(SendingChannel.COURT_PLATFORM, ISSUED_ON, null, ISSUED_ON, "Ana Rojas", NOW);
        assertThat(letter.sentOn()).as("the day of issue and today are both allowed").isEqualTo(ISSUED_ON);
    }

    // ---------------------------------------------------------------- discarding (voiding a draft)

    @Test
    void aDraftNoLongerNeededIsDiscardedWithItsReasonAndNeverHadANumber() {
        Letter letter = aDraft();

        letter.discard("  El NNA egresó antes del envío ", "Ana Rojas", NOW);

        assertThat(letter.status()).isEqualTo(LetterStatus.DISCARDED);
        assertThat(letter.discardReason()).isEqualTo("El NNA egresó antes del envío");
        assertThat(letter.discardedByName()).isEqualTo("Ana Rojas");
        assertThat(letter.discardedAt()).isEqualTo(NOW);
        assertThat(letter.numberLabel()).isNull();
        conflict(() -> letter.issue(2026, 7, ISSUED_ON, DIRECTOR, PaperSize.A4, UUID.randomUUID(), "Ana Rojas", NOW),
                "letters.error.transition.issue.DISCARDED");
        conflict(() -> letter.edit("Materia", "Texto", "Ana Rojas", NOW), "letters.error.transition.edit.DISCARDED");
    }

    @Test
    void aDiscardSaysWhy() {
        Letter letter = aDraft();

        refused(() -> letter.discard(" ", "Ana Rojas", NOW), "reason", "letters.error.required.reason");
        assertThat(letter.status()).isEqualTo(LetterStatus.DRAFT);
    }

    @Test
    void aDraftTheFactsNoLongerCallForIsDiscardedByCircuito() {
        Letter letter = aDraft();

        letter.supersede("El NNA ya no espera", NOW);

        assertThat(letter.status()).isEqualTo(LetterStatus.DISCARDED);
        assertThat(letter.discardedByName()).isEqualTo(LetterDrafting.SYSTEM_NAME);
    }

    @Test
    void anIssuedLetterIsNotDiscarded() {
        Letter issued = anIssuedLetter();

        conflict(() -> issued.discard("Ya no sirve", "Ana Rojas", NOW), "letters.error.transition.discard.ISSUED");
        conflict(() -> issued.supersede("El NNA ya no espera", NOW), "letters.error.transition.discard.ISSUED");
        assertThat(issued.status()).isEqualTo(LetterStatus.ISSUED);
    }

    // ---------------------------------------------------------------- retention and disposal

    @Test
    void anIssuedLetterIsDisposedOfOnlyOnceItsFiveYearsHavePassed() {
        Letter letter = anIssuedLetter();
        LocalDate lastDayKept = ISSUED_ON.plusYears(5).minusDays(1);

        assertThatThrownBy(() -> letter.dispose("Plazo cumplido", lastDayKept, "Ana Rojas", NOW))
                .isInstanceOfSatisfying(LetterRuleViolation.class, e -> {
                    assertThat(e.status().value()).isEqualTo(409);
                    assertThat(e.messageKey()).isEqualTo("letters.error.dispose.tooEarly");
                    assertThat(e.arguments()).containsExactly("10-03-2031");
                });
        assertThat(letter.status()).isEqualTo(LetterStatus.ISSUED);

        letter.dispose("Plazo de conservación cumplido", ISSUED_ON.plusYears(5), "Ana Rojas", NOW);

        assertThat(letter.status()).isEqualTo(LetterStatus.DISPOSED);
    }

    @Test
    void disposalErasesTheTextAndTheChildrenButKeepsTheNumberKindAndAddressee() {
        Letter letter = anIssuedLetter();
        letter.recordSending(SendingChannel.COURT_PLATFORM, ISSUED_ON, "OJV-1", ISSUED_ON, "Ana Rojas", NOW);
        Instant disposedAt = NOW.plusSeconds(5L * 366 * 24 * 3600);

        letter.dispose("  Plazo de conservación cumplido ", ISSUED_ON.plusYears(6), "Luis Díaz", disposedAt);

        assertThat(letter.subject()).isNull();
        assertThat(letter.body()).isNull();
        assertThat(letter.children()).singleElement().satisfies(child -> {
            assertThat(child.entryId()).isEqualTo(CHILD.entryId());
            assertThat(child.childName()).isNull();
            assertThat(child.childRut()).isNull();
            assertThat(child.courtRit()).isNull();
            assertThat(child.courtRuc()).isNull();
            assertThat(child.statedDate()).isNull();
        });
        assertThat(letter.numberLabel()).as("the register still shows no gap").isEqualTo("N° 7/2026");
        assertThat(letter.kind()).isEqualTo(LetterKind.ESTIMATED_DATE);
        assertThat(letter.recipientName()).isEqualTo(COURT.name());
        assertThat(letter.issuedOn()).isEqualTo(ISSUED_ON);
        assertThat(letter.sentOn()).isEqualTo(ISSUED_ON);
        assertThat(letter.disposalReason()).isEqualTo("Plazo de conservación cumplido");
        assertThat(letter.disposedByName()).isEqualTo("Luis Díaz");
        assertThat(letter.disposedAt()).isEqualTo(disposedAt);
    }

    @Test
    void onlyAnIssuedLetterIsDisposedOfOnceAndWithAReason() {
        LocalDate later = ISSUED_ON.plusYears(10);
        conflict(() -> aDraft().dispose("Plazo cumplido", later, "Ana Rojas", NOW),
                "letters.error.transition.dispose.DRAFT");
        Letter discarded = aDraft();
        discarded.discard("No se envió", "Ana Rojas", NOW);
        conflict(() -> discarded.dispose("Plazo cumplido", later, "Ana Rojas", NOW),
                "letters.error.transition.dispose.DISCARDED");

        Letter letter = anIssuedLetter();
        refused(() -> letter.dispose(null, later, "Ana Rojas", NOW), "reason", "letters.error.required.reason");
        letter.dispose("Plazo cumplido", later, "Ana Rojas", NOW);
        conflict(() -> letter.dispose("Otra vez", later, "Ana Rojas", NOW), "letters.error.transition.dispose.DISPOSED");
    }

    private static LetterNote note(LetterNote.Kind kind) {
        return new LetterNote(NOW, "Ana Rojas", kind, null);
    }
}
