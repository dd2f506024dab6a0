package cl.circuito.letters.drafting;

import cl.circuito.letters.templates.LetterTemplates;
import cl.circuito.letters.templates.TemplateField;
import cl.circuito.network.NetworkEvents;
import cl.circuito.network.ProgramDirectory;
import cl.circuito.network.ReferrerSummary;
import cl.circuito.shared.text.ChileanDates;
import cl.circuito.shared.web.Messages;
import cl.circuito.waitinglist.EntryFactsEvent;
import cl.circuito.waitinglist.Events;
import cl.circuito.waitinglist.LetterFacts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Drafts follow the facts they state. After any change of an entry's facts (the waiting list's events, a
 * correction of the child, the network renaming a referrer or a program), every draft about it is read against
 * the current facts ({@link DraftStatements}):
 * <ul>
 *   <li>no longer called for (a decision reopened, an admission undone, a child off the list): superseded —
 *       discarded by Circuito with the reason, which the tray and the letter's history show;</li>
 *   <li>the addressee or the children as named changed: they follow (they are not part of the text);</li>
 *   <li>a fact the text states changed: Circuito writes its own text again; a text the director edited keeps
 *       their words — a changed date written once in it is replaced where it stands (a letter never states a date
 *       other than its own), any other change marks the draft "los hechos cambiaron" until the director
 *       regenerates it or confirms their text, because only they know what their words say.</li>
 * </ul>
 * Issuing checks again ({@link #requireCurrent}): an event not yet handled can never let a stale draft out.
 *
 * <p>Longer than our services usually are because it is one decision table, the list above, applied to every draft an
 * entry's change touches; its cases read best side by side.
 */
@Component
class DraftFollowing {

    /** Date fields (and the estimate's range sentence): the only facts replaced inside a text the director edited. */
    private static final List<String> DATE_FIELDS = List.of(TemplateField.FECHA_ESTIMADA.placeholder(),
            TemplateField.FECHA_ESTIMADA_ANTERIOR.placeholder(), TemplateField.FECHA_INGRESO.placeholder(),
            TemplateField.FECHA_CONSTATACION.placeholder(), TemplateField.FECHA_DECISION.placeholder(),
            TemplateField.FECHA_ESTIMADA_90.placeholder(),
            // Circuito's own sentence on the range moves with the date (its 90 % date, its basis): written once and
            // verbatim, it is replaced where it stands like a date, so an edited draft still follows a new estimate.
            TemplateField.ESTIMACION_CERTEZA.placeholder());

    private final Letters letters;
    private final DraftStatements statements;
    private final LetterDrafting drafting;
    private final LetterLocks locks;
    private final LetterFacts facts;
    private final ProgramDirectory programs;
    private final JdbcClient jdbc;
    private final Messages messages;
    private final Clock clock;

    DraftFollowing(Letters letters, DraftStatements statements, LetterDrafting drafting, LetterLocks locks,
                   LetterFacts facts, ProgramDirectory programs, JdbcClient jdbc, Messages messages, Clock clock) {
        this.letters = letters;
        this.statements = statements;
        this.drafting = drafting;
        this.locks = locks;
        this.facts = facts;
        this.programs = programs;
        this.jdbc = jdbc;
        this.messages = messages;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- when facts change

    @ApplicationModuleListener
    void on(EntryFactsEvent event) {
        if (event instanceof Events.ChildCorrected corrected) {
            followEntries(facts.entriesOfChild(corrected.childId()));
        } else {
            followEntries(List.of(event.entryId()));
        }
    }

    /** A program renamed, its director or contact data changed: its drafts, and those naming it as pertinent. */
    @ApplicationModuleListener
    void on(NetworkEvents.ProgramChanged event) {
        followEntries(jdbc.sql(DRAFTED_ENTRIES + " and (l.program_id = :program or l.kind = 'NOT_ELIGIBLE')")
                .param("program", event.programId()).query(UUID.class).list());
    }

    /** A referrer renamed or of another kind: the drafts addressed to it, naming it, or waiting for a court. */
    @ApplicationModuleListener
    void on(NetworkEvents.ReferrerChanged event) {
        followEntries(jdbc.sql(DRAFTED_ENTRIES + " and (l.referrer_id = :referrer"
                        + " or jsonb_exists(l.stated_facts, 'derivante')"
                        + " or (l.kind = 'JUDICIAL_REQUEST' and l.referrer_id is null))")
                .param("referrer", event.referrerId()).query(UUID.class).list());
    }

    private static final String DRAFTED_ENTRIES = """
            select distinct c.entry_id from letter l join letter_child c on c.letter_id = l.id
             where l.status = 'DRAFT' and l.stated_facts is not null""";

    /** Every draft about these entries follows their facts; the entries are locked for the transaction. */
    void followEntries(Collection<UUID> entryIds) {
        if (entryIds.isEmpty()) {
            return;
        }
        locks.entries(entryIds);
        entryIds.forEach(entryId -> letters.findDraftsAbout(entryId).forEach(this::follow));
    }

    /** One draft follows the current facts (the caller holds its entry's lock). */
    void follow(Letter letter) {
        if (letter.status() != LetterStatus.DRAFT) {
            return;
        }
        statements.of(letter).ifPresent(statement -> follow(letter, statement));
    }

    private void follow(Letter letter, DraftStatements.Statement statement) {
        Instant now = clock.instant();
        if (!statement.calledFor()) {
            letter.supersede(messages.get(statement.supersededBecause()), now);
            return;
        }
        List<FactsCheck.Change> changes = changes(letter, statement);
        Map<String, String> current = currentFacts(letter, statement);
        if (changes.isEmpty()) {
            if (letter.factsChangedAt() != null) {
                letter.factsAgree(statement.recipient(), List.of(statement.child()), current);
            }
            return;
        }
        String detail = describe(changes);
        LetterChild child = statement.child();
        // The date a letter states for the child is part of its text when the template writes it (a key of
        // its facts); otherwise only the children's table shows it, and it simply follows.
        boolean textChanged = !current.equals(letter.statedFacts());
        if (!textChanged) {
            letter.followed(statement.recipient(), List.of(child), note(LetterNote.Kind.RESTATED, detail), now);
        } else if (!letter.textEdited()) {
            LetterTemplates.Filled text = drafting.fill(letter.kind(), statement);
            letter.restate(statement.recipient(), List.of(child), text, text.facts(),
                    note(LetterNote.Kind.RESTATED, detail), now);
        } else if (!replaceDates(letter, statement, current, detail, now)) {
            LetterChild asWritten = child.stating(letter.children().get(0).statedDate());
            boolean news = letter.factsChangedAt() == null || !detail.equals(lastDetail(letter));
            letter.factsChanged(statement.recipient(), List.of(asWritten),
                    news ? note(LetterNote.Kind.FACTS_CHANGED, detail) : null, now);
        }
    }

    /**
     * Inside the director's text, a changed date is replaced where it stands — when only dates changed, and each
     * old date is written exactly once and is no other fact's value (else a replacement could change a sentence
     * about something else, and the draft is marked instead).
     */
    private boolean replaceDates(Letter letter, DraftStatements.Statement statement, Map<String, String> current,
                                 String detail, Instant now) {
        Map<String, String> stated = letter.statedFacts();
        String subject = letter.subject();
        String body = letter.body();
        for (Map.Entry<String, String> fact : current.entrySet()) {
            String before = stated.get(fact.getKey());
            if (Objects.equals(before, fact.getValue())) {
                continue;
            }
            if (!DATE_FIELDS.contains(fact.getKey()) || before == null || fact.getValue() == null
                    || occurrences(subject + "\n" + body, before) != 1
                    || stated.entrySet().stream().anyMatch(e -> !e.getKey().equals(fact.getKey())
                    && before.equals(e.getValue()))) {
                return false;
            }
            subject = subject.replace(before, fact.getValue());
            body = body.replace(before, fact.getValue());
        }
        letter.replaceInText(statement.recipient(), List.of(statement.child()), subject, body, current,
                note(LetterNote.Kind.RESTATED, detail), now);
        return true;
    }

    private static int occurrences(String text, String value) {
        return (int) Pattern.compile(Pattern.quote(value)).matcher(text).results().count();
    }

    // ---------------------------------------------------------------- the director's side

    /** How the draft stands against the current facts (read only). */
    FactsCheck check(Letter letter) {
        if (letter.status() != LetterStatus.DRAFT) {
            return FactsCheck.NOT_FOLLOWED;
        }
        return statements.of(letter).map(statement -> statement.calledFor()
                ? new FactsCheck(true, null, changes(letter, statement), letter.factsChangedAt() != null,
                letter.textEdited())
                : new FactsCheck(true, messages.get(statement.supersededBecause()), List.of(),
                letter.factsChangedAt() != null, letter.textEdited()))
                .orElse(FactsCheck.NOT_FOLLOWED);
    }

    /**
     * Issuing re-validates: a draft the facts no longer call for, or whose facts changed since it was written
     * (an event not handled yet, or a text the director has not reviewed), is refused before a number is taken;
     * so is one addressed to a body no longer active in the network.
     */
    void requireCurrent(Letter letter) {
        if (letter.status() != LetterStatus.DRAFT) {
            return;
        }
        statements.of(letter).ifPresent(statement -> {
            if (!statement.calledFor()) {
                throw LetterRuleViolation.conflict("letters.error.notCalledFor",
                        messages.get(statement.supersededBecause()));
            }
            List<FactsCheck.Change> changes = changes(letter, statement);
            if (!changes.isEmpty()) {
                throw LetterRuleViolation.conflictOn("body", "letters.error.factsChanged", describe(changes));
            }
            if (letter.factsChangedAt() != null) {
                // The facts came back to what the text says before Circuito noticed.
                letter.factsAgree(statement.recipient(), List.of(statement.child()), currentFacts(letter, statement));
            }
        });
        if (letter.referrerId() != null && programs.referrer(letter.referrerId()).filter(ReferrerSummary::active).isEmpty()) {
            throw LetterRuleViolation.invalid("recipient", "letters.error.recipient.inactive", letter.recipientName());
        }
    }

    /** The director writes the draft again from the current facts: their edits, if any, are replaced. */
    void regenerate(Letter letter, String byName) {
        DraftStatements.Statement statement = calledFor(letter);
        LetterTemplates.Filled text = drafting.fill(letter.kind(), statement);
        List<FactsCheck.Change> changes = changes(letter, statement);
        letter.restate(statement.recipient(), List.of(statement.child()), text, text.facts(),
                new LetterNote(clock.instant(), byName, LetterNote.Kind.REGENERATED,
                        changes.isEmpty() ? null : describe(changes)), clock.instant());
    }

    /** The director confirms that their text states the current facts; nothing to confirm leaves it as it is. */
    void confirm(Letter letter, String byName) {
        DraftStatements.Statement statement = calledFor(letter);
        List<FactsCheck.Change> changes = changes(letter, statement);
        if (changes.isEmpty() && letter.factsChangedAt() == null) {
            return;
        }
        letter.confirmFacts(statement.recipient(), List.of(statement.child()), currentFacts(letter, statement),
                new LetterNote(clock.instant(), byName, LetterNote.Kind.CONFIRMED,
                        changes.isEmpty() ? null : describe(changes)), clock.instant());
    }

    private DraftStatements.Statement calledFor(Letter letter) {
        DraftStatements.Statement statement = statements.of(letter)
                .orElseThrow(() -> LetterRuleViolation.conflict("letters.error.notFollowing"));
        if (!statement.calledFor()) {
            throw LetterRuleViolation.conflict("letters.error.notCalledFor",
                    messages.get(statement.supersededBecause()));
        }
        return statement;
    }

    // ---------------------------------------------------------------- comparing

    /** The current value of each fact the draft's text states. */
    private static Map<String, String> currentFacts(Letter letter, DraftStatements.Statement statement) {
        Map<String, String> current = new LinkedHashMap<>();
        letter.statedFacts().keySet().forEach(name -> current.put(name, TemplateField.byPlaceholder(name)
                .map(statement.values()::get).filter(v -> !v.isBlank()).orElse(null)));
        return current;
    }

    /** What differs, labelled as the user knows each fact; one line per fact. */
    private List<FactsCheck.Change> changes(Letter letter, DraftStatements.Statement statement) {
        Map<String, FactsCheck.Change> changes = new LinkedHashMap<>();
        if (!letter.addressedTo(statement.recipient())) {
            put(changes, messages.get("letters.facts.recipient"), name(letter.recipient()), name(statement.recipient()));
        }
        LetterChild was = letter.children().get(0);
        LetterChild now = statement.child();
        put(changes, label(TemplateField.NNA_NOMBRE), was.childName(), now.childName());
        put(changes, label(TemplateField.NNA_RUT), was.childRut(), now.childRut());
        put(changes, label(TemplateField.RIT), was.courtRit(), now.courtRit());
        put(changes, label(TemplateField.RUC), was.courtRuc(), now.courtRuc());
        TemplateField dateField = letter.kind() == LetterKind.EFFECTIVE_ADMISSION ? TemplateField.FECHA_INGRESO
                : TemplateField.FECHA_ESTIMADA;
        put(changes, label(dateField), ChileanDates.longDay(was.statedDate()), ChileanDates.longDay(now.statedDate()));
        currentFacts(letter, statement).forEach((name, value) -> put(changes,
                messages.get("letters.field." + name), letter.statedFacts().get(name), value));
        return List.copyOf(changes.values());
    }

    private void put(Map<String, FactsCheck.Change> changes, String label, String before, String after) {
        if (!Objects.equals(blankToNull(before), blankToNull(after))) {
            changes.put(label, new FactsCheck.Change(label, before, after));
        }
    }

    private String label(TemplateField field) {
        return messages.get("letters.field." + field.placeholder());
    }

    /** «Programa más pertinente: «PPF Ñuble» → «PIE Chillán»; …» */
    String describe(List<FactsCheck.Change> changes) {
        String none = messages.get("letters.facts.none");
        return String.join("; ", changes.stream().map(c -> messages.get("letters.facts.change", c.label(),
                c.before() == null ? none : c.before(), c.after() == null ? none : c.after())).toList());
    }

    private LetterNote note(LetterNote.Kind kind, String detail) {
        return new LetterNote(clock.instant(), LetterDrafting.SYSTEM_NAME, kind, detail);
    }

    private static String lastDetail(Letter letter) {
        List<LetterNote> notes = new ArrayList<>(letter.notes());
        for (int i = notes.size() - 1; i >= 0; i--) {
            if (notes.get(i).kind() == LetterNote.Kind.FACTS_CHANGED) {
                return notes.get(i).detail();
            }
        }
        return null;
    }

    private static String name(Recipient recipient) {
        return recipient == null ? null : recipient.name();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
