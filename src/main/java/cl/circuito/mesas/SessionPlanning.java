package cl.circuito.mesas;

import cl.circuito.audit.AuditAction;
import cl.circuito.audit.AuditTrail;
import cl.circuito.calendar.BusinessCalendar;
import cl.circuito.calendar.UnsupportedYearException;
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
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Planning a Mesa's sessions (co-facilitators): the next dates its frequency proposes (a holiday or weekend
 * moves to the next business day of the comuna), scheduling one or several of them at the usual place and
 * time, moving, suspending and marking a session as held.
 */
@Service
public class SessionPlanning {

    /** How many dates the page proposes at once. */
    public static final int PROPOSALS = 6;
    private static final int MAX_STEPS = 5000;
    private static final int MAX_SHIFT_DAYS = 10;

    private final Mesas mesas;
    private final MesaSessions sessions;
    private final MesaAccess access;
    private final MesaScheduling scheduling;
    private final BusinessCalendar calendar;
    private final AuditTrail audit;
    private final Clock clock;

    SessionPlanning(Mesas mesas, MesaSessions sessions, MesaAccess access, MesaScheduling scheduling,
                    BusinessCalendar calendar, AuditTrail audit, Clock clock) {
        this.mesas = mesas;
        this.sessions = sessions;
        this.access = access;
        this.scheduling = scheduling;
        this.calendar = calendar;
        this.audit = audit;
        this.clock = clock;
    }

    /** A proposed date; {@code movedFrom} is the date the frequency gave when that was not a business day. */
    public record ProposedDate(LocalDate date, LocalDate movedFrom) {
    }

    /**
     * The next {@link #PROPOSALS} dates after today, following the frequency from the last session (or from
     * the founding, keeping its rhythm); none for a Mesa that dates its sessions by hand.
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
        List<ProposedDate> proposals = new ArrayList<>();
        LocalDate nominal = last == null ? mesa.foundedOn() : mesa.proposedAfter(last);
        for (int step = 0; nominal != null && proposals.size() < PROPOSALS && step < MAX_STEPS; step++) {
            if (nominal.isAfter(today)) {
                LocalDate date = businessDayFrom(nominal, mesa.comunaCode());
                if (!taken.contains(date)) {
                    proposals.add(new ProposedDate(date, date.equals(nominal) ? null : nominal));
                }
            }
            nominal = mesa.proposedAfter(nominal);
        }
        return proposals;
    }

    private LocalDate businessDayFrom(LocalDate date, String comunaCode) {
        LocalDate candidate = date;
        try {
            for (int i = 0; i < MAX_SHIFT_DAYS && !calendar.isBusinessDay(candidate, comunaCode); i++) {
                candidate = candidate.plusDays(1);
            }
            return calendar.isBusinessDay(candidate, comunaCode) ? candidate : date;
        } catch (UnsupportedYearException e) {
            // Beyond the years the calendar knows, the frequency's date stands as it is.
            return date;
        }
    }

    /**
     * Schedules a session on each date at the Mesa's usual place and time, numbered in date order; one
     * transaction: a date the Mesa refuses (before its founding) saves none. Errors name the field {@code dates}.
     */
    @Transactional
    public List<MesaSession> scheduleAtUsual(Actor actor, UUID mesaId, List<LocalDate> dates) {
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
                scheduled.add(schedule(actor, mesaId,
                        new MesaSession.Slot(date, mesa.usualStartsAt(), mesa.usualEndsAt(), mesa.usualPlace())));
            } catch (MesaRuleViolation e) {
                throw MesaRuleViolation.invalid("dates", e.messageKey(), e.arguments());
            }
        }
        return scheduled;
    }

    /** Schedules one session on any date, time and place (the Mesa refuses a date before its founding). */
    @Transactional
    public MesaSession schedule(Actor actor, UUID mesaId, MesaSession.Slot slot) {
        MesaSession session = scheduling.schedule(actor, mesaId, slot);
        audit.changed(actor, AuditAction.CREATED, subject(session), "mesasessions.audit.scheduled",
                Map.of("sesion", session.number(), "fecha", MesaDates.text(session.heldOn())));
        return session;
    }

    @Transactional
    public MesaSession reschedule(Actor actor, UUID mesaId, UUID sessionId, long version, MesaSession.Slot slot) {
        access.standing(actor, mesaId).requireEdit();
        MesaSession session = session(mesaId, sessionId);
        Versions.require(session.version(), version);
        LocalDate before = session.heldOn();
        session.reschedule(mesa(mesaId), slot, actor.displayName(), clock.instant());
        audit.changed(actor, AuditAction.CHANGED, subject(session), "mesasessions.audit.rescheduled",
                Map.of("fecha", AuditTrail.change(MesaDates.text(before), MesaDates.text(session.heldOn())),
                        "lugar", session.place()));
        return SessionViews.withAgenda(sessions.saveAndFlush(session));
    }

    @Transactional
    public MesaSession cancel(Actor actor, UUID mesaId, UUID sessionId, long version, String reason) {
        access.standing(actor, mesaId).requireEdit();
        MesaSession session = session(mesaId, sessionId);
        Versions.require(session.version(), version);
        session.cancel(reason, actor.displayName(), clock.instant());
        audit.changed(actor, AuditAction.CHANGED, subject(session), "mesasessions.audit.cancelled",
                Map.of("motivo", session.cancelReason()));
        return SessionViews.withAgenda(sessions.saveAndFlush(session));
    }

    /** The session took place; refused before its date. */
    @Transactional
    public MesaSession markHeld(Actor actor, UUID mesaId, UUID sessionId) {
        access.standing(actor, mesaId).requireEdit();
        MesaSession session = session(mesaId, sessionId);
        held(actor, session);
        return SessionViews.withAgenda(sessions.saveAndFlush(session));
    }

    void held(Actor actor, MesaSession session) {
        if (session.status() == SessionStatus.HELD) {
            return;
        }
        session.markHeld(LocalDate.now(clock), actor.displayName(), clock.instant());
        audit.changed(actor, AuditAction.CHANGED, subject(session), "mesasessions.audit.held",
                Map.of("sesion", session.number()));
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
