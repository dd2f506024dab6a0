package cl.circuito.mesas.sessions;

import cl.circuito.audit.AuditAction;
import cl.circuito.audit.AuditDetails;
import cl.circuito.audit.AuditTrail;
import cl.circuito.mesas.MesaAccess;
import cl.circuito.mesas.mesa.MesaRuleViolation;
import cl.circuito.shared.NotFound;
import cl.circuito.shared.Versions;
import cl.circuito.shared.security.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import static cl.circuito.audit.AuditField.APPROVED_AT;
import static cl.circuito.audit.AuditField.APPROVED_BY;
import static cl.circuito.audit.AuditField.APPROVED_ON;
import static cl.circuito.audit.AuditField.CORRECTIONS;
import static cl.circuito.audit.AuditField.DECISIONS;
import static cl.circuito.audit.AuditField.ITEM;
import static cl.circuito.audit.AuditField.MINUTES_STATUS;
import static cl.circuito.audit.AuditField.NOTES;
import static cl.circuito.audit.AuditField.STATUS;

/**
 * The acta of a session: written per agenda item by the co-facilitators, sent to the members, corrected while
 * circulated, approved at the next session's reading of the minutes and read-only from then on. Its page, API and
 * PDF, which also show the agreements and case reviews, read it through {@code mesas.minutes.MinutesViews}.
 */
@Service
public class MesaMinutes {

    static final String SUBJECT = "MESA_SESSION";

    private final MesaAccess access;
    private final MesaSessions sessions;
    private final AuditTrail audit;
    private final Clock clock;

    MesaMinutes(MesaAccess access, MesaSessions sessions, AuditTrail audit, Clock clock) {
        this.access = access;
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
    }

    /** Writes the notes and decisions of one agenda item. */
    @Transactional
    public MesaSession write(Actor actor, UUID mesaId, UUID sessionId, Long version, UUID itemId, String notes,
                             String decisions) {
        access.standing(actor, mesaId).requireEdit();
        MesaSession session = load(mesaId, sessionId);
        Versions.require(session.version(), version);
        AgendaItem item = session.item(itemId);
        String notesBefore = item.notes();
        String decisionsBefore = item.decisions();
        session.writeMinutes(itemId, notes, decisions, actor.displayName(), clock.instant());
        sessions.flush();
        audit.changed(actor, AuditAction.CHANGED, subject(session), "mesaminutes.audit.written",
                AuditDetails.of(ITEM, item.title()).withChange(NOTES, notesBefore, item.notes())
                        .withChange(DECISIONS, decisionsBefore, item.decisions()));
        return session;
    }

    /** Records that a scheduled session took place (from its date on), so its minutes can be sent. */
    @Transactional
    public MesaSession markHeld(Actor actor, UUID mesaId, UUID sessionId, Long version) {
        access.standing(actor, mesaId).requireEdit();
        MesaSession session = load(mesaId, sessionId);
        Versions.require(session.version(), version);
        SessionStatus before = session.status();
        session.markHeld(LocalDate.now(clock), actor.displayName(), clock.instant());
        sessions.flush();
        audit.changed(actor, AuditAction.CHANGED, subject(session), "mesaminutes.audit.held",
                AuditDetails.ofChange(STATUS, before, session.status()));
        return session;
    }

    /** Sends the draft to the members: they read it before the next session, where it is approved. */
    @Transactional
    public MesaSession circulate(Actor actor, UUID mesaId, UUID sessionId, Long version) {
        access.standing(actor, mesaId).requireEdit();
        MesaSession session = load(mesaId, sessionId);
        Versions.require(session.version(), version);
        MinutesStatus before = session.minutesStatus();
        session.circulateMinutes(actor.displayName(), clock.instant());
        sessions.flush();
        audit.changed(actor, AuditAction.CHANGED, subject(session), "mesaminutes.audit.circulated",
                AuditDetails.ofChange(MINUTES_STATUS, before, session.minutesStatus()));
        return session;
    }

    /**
     * Approves, at this session's reading of the minutes, the minutes of the previous session (who approved, and
     * the corrections made on reading). {@code previousVersion} is the version of the previous session's minutes as read.
     */
    @Transactional
    public MesaSession approvePrevious(Actor actor, UUID mesaId, UUID sessionId, Long previousVersion,
                                       String approvedBy, String corrections) {
        access.standing(actor, mesaId).requireEdit();
        MesaSession at = load(mesaId, sessionId);
        MesaSession previous = sessions.findPrevious(mesaId, at.heldOn())
                .orElseThrow(() -> MesaRuleViolation.conflict("mesaminutes.error.noPrevious", at.number()));
        Versions.require(previous.version(), previousVersion, "previousVersion", "error.concurrentEdit");
        MinutesStatus before = previous.minutesStatus();
        previous.approveMinutes(at, approvedBy, corrections, actor.displayName(), clock.instant());
        sessions.flush();
        audit.changed(actor, AuditAction.CHANGED, subject(previous), "mesaminutes.audit.approved",
                AuditDetails.ofChange(MINUTES_STATUS, before, previous.minutesStatus()).with(APPROVED_AT, at.number())
                        .with(APPROVED_ON, previous.minutesApprovedOn()).with(APPROVED_BY, previous.minutesApprovedBy())
                        .withPresent(CORRECTIONS, previous.minutesCorrections()));
        return previous;
    }

    private MesaSession load(UUID mesaId, UUID sessionId) {
        return sessions.findByIdAndMesaId(sessionId, mesaId).orElseThrow(() -> new NotFound("mesaSession"));
    }

    /** The audit trail's subject of a session's minutes, whether written here or read in {@code mesas.minutes}. */
    public static AuditTrail.Subject subject(MesaSession session) {
        return new AuditTrail.Subject(SUBJECT, session.id(), null);
    }
}
