package cl.circuito.implementation.report;

import cl.circuito.implementation.scorecards.ReportScope;
import cl.circuito.implementation.scorecards.ReportScopes;
import cl.circuito.shared.Versions;
import cl.circuito.audit.AuditAction;
import cl.circuito.audit.AuditDetails;
import cl.circuito.audit.AuditTrail;
import cl.circuito.shared.security.AccessDenied;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Permission;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Optional;

import static cl.circuito.audit.AuditField.SCOPE;
import static cl.circuito.audit.AuditField.YEAR;

/**
 * The managers' notes of the yearly report: the territorial manager writes her region's, the national team the
 * national ones and reads every region's. Scope and year as {@link ReportScopes} decides.
 */
@Service
public class ManagerNoteWriting {

    static final String AUDIT_SUBJECT = "IMPLEMENTATION_NOTE";

    private final ReportScopes scopes;
    private final ManagerNotes notes;
    private final AuditTrail audit;
    private final Clock clock;

    ManagerNoteWriting(ReportScopes scopes, ManagerNotes notes, AuditTrail audit, Clock clock) {
        this.scopes = scopes;
        this.notes = notes;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ManagerNoteView notes(Actor actor, Integer year, String regionCode) {
        ReportScope scope = scopes.resolve(actor, regionCode);
        int y = scopes.year(year);
        return read(scope, y, ReportScopes.writesNotes(actor, scope));
    }

    /**
     * Writes the notes read at {@code version} (null: none were written yet). A stale version, or notes written
     * meanwhile by someone else, is a 409.
     */
    @Transactional
    public ManagerNoteView write(Actor actor, Integer year, String regionCode, Long version,
                                 ManagerNote.Content content) {
        ReportScope scope = scopes.resolve(actor, regionCode);
        int y = scopes.year(year);
        if (!ReportScopes.writesNotes(actor, scope)) {
            throw new AccessDenied(Permission.MONITOR_IMPLEMENTATION);
        }
        Optional<ManagerNote> existing = find(scope, y);
        ManagerNote note;
        Versions.requireIfSaved(existing.map(ManagerNote::version).orElse(null), version, "error.concurrentEdit");
        if (existing.isEmpty()) {
            note = notes.saveAndFlush(ManagerNote.write(y, scope.regionCode(), content, actor.displayName(),
                    clock.instant()));
        } else {
            note = existing.get();
            note.revise(content, actor.displayName(), clock.instant());
            notes.flush();
        }
        audit.changed(actor, AuditAction.CHANGED, new AuditTrail.Subject(AUDIT_SUBJECT, note.id(), null),
                "reflections.audit.notesWritten", AuditDetails.of(YEAR, y).with(SCOPE, scope.label()));
        return note.view(scope, true);
    }

    /** For the report: the notes of a scope already resolved, or empty ones. */
    ManagerNoteView read(ReportScope scope, int year, boolean writable) {
        return find(scope, year).map(n -> n.view(scope, writable))
                .orElseGet(() -> ManagerNoteView.empty(scope, year, writable));
    }

    private Optional<ManagerNote> find(ReportScope scope, int year) {
        return scope.isNational() ? notes.findByYearAndRegionCodeIsNull(year)
                : notes.findByYearAndRegionCode(year, scope.regionCode());
    }
}
