package cl.circuito.mesas.sessions;

import cl.circuito.audit.AuditAction;
import cl.circuito.audit.AuditDetails;
import cl.circuito.audit.AuditTrail;
import cl.circuito.mesas.MesaAccess;
import cl.circuito.shared.NotFound;
import cl.circuito.shared.Versions;
import cl.circuito.shared.security.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.UUID;

import static cl.circuito.audit.AuditField.ITEM;

/** Editing a session's agenda (co-facilitators): refused once its minutes are approved. */
@Service
public class SessionAgendas {

    private final MesaSessions sessions;
    private final MesaAccess access;
    private final AuditTrail audit;
    private final Clock clock;

    SessionAgendas(MesaSessions sessions, MesaAccess access, AuditTrail audit, Clock clock) {
        this.sessions = sessions;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** What an item says: its title, an optional description and who presents it. */
    public record ItemText(String title, String description, String presenter) {
    }

    @Transactional
    public AgendaItem add(Actor actor, UUID mesaId, UUID sessionId, ItemText text) {
        MesaSession session = load(actor, mesaId, sessionId);
        AgendaItem item = session.addItem(AgendaItemKind.CUSTOM, text.title(), text.description(), text.presenter(),
                actor.displayName(), clock.instant());
        record(actor, session, "mesasessions.audit.itemAdded", item.title());
        sessions.saveAndFlush(session);
        return item;
    }

    @Transactional
    public AgendaItem describe(Actor actor, UUID mesaId, UUID sessionId, Long version, UUID itemId, ItemText text) {
        MesaSession session = load(actor, mesaId, sessionId, version);
        session.describeItem(itemId, text.title(), text.description(), text.presenter(), actor.displayName(),
                clock.instant());
        AgendaItem item = session.item(itemId);
        record(actor, session, "mesasessions.audit.itemChanged", item.title());
        sessions.saveAndFlush(session);
        return item;
    }

    @Transactional
    public MesaSession remove(Actor actor, UUID mesaId, UUID sessionId, Long version, UUID itemId) {
        MesaSession session = load(actor, mesaId, sessionId, version);
        String title = session.item(itemId).title();
        session.removeItem(itemId, actor.displayName(), clock.instant());
        record(actor, session, "mesasessions.audit.itemRemoved", title);
        return SessionViews.withAgenda(sessions.saveAndFlush(session));
    }

    /** One place up ({@code up}) or down. */
    @Transactional
    public MesaSession move(Actor actor, UUID mesaId, UUID sessionId, Long version, UUID itemId, boolean up) {
        MesaSession session = load(actor, mesaId, sessionId, version);
        session.moveItem(itemId, up ? -1 : 1, actor.displayName(), clock.instant());
        record(actor, session, "mesasessions.audit.itemMoved", session.item(itemId).title());
        return SessionViews.withAgenda(sessions.saveAndFlush(session));
    }

    private MesaSession load(Actor actor, UUID mesaId, UUID sessionId) {
        access.standing(actor, mesaId).requireEdit();
        return sessions.findByIdAndMesaId(sessionId, mesaId).orElseThrow(() -> new NotFound("mesaSession"));
    }

    /** Changing or removing an item changes the session's agenda as the co-facilitator read it. */
    private MesaSession load(Actor actor, UUID mesaId, UUID sessionId, Long version) {
        MesaSession session = load(actor, mesaId, sessionId);
        Versions.require(session.version(), version);
        return session;
    }

    private void record(Actor actor, MesaSession session, String key, String title) {
        audit.changed(actor, AuditAction.CHANGED, SessionPlanning.subject(session), key, AuditDetails.of(ITEM, title));
    }
}
