package cl.circuito.mesas.sessions;

import cl.circuito.audit.AuditAction;
import cl.circuito.audit.AuditDetails;
import cl.circuito.audit.AuditTrail;
import cl.circuito.mesas.MesaAccess;
import cl.circuito.mesas.mesa.Mesa;
import cl.circuito.mesas.mesa.Mesas;
import cl.circuito.shared.NotFound;
import cl.circuito.shared.Versions;
import cl.circuito.shared.security.Actor;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import static cl.circuito.audit.AuditField.DATE;
import static cl.circuito.audit.AuditField.PLACE;
import static cl.circuito.audit.AuditField.SESSION;

/**
 * What changes the dates of a Mesa's sessions (co-facilitators): scheduling one, recording one already held,
 * moving one. Each runs under the Mesa's scheduling lock and renumbers the sessions by date ({@link
 * SessionSequence}), so two co-facilitators scheduling at the same moment queue, and the second one places its
 * session among the first one's. Every change is audited, renumbered sessions included.
 */
@Service
public class MesaScheduling {

    public static final Locale CHILE = Locale.forLanguageTag("es-CL");

    private final Mesas mesas;
    private final MesaSessions sessions;
    private final MesaAccess access;
    private final SessionDates dates;
    private final MessageSource messages;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    MesaScheduling(Mesas mesas, MesaSessions sessions, MesaAccess access, SessionDates dates, MessageSource messages,
                   AuditTrail audit, JdbcClient jdbc, Clock clock) {
        this.mesas = mesas;
        this.sessions = sessions;
        this.access = access;
        this.dates = dates;
        this.messages = messages;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Schedules a session from today on, with the standard agenda in Spanish. A Saturday, Sunday or holiday of the
     * comuna needs {@code confirmNonBusinessDay}; refusals name {@code heldOn}.
     */
    @Transactional
    public MesaSession schedule(Actor actor, UUID mesaId, MesaSession.Slot slot, boolean confirmNonBusinessDay) {
        return create(actor, mesaId, slot, confirmNonBusinessDay, MesaSession::schedule, "mesasessions.audit.scheduled");
    }

    /**
     * Records a session that already took place (today or before), held from the start: the only way to give a
     * session a past date. It goes after the last held session (an earlier one would renumber written minutes).
     */
    @Transactional
    public MesaSession recordHeld(Actor actor, UUID mesaId, MesaSession.Slot slot, boolean confirmNonBusinessDay) {
        return create(actor, mesaId, slot, confirmNonBusinessDay, MesaSession::recordHeld,
                "mesasessions.audit.recordedHeld");
    }

    /** How a new session comes to be: {@link MesaSession#schedule} or {@link MesaSession#recordHeld}. */
    private interface NewSession {
        MesaSession of(Mesa mesa, MesaSession.Slot slot, SessionDateCheck check, Function<AgendaItemKind, String> titles,
                       String byName, Instant now);
    }

    private MesaSession create(Actor actor, UUID mesaId, MesaSession.Slot slot, boolean confirmNonBusinessDay,
                               NewSession kind, String auditKey) {
        access.standing(actor, mesaId).requireEdit();
        Mesa mesa = lockedMesa(mesaId);
        MesaSession session = kind.of(mesa, slot, dates.check(mesa, slot.heldOn(), confirmNonBusinessDay), this::title,
                actor.displayName(), clock.instant());
        Map<MesaSession, Integer> renumbered = SessionSequence.of(sessions.findAllOfMesa(mesaId)).place(session);
        // A session with its id already set is merged, not persisted: the managed copy is the one to go on with.
        session = sessions.saveAndFlush(session);
        audit.changed(actor, AuditAction.CREATED, SessionPlanning.subject(session), auditKey,
                AuditDetails.of(SESSION, session.number()).with(DATE, session.heldOn()));
        auditRenumbered(actor, renumbered);
        return session;
    }

    /** Moves a scheduled session (a new date follows a new session's rules) and renumbers the Mesa's sessions. */
    @Transactional
    public MesaSession reschedule(Actor actor, UUID mesaId, UUID sessionId, Long version, MesaSession.Slot slot,
                                  boolean confirmNonBusinessDay) {
        access.standing(actor, mesaId).requireEdit();
        Mesa mesa = lockedMesa(mesaId);
        MesaSession session = sessions.findByIdAndMesaId(sessionId, mesaId)
                .orElseThrow(() -> new NotFound("mesaSession"));
        Versions.require(session.version(), version);
        LocalDate before = session.heldOn();
        int numberBefore = session.number();
        session.reschedule(mesa, slot, dates.check(mesa, slot.heldOn(), confirmNonBusinessDay), actor.displayName(),
                clock.instant());
        Map<MesaSession, Integer> renumbered = SessionSequence.of(sessions.findAllOfMesa(mesaId)).place(session);
        audit.changed(actor, AuditAction.CHANGED, SessionPlanning.subject(session), "mesasessions.audit.rescheduled",
                AuditDetails.ofChange(DATE, before, session.heldOn()).with(PLACE, session.place())
                        .withChange(SESSION, numberBefore, session.number()));
        auditRenumbered(actor, renumbered);
        return SessionViews.withAgenda(sessions.saveAndFlush(session));
    }

    /**
     * The Mesa, with its sessions' dates locked until the end of the transaction: a transaction-scoped PostgreSQL
     * advisory lock, the same one the database's sequence check takes at commit (V27), so even a writer that
     * skips this class cannot interleave with one that does.
     */
    private Mesa lockedMesa(UUID mesaId) {
        jdbc.sql("select mesa_session_lock(:mesa)").param("mesa", mesaId).query((rs, n) -> 1).single();
        return mesas.findById(mesaId).orElseThrow(() -> new NotFound("mesa"));
    }

    private void auditRenumbered(Actor actor, Map<MesaSession, Integer> renumbered) {
        renumbered.forEach((session, before) -> audit.changed(actor, AuditAction.CHANGED,
                SessionPlanning.subject(session), "mesasessions.audit.renumbered",
                AuditDetails.ofChange(SESSION, before, session.number()).with(DATE, session.heldOn())));
    }

    private String title(AgendaItemKind kind) {
        return messages.getMessage("mesas.agenda." + kind, null, CHILE);
    }
}
