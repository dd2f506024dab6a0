package cl.circuito.mesas.sessions;

import cl.circuito.shared.text.ChileanDates;
import cl.circuito.audit.AuditAction;
import cl.circuito.audit.AuditDetails;
import cl.circuito.audit.AuditField;
import cl.circuito.audit.AuditTrail;
import cl.circuito.mesas.MesaAccess;
import cl.circuito.mesas.mesa.Mesa;
import cl.circuito.mesas.mesa.MesaRuleViolation;
import cl.circuito.mesas.mesa.Mesas;
import cl.circuito.shared.NotFound;
import cl.circuito.shared.security.Actor;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import static cl.circuito.audit.AuditField.KIND;

/**
 * A session's convocation: the calendar file anyone who reads the Mesa downloads, and the e-mail the
 * co-facilitators send to the representatives of its permanent members, the occasional members convened to
 * this session and its guests. Each sending is recorded; after a change an update, after a suspension a
 * cancellation, both only when the co-facilitators send them.
 */
@Service
public class SessionInvitations {

    private static final String RECIPIENTS = """
            select distinct lower(r.email) as email
              from mesa_representative r join mesa_member m on m.id = r.member_id
             where m.mesa_id = :mesa and m.left_on is null and r.until is null and r.email is not null
               and (m.participation = 'PERMANENT'
                    or exists (select 1 from mesa_session_invitee i where i.session_id = :session and i.member_id = m.id))
            union
            select lower(g.email) from mesa_session_guest g where g.session_id = :session and g.email is not null""";

