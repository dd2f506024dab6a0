package cl.circuito.letters.drafting;

import cl.circuito.identity.Actors;
import cl.circuito.letters.templates.LetterDocument;
import cl.circuito.letters.templates.LetterLayout;
import cl.circuito.letters.templates.LetterSettings;
import cl.circuito.letters.templates.LetterSettingsRecords;
import cl.circuito.letters.templates.Signature;
import cl.circuito.network.ProgramSummary;
import cl.circuito.shared.text.ChileanDates;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.web.Messages;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Issuing, as the letter page and the monthly batch both do it, inside the caller's transaction: everything
 * that can refuse is checked before a number is taken (text complete, an addressee, the facts it states still
 * current, a director to sign); the number comes
 * from the program's counter, whose row stays locked until the transaction ends, so numbers are consecutive
 * and a failed issue gives its number back. The PDF is rendered once and stored; it is never rendered again.
 */
@Component
class LetterIssuing {

    private final Letters letters;
    private final LetterNumbers numbers;
    private final LetterPdfs pdfs;
    private final LetterDocument document;
    private final LetterDrafting drafting;
    private final DraftFollowing following;
    private final LetterSettingsRecords settings;
    private final Messages messages;
    private final Clock clock;

    LetterIssuing(Letters letters, LetterNumbers numbers, LetterPdfs pdfs, LetterDocument document,
                  LetterDrafting drafting, DraftFollowing following, LetterSettingsRecords settings,
                  Messages messages, Clock clock) {
        this.letters = letters;
        this.numbers = numbers;
        this.pdfs = pdfs;
        this.document = document;
        this.drafting = drafting;
        this.following = following;
        this.settings = settings;
        this.messages = messages;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    Letter issue(Letter letter, Actor actor) {
        letter.requireIssuable();
        following.requireCurrent(letter);
        ProgramSummary program = drafting.program(letter.programId());
        Signature signer = signer(program);
        LetterSettings programSettings = settings.forProgram(program.id());
        // The day in Chile (the application's clock): a letter issued at 23:30 in Santiago bears that day.
        LocalDate today = LocalDate.now(clock);
        int number = numbers.next(program.id(), today.getYear());
        letter.issue(today.getYear(), number, today, signer, programSettings.paperSize(), actor.userId(),
                actor.displayName(), clock.instant());
        byte[] pdf = document.render(layout(letter, program, programSettings, signer, today,
                "Oficio " + letter.numberLabel()));
        pdfs.save(new LetterPdf(letter.id(), pdf, sha256(pdf), clock.instant()));
        return letters.save(letter);
    }

    /** A draft as it would print today, marked as a draft and without number; never stored. */
    byte[] preview(Letter letter) {
        ProgramSummary program = drafting.program(letter.programId());
        Signature signer = drafting.director(program)
                .map(d -> new Signature(d.name(), d.position(), program.name(), program.institutionName()))
                .orElseGet(() -> new Signature(messages.get("letters.preview.noSigner"), null, program.name(),
                        program.institutionName()));
        return document.render(layout(letter, program, settings.forProgram(program.id()), signer, LocalDate.now(clock),
                null));
    }

    /** The program's director signs; a program without one (or whose director left) cannot issue. */
    Signature signer(ProgramSummary program) {
        return drafting.director(program)
                .map(d -> new Signature(d.name(), d.position(), program.name(), program.institutionName()))
                .orElseThrow(() -> LetterRuleViolation.invalid("signer", "letters.error.required.signer"));
    }

    private LetterLayout layout(Letter letter, ProgramSummary program, LetterSettings programSettings,
                                Signature signer, LocalDate date, String numberLabel) {
        String city = programSettings.city() != null ? programSettings.city() : program.comunaName();
        List<LetterChild> children = letter.children();
        boolean list = children.size() > 1 || letter.sourceKey() != null
                && DraftSource.of(letter.sourceKey(), null) == DraftSource.BATCH;
        return new LetterLayout(program.institutionId(), programSettings.paperSize(), numberLabel,
                city + ", " + ChileanDates.longDay(date), letter.subject(), references(letter, list),
                letter.recipientName(), letter.recipientIsCourt(), letter.salutation(), letter.body(), letter.closing(),
                list ? children : List.of(), signer);
    }

    /** ANT.: the court case of a letter about one child, and the letter a correction replaces. */
    private List<String> references(Letter letter, boolean list) {
        List<String> references = new ArrayList<>();
        if (!list && letter.recipientIsCourt() && !letter.children().isEmpty()) {
            LetterChild child = letter.children().get(0);
            if (child.courtRit() != null && child.courtRuc() != null) {
                references.add(messages.get("letters.pdf.references.court", child.courtRit(), child.courtRuc()));
            } else if (child.courtRit() != null) {
                references.add(messages.get("letters.pdf.references.rit", child.courtRit()));
            } else if (child.courtRuc() != null) {
                references.add(messages.get("letters.pdf.references.ruc", child.courtRuc()));
            }
        }
        if (letter.correctsLetterId() != null) {
            letters.findById(letter.correctsLetterId()).filter(old -> old.number() != null).ifPresent(old ->
                    references.add(messages.get("letters.pdf.references.corrects", old.numberLabel(),
                            ChileanDates.longDay(old.issuedOn()))));
        }
        return references;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
