package cl.circuito.waitinglist.priority;

import cl.circuito.audit.AuditAction;
import cl.circuito.audit.AuditDetails;
import cl.circuito.audit.AuditTrail;
import cl.circuito.network.ProgramDirectory;
import cl.circuito.network.ProgramSummary;
import cl.circuito.shared.NotFound;
import cl.circuito.shared.Versions;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Permission;
import cl.circuito.waitinglist.entry.Staff;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.UUID;

import static cl.circuito.audit.AuditField.CUT;
import static cl.circuito.audit.AuditField.INSTRUMENT;

/**
 * Each program's instrument and cut. A program that chose nothing applies the default instrument's
 * latest version with its default cut. The program's director (in scope) or the administrator chooses.
 */
@Service
public class PrioritySettings {

    static final String SUBJECT = "PROGRAM_PRIORITY_SETTING";

    private final ProgramPrioritySettings settings;
    private final PriorityInstruments instruments;
    private final ProgramDirectory programs;
    private final AuditTrail audit;
    private final Clock clock;

    PrioritySettings(ProgramPrioritySettings settings, PriorityInstruments instruments, ProgramDirectory programs,
                     AuditTrail audit, Clock clock) {
        this.settings = settings;
        this.instruments = instruments;
        this.programs = programs;
        this.audit = audit;
        this.clock = clock;
    }

    /** What an assessment in this program applies. */
    record Effective(PriorityInstrument instrument, int cut, ProgramPrioritySetting setting) {
    }

    Effective resolve(UUID programId) {
        return settings.findById(programId)
                .map(s -> new Effective(instruments.load(s.instrumentId()), s.cut(), s))
                .orElseGet(() -> {
                    PriorityInstrument instrument = instruments.defaultInstrument();
                    return new Effective(instrument, instrument.defaultCut(), null);
                });
    }

    /** Readable by whoever sees the program, and by the administrator. */
    @Transactional(readOnly = true)
    public PrioritySettingView forProgram(Actor actor, UUID programId) {
        ProgramSummary program = actor.can(Permission.MANAGE_PRIORITY_INSTRUMENTS)
                ? programs.find(programId).orElseThrow(() -> new NotFound("program"))
                : programs.get(programId, actor.scope());
        return view(program, resolve(program.id()));
    }

    /** Whether this actor may change the program's setting: the administrator, or a director of the program. */
    public boolean canChoose(Actor actor) {
        return actor.can(Permission.MANAGE_PRIORITY_INSTRUMENTS) || actor.can(Permission.ASSESS_PRIORITY);
    }

    /**
     * @param version the setting's version the form was based on (none while the program uses the default)
     */
    @Transactional
    public PrioritySettingView choose(Actor actor, UUID programId, Long version, UUID instrumentId, Integer cut) {
        ProgramSummary program;
        if (actor.can(Permission.MANAGE_PRIORITY_INSTRUMENTS)) {
            program = programs.find(programId).orElseThrow(() -> new NotFound("program"));
        } else {
            actor.require(Permission.ASSESS_PRIORITY);
            program = programs.get(programId, actor.scope());
        }
        if (instrumentId == null) {
            throw PriorityRuleViolation.invalid("instrumentId", "priority.error.required");
        }
        PriorityInstrument instrument = instruments.findForChoice(instrumentId);
        Effective before = resolve(program.id());
        ProgramPrioritySetting setting = settings.findById(program.id())
                .orElseGet(() -> ProgramPrioritySetting.create(program.id()));
        Versions.requireIfSaved(before.setting() == null ? null : setting.version(), version,
                "priority.error.settingChanged");
        setting.choose(instrument, cut, Staff.of(actor), clock.instant());
        settings.saveAndFlush(setting);
        audit.changed(actor, AuditAction.CHANGED, new AuditTrail.Subject(SUBJECT, program.id(), program.id()),
                "priority.audit.settingChanged", AuditDetails.ofChange(INSTRUMENT, before.instrument().label(),
                        instrument.label()).withChange(CUT, before.cut(), cut));
        return view(program, new Effective(instrument, setting.cut(), setting));
    }

    private PrioritySettingView view(ProgramSummary program, Effective effective) {
        PriorityInstrument instrument = effective.instrument();
        int latest = instruments.latestVersionNumber(instrument.code());
        ProgramPrioritySetting s = effective.setting();
        return new PrioritySettingView(program.id(), program.label(),
                InstrumentView.of(instrument, latest == instrument.versionNumber()), effective.cut(), s != null,
                s == null ? null : s.version(), s == null ? null : s.updatedAt(), s == null ? null : s.updatedByName(),
                latest > instrument.versionNumber() ? latest : null);
    }
}
