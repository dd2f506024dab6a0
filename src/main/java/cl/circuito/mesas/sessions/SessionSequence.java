package cl.circuito.mesas.sessions;

import cl.circuito.shared.text.ChileanDates;
import cl.circuito.mesas.mesa.MesaRuleViolation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The numbers of a Mesa's sessions, which follow their dates: N° 1 is the earliest session, and each later one
 * the next number, suspended sessions included (a suspension is part of the record: "Sesión N° 7, suspendida").
 *
 * <p>A session placed between two others takes its place and the later ones move up one. Only sessions not yet
 * held move: a held session's number is cited by its minutes, its agreements and the minutes that approved it,
 * so a date that would change it is refused, and the way to record a forgotten session is to record it after
 * the last held one. Two sessions of a Mesa never share a date (a suspended one excepted), so the order is the
 * dates' order; on one date a suspended session comes before the one that replaced it.
 *
 * <p>Built from all the Mesa's sessions, read under the Mesa's scheduling lock ({@link MesaScheduling}); the
 * database keeps the same rules (unique numbers, no number against the dates, held numbers fixed).
 */
final class SessionSequence {

    static final Comparator<MesaSession> BY_DATE = Comparator.comparing(MesaSession::heldOn)
            .thenComparing(s -> s.status() != SessionStatus.CANCELLED)
            .thenComparing(MesaSession::startsAt)
            .thenComparing(MesaSession::createdAt)
            .thenComparing(s -> s.id().toString());

    private final List<MesaSession> sessions;

    private SessionSequence(Collection<MesaSession> sessions) {
        this.sessions = new ArrayList<>(sessions);
    }

    static SessionSequence of(Collection<MesaSession> sessions) {
        return new SessionSequence(sessions);
    }

    /**
     * Places a new or moved session and numbers every session by date. Refused on {@code heldOn}: a date another
     * session of the Mesa has, or one that would change the number of a session already held.
     *
     * @return the other sessions whose number changed, with the number each had before
     */
    Map<MesaSession, Integer> place(MesaSession placed) {
        if (!sessions.contains(placed)) {
            sessions.add(placed);
        }
        if (placed.status() != SessionStatus.CANCELLED) {
            for (MesaSession other : sessions) {
                if (other != placed && other.status() != SessionStatus.CANCELLED && other.heldOn().equals(placed.heldOn())) {
                    throw MesaRuleViolation.invalid("heldOn", "mesasessions.error.dateTaken",
                            ChileanDates.day(placed.heldOn()), other.number());
                }
            }
        }
        List<MesaSession> ordered = new ArrayList<>(sessions);
        ordered.sort(BY_DATE);
        for (int i = 0; i < ordered.size(); i++) {
            MesaSession session = ordered.get(i);
            if (session != placed && session.status() == SessionStatus.HELD && session.number() != i + 1) {
                throw heldWouldMove(placed, lastHeld(ordered));
            }
        }
        Map<MesaSession, Integer> renumbered = new LinkedHashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            MesaSession session = ordered.get(i);
            int before = session.number();
            session.numberAs(i + 1);
            if (session != placed && before != session.number()) {
                renumbered.put(session, before);
            }
        }
        return renumbered;
    }

    private static MesaSession lastHeld(List<MesaSession> ordered) {
        return ordered.stream().filter(s -> s.status() == SessionStatus.HELD).reduce((a, b) -> b).orElseThrow();
    }

    /**
     * A date on or before the last held session would slip in before it; a session dated before a held one that
     * moves after it would pull it back. Either way the held session's number would change.
     */
    private static MesaRuleViolation heldWouldMove(MesaSession placed, MesaSession lastHeld) {
        if (!placed.heldOn().isAfter(lastHeld.heldOn())) {
            return MesaRuleViolation.invalid("heldOn", "mesasessions.error.beforeHeldSession", lastHeld.number(),
                    ChileanDates.day(lastHeld.heldOn()));
        }
        return MesaRuleViolation.invalid("heldOn", "mesasessions.error.movesPastHeldSession", placed.number(),
                lastHeld.number(), ChileanDates.day(lastHeld.heldOn()));
    }
}
