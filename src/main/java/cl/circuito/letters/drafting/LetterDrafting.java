package cl.circuito.letters.drafting;

import cl.circuito.identity.Actors;
import cl.circuito.letters.templates.LetterTemplates;
import cl.circuito.letters.templates.TemplateField;
import cl.circuito.letters.templates.TemplateKind;
import cl.circuito.network.ProgramDirectory;
import cl.circuito.network.ProgramSummary;
import cl.circuito.shared.NotFound;
import cl.circuito.shared.text.ChileanDates;
import cl.circuito.waitinglist.LetterFacts.EntryFacts;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Writes a draft from what a draft states ({@link DraftStatements.Statement}): the addressee, the child as the
 * letter names them, and the program's institution's template filled with the facts. A field whose value is
 * unknown (a child without RUT) stays as {{placeholder}}, so the director sees it and the letter cannot be
 * issued until it is replaced.
 */
@Component
class LetterDrafting {

    /** The name drafts made by Circuito itself carry, in the tray and the history. */
    static final String SYSTEM_NAME = "Circuito";

    private final LetterTemplates templates;
    private final ProgramDirectory programs;
    private final Actors actors;
    private final Clock clock;

    LetterDrafting(LetterTemplates templates, ProgramDirectory programs, Actors actors, Clock clock) {
        this.templates = templates;
        this.programs = programs;
        this.actors = actors;
        this.clock = clock;
    }

    /** A new draft of the kind saying what the statement says. */
    Letter draft(LetterKind kind, DraftStatements.Statement statement, String sourceKey, UUID corrects,
                 String byName) {
        LetterTemplates.Filled filled = fill(kind, statement);
        return Letter.draft(statement.programId(), kind,
                statement.recipient(), filled, filled.facts(), List.of(statement.child()), sourceKey, corrects,
                byName, clock.instant());
    }

    /** The template of the kind, for the statement's program, filled with its facts. */
    LetterTemplates.Filled fill(LetterKind kind, DraftStatements.Statement statement) {
        return templates.fill(TemplateKind.of(kind), program(statement.programId()).institutionId(),
                statement.values());
    }

    /** What every letter about the entry may say: the program's values and the child's, the referral's. */
    Map<TemplateField, String> entryValues(EntryFacts facts) {
        ProgramSummary program = program(facts.programId());
        Map<TemplateField, String> values = programValues(program, facts.referrerName());
        values.put(TemplateField.NNA_NOMBRE, facts.childName());
        put(values, TemplateField.NNA_RUT, facts.childRut());
        Integer age = facts.ageOn(LocalDate.now(clock));
        put(values, TemplateField.NNA_EDAD, age == null ? null : String.valueOf(age));
        put(values, TemplateField.NNA_FECHA_NACIMIENTO, ChileanDates.longDay(facts.birthDate()));
        put(values, TemplateField.RIT, facts.courtRit());
        put(values, TemplateField.RUC, facts.courtRuc());
        put(values, TemplateField.FECHA_RECEPCION, ChileanDates.longDay(facts.receivedOn()));
        return values;
    }

    /** The values every letter of the program may use: program, institution, comuna, director, referrer. */
    Map<TemplateField, String> programValues(ProgramSummary program, String referrerName) {
        Map<TemplateField, String> values = new EnumMap<>(TemplateField.class);
        values.put(TemplateField.PROGRAMA, program.name());
        values.put(TemplateField.INSTITUCION, program.institutionName());
        values.put(TemplateField.COMUNA, program.comunaName());
        put(values, TemplateField.DERIVANTE, referrerName);
        director(program).ifPresent(director -> {
            values.put(TemplateField.DIRECTOR_NOMBRE, director.name());
            put(values, TemplateField.DIRECTOR_CARGO, director.position());
        });
        return values;
    }

    Optional<Actors.Signatory> director(ProgramSummary program) {
        return actors.signatory(program.directorUserId());
    }

    ProgramSummary program(UUID programId) {
        return programs.find(programId).orElseThrow(() -> new NotFound("program"));
    }

    static LetterChild child(EntryFacts facts, LocalDate statedDate) {
        return new LetterChild(facts.entryId(), facts.childName(), facts.childRut(), facts.courtRit(),
                facts.courtRuc(), statedDate);
    }

    static void put(Map<TemplateField, String> values, TemplateField field, String value) {
        if (value != null && !value.isBlank()) {
            values.put(field, value.strip());
        }
    }
}