    private final Mesas mesas;
    private final MesaSessions sessions;
    private final MesaAccess access;
    private final InvitationCalendar calendar;
    private final InvitationDelivery delivery;
    private final MessageSource messages;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    SessionInvitations(Mesas mesas, MesaSessions sessions, MesaAccess access, InvitationCalendar calendar,
                       InvitationDelivery delivery, MessageSource messages, AuditTrail audit, JdbcClient jdbc,
                       Clock clock) {
        this.mesas = mesas;
        this.sessions = sessions;
        this.access = access;
        this.calendar = calendar;
        this.delivery = delivery;
        this.messages = messages;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The calendar file, and the name to save it as. */
    public record CalendarFile(String fileName, byte[] content) {
    }

    /** What was sent: which kind, to how many addresses. */
    public record Sent(InvitationKind kind, int recipients) {
    }

    @Transactional(readOnly = true)
    public CalendarFile calendarFile(Actor actor, UUID mesaId, UUID sessionId) {
        access.standing(actor, mesaId).requireRead();
        MesaSession session = session(mesaId, sessionId);
        return new CalendarFile("sesion-" + session.number() + ".ics", calendar.ics(mesa(mesaId).name(), session));
    }

    /**
     * Sends what is owed: the invitation if none was sent, an update if the session changed since, a
     * cancellation if it was suspended after being convened. A held session, or a suspended one nobody
     * was convened to, is refused (409); a session without any address to send to, too (422).
     */
    @Transactional
    public Sent send(Actor actor, UUID mesaId, UUID sessionId) {
        access.standing(actor, mesaId).requireEdit();
        Mesa mesa = mesa(mesaId);
        MesaSession session = session(mesaId, sessionId);
        List<SessionViews.Sending> sent = sendings(sessionId);
        InvitationKind kind;
        if (session.status() == SessionStatus.HELD) {
            throw MesaRuleViolation.conflict("mesasessions.error.heldNotConvened");
        } else if (session.status() == SessionStatus.CANCELLED) {
            if (SessionViews.pendingNotice(session, sent) != InvitationKind.CANCELLATION) {
                throw MesaRuleViolation.conflict("mesasessions.error.nothingToCancel");
            }
            kind = InvitationKind.CANCELLATION;
        } else {
            kind = sent.isEmpty() ? InvitationKind.INVITATION : InvitationKind.UPDATE;
        }
        List<String> to = recipients(mesaId, sessionId);
        if (to.isEmpty()) {
            throw MesaRuleViolation.invalid("recipients", "mesasessions.error.noRecipients");
        }
        Instant now = clock.instant();
        jdbc.sql("""
                        insert into mesa_invitation_sending (id, session_id, kind, ics_sequence, recipients, sent_at, sent_by_name)
                        values (:id, :session, :kind, :sequence, :recipients, :at, :by)""")
                .param("id", UUID.randomUUID()).param("session", sessionId).param("kind", kind.name())
                .param("sequence", session.icsSequence()).param("recipients", to.size())
                .param("at", java.sql.Timestamp.from(now)).param("by", actor.displayName())
                .update();
        audit.changed(actor, AuditAction.CHANGED, SessionPlanning.subject(session), "mesasessions.audit.sent",
                AuditDetails.of(KIND, kind).with(AuditField.RECIPIENTS, to.size()));
        // Sent last: if the mail server refuses, the transaction rolls back and nothing is recorded as sent.
        try {
            delivery.deliver(new InvitationDelivery.InvitationMail(to, subject(kind, mesa, session),
                    body(kind, mesa, session), calendar.ics(mesa.name(), session),
                    kind == InvitationKind.CANCELLATION ? "CANCEL" : "REQUEST"));
        } catch (MailException e) {
            throw new MailUnavailable();
        }
        return new Sent(kind, to.size());
    }

    /** The addresses a convocation of this session goes to now. */
    @Transactional(readOnly = true)
    public List<String> recipients(Actor actor, UUID mesaId, UUID sessionId) {
        access.standing(actor, mesaId).requireRead();
        session(mesaId, sessionId);
        return recipients(mesaId, sessionId);
    }

    private List<String> recipients(UUID mesaId, UUID sessionId) {
        Set<String> all = new LinkedHashSet<>(jdbc.sql(RECIPIENTS).param("mesa", mesaId).param("session", sessionId)
                .query(String.class).list());
        return new ArrayList<>(all);
    }

    private List<SessionViews.Sending> sendings(UUID sessionId) {
        return jdbc.sql("""
                        select kind, ics_sequence, recipients, sent_at, sent_by_name from mesa_invitation_sending
                         where session_id = :session order by sent_at desc""")
                .param("session", sessionId)
                .query((rs, n) -> new SessionViews.Sending(InvitationKind.valueOf(rs.getString("kind")),
                        rs.getInt("ics_sequence"), rs.getInt("recipients"), rs.getTimestamp("sent_at").toInstant(),
                        rs.getString("sent_by_name")))
                .list();
    }

    private String subject(InvitationKind kind, Mesa mesa, MesaSession session) {
        return text("mesasessions.mail.subject." + kind, calendar.summary(mesa.name(), session));
    }

    private String body(InvitationKind kind, Mesa mesa, MesaSession session) {
        StringBuilder body = new StringBuilder();
        body.append(text("mesasessions.mail.intro." + kind, mesa.name(), String.valueOf(session.number()))).append("\n\n");
        body.append(text("mesasessions.mail.when", ChileanDates.day(session.heldOn()), session.startsAt().toString(),
                session.endsAt().toString())).append('\n');
        body.append(text("mesasessions.mail.where", session.place())).append("\n\n");
        body.append(calendar.description(session)).append("\n\n");
        body.append(text("mesasessions.mail.closing"));
        return body.toString();
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.forLanguageTag("es-CL"));
    }

    private Mesa mesa(UUID mesaId) {
        return mesas.findById(mesaId).orElseThrow(() -> new NotFound("mesa"));
    }

    private MesaSession session(UUID mesaId, UUID sessionId) {
        return sessions.findByIdAndMesaId(sessionId, mesaId).orElseThrow(() -> new NotFound("mesaSession"));
    }
}
