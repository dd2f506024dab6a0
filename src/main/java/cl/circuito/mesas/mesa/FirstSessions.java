package cl.circuito.mesas.mesa;

import java.time.LocalDate;
import java.util.UUID;

/**
 * When a Mesa first met: its founding date cannot move after it. Implemented by the sessions' repository
 * ({@code mesas.sessions.MesaSessions}). An interface because the sessions build on the Mesa: its setup asks
 * through it rather than depending on the sessions in turn.
 */
public interface FirstSessions {

    /** The date of the Mesa's earliest session not cancelled (held or to be held); null if it has none. */
    LocalDate firstSessionOn(UUID mesaId);
}
