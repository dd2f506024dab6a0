package cl.circuito.letters.drafting;

import cl.circuito.letters.templates.LetterTemplates;
import cl.circuito.letters.templates.Signature;
import cl.circuito.shared.documents.PaperSize;
import cl.circuito.shared.security.Actor;
import cl.circuito.testing.Fixtures;
import org.springframework.context.ApplicationContext;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Letters made straight with the aggregate (the issuing service is another feature): drafted, numbered with
 * the program's real counter, issued on a given date (years back, to test retention), optionally sent, with
 * a stored PDF. Fictional children; each letter is about waiting-list entries of the program.
 */
public final class RegisterLetters {

    private static final ZoneId CHILE = ZoneId.of("America/Santiago");

    private final Letters letters;
    private final LetterPdfs pdfs;
    private final LetterNumbers numbers;
    private final Fixtures fixtures;

    private RegisterLetters(Letters letters, LetterPdfs pdfs, LetterNumbers numbers, Fixtures fixtures) {
        this.letters = letters;
        this.pdfs = pdfs;
        this.numbers = numbers;
        this.fixtures = fixtures;
    }

    /** From the test's application context (the repositories are the module's own, not public). */
    public static RegisterLetters from(ApplicationContext context) {
        return new RegisterLetters(context.getBean(Letters.class), context.getBean(LetterPdfs.class),
                context.getBean(LetterNumbers.class), context.getBean(Fixtures.class));
    }

    /** A draft created at noon (Chile) of {@code createdOn}, about these children (names as the letter states them). */
    public Letter draft(Actor director, UUID program, UUID referrer, String referrerName, LetterKind kind,
                        LocalDate createdOn, String... childNames) {
        List<LetterChild> about = new ArrayList<>();
        for (String name : childNames) {
            UUID entry = fixtures.referral(director, program, referrer).surnamed("Registro").receivedDaysAgo(3)
                    .register().id();
            about.add(new LetterChild(entry, name, "11.111.111-1", "C-" + Fixtures.next() + "-2020", null, null));
        }
        Instant created = createdOn.atTime(12, 0).atZone(CHILE).toInstant();
        return letters.save(Letter.draft(program, kind, new Recipient(referrer, referrerName, true),
                new LetterTemplates.Filled("Materia de prueba", null,
                        "Texto del oficio sobre " + String.join(", ", childNames) + ".", null, null),
                null, about, null, null, "Directora de prueba", created));
    }

    /** Issued on {@code issuedOn} with the next number of that year, and its PDF stored. */
    public Letter issued(Actor director, UUID program, UUID referrer, String referrerName, LetterKind kind,
                         LocalDate issuedOn, String... childNames) {
        Letter letter = draft(director, program, referrer, referrerName, kind, issuedOn, childNames);
        int number = numbers.next(program, issuedOn.getYear());
        letter.issue(issuedOn.getYear(), number, issuedOn,
                new Signature("Directora de prueba", "Directora", "Programa de prueba", "Institución de prueba"),
                PaperSize.A4, director.userId(), director.displayName(), issuedOn.atTime(12, 0).atZone(CHILE).toInstant());
        Letter saved = letters.save(letter);
        byte[] pdf = ("%PDF-1.4 oficio " + saved.numberLabel()).getBytes(StandardCharsets.UTF_8);
        pdfs.save(new LetterPdf(saved.id(), pdf, "0".repeat(64), Instant.now()));
        return saved;
    }

    /** Issued on {@code issuedOn} and recorded as sent the same day through the court's platform. */
    public Letter sent(Actor director, UUID program, UUID referrer, String referrerName, LetterKind kind,
                       LocalDate issuedOn, String... childNames) {
        Letter letter = issued(director, program, referrer, referrerName, kind, issuedOn, childNames);
        letter.recordSending(SendingChannel.COURT_PLATFORM, issuedOn, "OJV-" + Fixtures.next(), LocalDate.now(CHILE),
                director.displayName(), Instant.now());
        return letters.save(letter);
    }

    public Letter discarded(Actor director, UUID program, UUID referrer, String referrerName, LocalDate createdOn,
                            String childName) {
        Letter letter = draft(director, program, referrer, referrerName, LetterKind.ESTIMATED_DATE, createdOn, childName);
        letter.discard("El NNA egresó antes del envío", director.displayName(), Instant.now());
        return letters.save(letter);
    }

    public Letter reload(UUID letterId) {
        return letters.findAllInProgram(List.of(letterId),
                letters.findById(letterId).orElseThrow().programId()).get(0);
    }

    public boolean hasPdf(UUID letterId) {
        return pdfs.existsById(letterId);
    }
}
