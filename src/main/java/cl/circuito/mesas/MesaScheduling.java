package cl.circuito.mesas;

import cl.circuito.shared.NotFound;
import cl.circuito.shared.security.Actor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Locale;
import java.util.UUID;

/** Scheduling a session of a Mesa (co-facilitators): numbered in order, with the standard agenda in Spanish. */
@Service
public class MesaScheduling {

    static final Locale CHILE = Locale.forLanguageTag("es-CL");

    private final Mesas mesas;
    private final MesaSessions sessions;
    private final MesaAccess access;
    private final MessageSource messages;
    private final Clock clock;

    MesaScheduling(Mesas mesas, MesaSessions sessions, MesaAccess access, MessageSource messages, Clock clock) {
        this.mesas = mesas;
        this.sessions = sessions;
        this.access = access;
        this.messages = messages;
        this.clock = clock;
    }

    @Transactional
    public MesaSession schedule(Actor actor, UUID mesaId, MesaSession.Slot slot) {
        access.standing(actor, mesaId).requireEdit();
        Mesa mesa = mesas.findById(mesaId).orElseThrow(() -> new NotFound("mesa"));
        int number = sessions.lastNumber(mesaId) + 1;
        MesaSession session = MesaSession.schedule(mesa, number, slot,
                kind -> messages.getMessage("mesas.agenda." + kind, null, CHILE), actor.displayName(), clock.instant());
        return sessions.save(session);
    }
}
