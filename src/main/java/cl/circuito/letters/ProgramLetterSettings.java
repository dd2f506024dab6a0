package cl.circuito.letters;

import cl.circuito.letters.drafting.LetterRuleViolation;
import cl.circuito.letters.templates.BatchMode;
import cl.circuito.letters.templates.LetterSettings;
import cl.circuito.letters.templates.LetterSettingsRecords;
import cl.circuito.shared.Versions;
import cl.circuito.audit.AuditAction;
import cl.circuito.audit.AuditDetails;
import cl.circuito.audit.AuditTrail;
import cl.circuito.network.ProgramDirectory;
import cl.circuito.network.ProgramSummary;
import cl.circuito.shared.documents.PaperSize;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Permission;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import static cl.circuito.audit.AuditField.BATCH;
import static cl.circuito.audit.AuditField.CITY;
import static cl.circuito.audit.AuditField.PAPER;
import static cl.circuito.audit.AuditField.THRESHOLD_DAYS;

/**
 * What a program decides about its letters: the paper, how far an estimated date must move before an update
 * letter is drafted, how the monthly batch is written, and the city letters are signed in. Whoever reads the
 * program's records reads them; its director changes them ({@link Permission#MANAGE_LETTERS}). A program
 * outside the asker's scope does not exist for them (404).
 */
@Service
public class ProgramLetterSettings {

    static final String SUBJECT = "PROGRAM_LETTER_SETTINGS";
    /** The database column's size (letter_settings.city). */
    static final int MAX_CITY = 100;

    private final LetterSettingsRecords settings;
    private final ProgramDirectory programs;
    private final AuditTrail audit;
    private final Clock clock;

    ProgramLetterSettings(LetterSettingsRecords settings, ProgramDirectory programs, AuditTrail audit, Clock clock) {
        this.settings = settings;
        this.programs = programs;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public LetterSettingsView settings(Actor actor, UUID programId) {
        actor.require(Permission.READ_CHILD_RECORDS);
        ProgramSummary program = programs.get(programId, actor.scope());
        Optional<LetterSettings> saved = settings.findById(program.id());
        return LetterSettingsView.of(program.id(), program.label(), program.comunaName(),
                saved.orElseGet(() -> LetterSettings.defaultsFor(program.id())), saved.isPresent());
    }

    /** Whether this actor may change a program's letter settings (within their scope). */
    public boolean canChange(Actor actor) {
        return actor.can(Permission.MANAGE_LETTERS);
    }

    /**
     * @param version the saved settings' version the form started from (none while the program uses the defaults)
     * @throws LetterRuleViolation naming {@code paperSize}, {@code estimateThresholdDays}, {@code batchMode} or
     *                             {@code city}
     */
    @Transactional
    public LetterSettingsView change(Actor actor, UUID programId, Long version, PaperSize paperSize,
                                     Integer estimateThresholdDays, BatchMode batchMode, String city) {
        actor.require(Permission.MANAGE_LETTERS);
        ProgramSummary program = programs.get(programId, actor.scope());
        if (city != null && city.strip().length() > MAX_CITY) {
            throw LetterRuleViolation.invalid("city", "lettertemplates.error.tooLong", MAX_CITY);
        }
        Optional<LetterSettings> saved = settings.findById(program.id());
        LetterSettings current = saved.orElseGet(() -> LetterSettings.defaultsFor(program.id()));
        Versions.requireIfSaved(saved.map(LetterSettings::version).orElse(null), version,
                "letters.error.changedMeanwhile");
        PaperSize paperBefore = current.paperSize();
        int thresholdBefore = current.estimateThresholdDays();
        BatchMode batchBefore = current.batchMode();
        String cityBefore = current.city();
        current.change(paperSize, estimateThresholdDays, batchMode, city, actor.displayName(), clock.instant());
        current = settings.saveAndFlush(current);
        audit.changed(actor, AuditAction.CHANGED, new AuditTrail.Subject(SUBJECT, program.id(), program.id()),
                "lettertemplates.audit.settingsChanged", AuditDetails.ofChange(PAPER, paperBefore, current.paperSize())
                        .withChange(THRESHOLD_DAYS, thresholdBefore, current.estimateThresholdDays())
                        .withChange(BATCH, batchBefore, current.batchMode())
                        .withChange(CITY, cityBefore, current.city()));
        return LetterSettingsView.of(program.id(), program.label(), program.comunaName(), current, true);
    }
}
