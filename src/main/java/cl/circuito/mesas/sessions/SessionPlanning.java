package cl.circuito.mesas.sessions;

import cl.circuito.audit.AuditAction;
import cl.circuito.audit.AuditDetails;
import cl.circuito.audit.AuditTrail;
import cl.circuito.mesas.MesaAccess;
import cl.circuito.mesas.mesa.Mesa;
import cl.circuito.mesas.mesa.MesaRuleViolation;
import cl.circuito.mesas.mesa.Mesas;
import cl.circuito.shared.NotFound;
import cl.circuito.shared.Versions;
import cl.circuito.shared.security.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static cl.circuito.audit.AuditField.REASON;
import static cl.circuito.audit.AuditField.SESSION;

/**
 * Planning a Mesa's sessions (co-facilitators): the next dates its frequency proposes (a holiday or weekend
 * moves to the next business day of the comuna), scheduling one or several of them at the usual place and
 * time, recording a session already held, moving, suspending and marking a session as held. Dates and numbers
 * follow {@link MesaScheduling}'s rules.
 */
@Service
public class SessionPlanning {

    /** How many dates the page proposes at once. */
    public static final int PROPOSALS = 6;
    private static final int MAX_STEPS = 5000;

    private final Mesas mesas;
    private final MesaSessions sessions;
    private final MesaAccess access;
    private final MesaScheduling scheduling;
    private final SessionDates sessionDates;
    private final AuditTrail audit;
    private final Clock clock;

