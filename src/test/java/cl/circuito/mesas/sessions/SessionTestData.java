package cl.circuito.mesas.sessions;

import cl.circuito.mesas.mesa.Mesa;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One Mesa's sessions in memory, numbered by date as scheduling numbers them: for the aggregate tests of sessions
 * and of what a session carries (agreements), without Spring or a database. Dates are business days unless a test
 * says otherwise; an agenda item's title is its kind's name.
 */
public final class SessionTestData {

    public static final Instant NOW = Instant.parse("2026-12-07T13:00:00Z");

    private final Mesa mesa;
    private final List<MesaSession> sessions = new ArrayList<>();

    public SessionTestData(Mesa mesa) {
        this.mesa = mesa;
    }

    static MesaSession.Slot slot(LocalDate on) {
        return new MesaSession.Slot(on, LocalTime.of(9, 30), LocalTime.of(12, 0), "Sala OPD");
    }

    /** A business day as the calendar would say, on {@code today}. */
    static SessionDateCheck businessDay(LocalDate today) {
        return new SessionDateCheck(today, true, null, false);
    }

    Mesa mesa() {
        return mesa;
    }

    /** Scheduled on {@code on} when it was {@code today}. */
    public MesaSession scheduled(LocalDate on, LocalDate today) {
        MesaSession session = MesaSession.schedule(mesa, slot(on), businessDay(today), Object::toString, "Olga", NOW);
        place(session);
        return session;
    }

    /** Recorded on {@code today} as held on {@code on}; its attendance not yet recorded. */
    public MesaSession held(LocalDate on, LocalDate today) {
        MesaSession session = MesaSession.recordHeld(mesa, slot(on), businessDay(today), Object::toString, "Olga", NOW);
        place(session);
        return session;
    }

    /** Held on {@code on}, its attendance recorded that day: earlier minutes can be approved at it. */
    public MesaSession tookPlace(LocalDate on) {
        MesaSession session = held(on, on);
        session.recordAttendance(on, "Olga", NOW);
        return session;
    }

    /** Held on {@code on} and recorded on {@code today}, its minutes sent to the members for their reading. */
    public MesaSession circulated(LocalDate on, LocalDate today) {
        MesaSession session = held(on, today);
        session.circulateMinutes("Olga", NOW);
        return session;
    }

    /** Held on {@code on}, its minutes circulated and approved at a session that took place on {@code approvedOn}. */
    public MesaSession approved(LocalDate on, LocalDate approvedOn) {
        MesaSession session = circulated(on, approvedOn);
        session.approveMinutes(tookPlace(approvedOn), "Integrantes presentes, por consenso", null, "Olga", NOW);
        return session;
    }

    /** Numbers {@code session} among the Mesa's others; the others whose number changed, with their former one. */
    Map<MesaSession, Integer> place(MesaSession session) {
        Map<MesaSession, Integer> renumbered = SessionSequence.of(sessions).place(session);
        if (!sessions.contains(session)) {
            sessions.add(session);
        }
        return renumbered;
    }
}