    SessionPlanning(Mesas mesas, MesaSessions sessions, MesaAccess access, MesaScheduling scheduling,
                    SessionDates dates, AuditTrail audit, Clock clock) {
        this.mesas = mesas;
        this.sessions = sessions;
        this.access = access;
        this.scheduling = scheduling;
        this.sessionDates = dates;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Whether a refusal (by its message key) is a Saturday, Sunday or holiday the user may confirm: the pages then
     * offer the confirmation, the API takes {@code confirmNonBusinessDay}.
     */
    public static boolean asksConfirmation(String messageKey) {
        return SessionDateCheck.CONFIRMATION_KEYS.contains(messageKey);
    }

        /** A proposed date; {@code movedFrom} is the date the frequency gave when that was not a business day. */
    public record ProposedDate(LocalDate date, LocalDate movedFrom) {
    }

    /**
     * The next {@link #PROPOSALS} dates after today and within the dates a session may have, following the
     * frequency from the last session (or from the founding, keeping its rhythm); none for a Mesa that dates its
     * sessions by hand.
     */
    @Transactional(readOnly = true)
    public List<ProposedDate> proposals(Actor actor, UUID mesaId) {
        access.standing(actor, mesaId).requireRead();
        Mesa mesa = mesa(mesaId);
        List<MesaSession> all = sessions.findAllOfMesa(mesaId);
        Set<LocalDate> taken = new HashSet<>();
        LocalDate last = null;
        for (MesaSession s : all) {
            if (s.status() != SessionStatus.CANCELLED) {
                taken.add(s.heldOn());
                last = last == null || s.heldOn().isAfter(last) ? s.heldOn() : last;
            }
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate latest = sessionDates.check(mesa, null, false).latest();
        List<ProposedDate> proposals = new ArrayList<>();
        LocalDate nominal = last == null ? mesa.foundedOn() : mesa.proposedAfter(last);
        for (int step = 0; nominal != null && proposals.size() < PROPOSALS && step < MAX_STEPS
                && !nominal.isAfter(latest); step++) {
            if (nominal.isAfter(today)) {
                LocalDate date = sessionDates.businessDayFrom(nominal, mesa.comunaCode());
                if (!taken.contains(date) && !date.isAfter(latest)) {
                    proposals.add(new ProposedDate(date, date.equals(nominal) ? null : nominal));
                }
            }
            nominal = mesa.proposedAfter(nominal);
        }
        return proposals;
    }

    /** The first business day of the Mesa's comuna from {@code date} on: where a frequency's date lands. */
    @Transactional(readOnly = true)
    public LocalDate businessDayFrom(UUID mesaId, LocalDate date) {
        return sessionDates.businessDayFrom(date, mesa(mesaId).comunaCode());
    }

    /**
     * Schedules a session on each date at the Mesa's usual place and time, numbered in date order; one
     * transaction: a date the Mesa refuses (before its founding, past, a weekend or holiday not confirmed) saves
     * none. Errors name the field {@code dates}.
     */
    @Transactional
    public List<MesaSession> scheduleAtUsual(Actor actor, UUID mesaId, List<LocalDate> dates,
                                             boolean confirmNonBusinessDay) {
        access.standing(actor, mesaId).requireEdit();
        Mesa mesa = mesa(mesaId);
        if (dates == null || dates.isEmpty()) {
            throw MesaRuleViolation.invalid("dates", "mesasessions.error.noDates");
        }
        if (mesa.usualPlace() == null || mesa.usualStartsAt() == null || mesa.usualEndsAt() == null) {
            throw MesaRuleViolation.invalid("dates", "mesasessions.error.noUsualSlot");
        }
        List<MesaSession> scheduled = new ArrayList<>();
        for (LocalDate date : new TreeSet<>(dates)) {
            try {
                scheduled.add(scheduling.schedule(actor, mesaId,
                        new MesaSession.Slot(date, mesa.usualStartsAt(), mesa.usualEndsAt(), mesa.usualPlace()),
                        confirmNonBusinessDay));
            } catch (MesaRuleViolation e) {
                throw MesaRuleViolation.invalid("dates", e.messageKey(), e.arguments());
            }
        }
        return scheduled;
    }

    /** Schedules one session on a date from today on, at any time and place (see {@link MesaScheduling#schedule}). */
    @Transactional
    public MesaSession schedule(Actor actor, UUID mesaId, MesaSession.Slot slot, boolean confirmNonBusinessDay) {
        return scheduling.schedule(actor, mesaId, slot, confirmNonBusinessDay);
    }

    /** Records a session already held ("Registrar una sesión ya realizada", see {@link MesaScheduling#recordHeld}). */
    @Transactional
    public MesaSession recordHeld(Actor actor, UUID mesaId, MesaSession.Slot slot, boolean confirmNonBusinessDay) {
        return scheduling.recordHeld(actor, mesaId, slot, confirmNonBusinessDay);
    }

    @Transactional
    public MesaSession reschedule(Actor actor, UUID mesaId, UUID sessionId, Long version, MesaSession.Slot slot,
                                  boolean confirmNonBusinessDay) {
        return scheduling.reschedule(actor, mesaId, sessionId, version, slot, confirmNonBusinessDay);
    }

    @Transactional
    public MesaSession cancel(Actor actor, UUID mesaId, UUID sessionId, Long version, String reason) {
        access.standing(actor, mesaId).requireEdit();
        MesaSession session = session(mesaId, sessionId);
        Versions.require(session.version(), version);
        session.cancel(reason, actor.displayName(), clock.instant());
        audit.changed(actor, AuditAction.CHANGED, subject(session), "mesasessions.audit.cancelled",
                AuditDetails.of(REASON, session.cancelReason()));
        return SessionViews.withAgenda(sessions.saveAndFlush(session));
    }

    /** The session took place; refused before its date. */
    @Transactional
    public MesaSession markHeld(Actor actor, UUID mesaId, UUID sessionId, Long version) {
        access.standing(actor, mesaId).requireEdit();
        MesaSession session = session(mesaId, sessionId);
        Versions.require(session.version(), version);
        held(actor, session);
        return SessionViews.withAgenda(sessions.saveAndFlush(session));
    }

    void held(Actor actor, MesaSession session) {
        if (session.status() == SessionStatus.HELD) {
            return;
        }
        session.markHeld(LocalDate.now(clock), actor.displayName(), clock.instant());
        audit.changed(actor, AuditAction.CHANGED, subject(session), "mesasessions.audit.held",
                AuditDetails.of(SESSION, session.number()));
    }

    private Mesa mesa(UUID mesaId) {
        return mesas.findById(mesaId).orElseThrow(() -> new NotFound("mesa"));
    }

    private MesaSession session(UUID mesaId, UUID sessionId) {
        return sessions.findByIdAndMesaId(sessionId, mesaId).orElseThrow(() -> new NotFound("mesaSession"));
    }

    static AuditTrail.Subject subject(MesaSession session) {
        return new AuditTrail.Subject("MESA_SESSION", session.id(), null);
    }
}
