package cl.circuito.mesas.sessions;

import cl.circuito.audit.AuditAction;
import cl.circuito.audit.AuditDetails;
import cl.circuito.audit.AuditTrail;
import cl.circuito.mesas.MesaAccess;
import cl.circuito.mesas.MesaStanding;
import cl.circuito.mesas.Participation;
import cl.circuito.mesas.mesa.MesaMember;
import cl.circuito.mesas.mesa.MesaMembers;
import cl.circuito.mesas.mesa.MesaRuleViolation;
import cl.circuito.shared.NotFound;
import cl.circuito.shared.Versions;
import cl.circuito.shared.security.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import static cl.circuito.audit.AuditField.GUEST;
import static cl.circuito.audit.AuditField.GUESTS_PRESENT;
import static cl.circuito.audit.AuditField.MEMBER;
import static cl.circuito.audit.AuditField.PRESENT;

/**
 * A session's attendance: who is expected (the permanent members current at the session's date, and the
 * occasional ones convened to it, each through its current representatives, or itself when it has none), the
 * guests invited to this session only, and what the co-facilitators record — in one go, which marks the
 * session as held.
 */
@Service
public class SessionAttendance {

    public static final int MAX_TEXT = 200;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final UUID NONE = new UUID(0, 0);

    private static final String EXPECTED = """
            select m.id as member_id, m.name as member_name, m.participation, m.co_facilitator,
                   r.id as representative_id, r.full_name, r.position, a.status
              from mesa_member m
              left join mesa_representative r on r.member_id = m.id and (r.until is null or r.until > :heldOn)
              left join mesa_attendance a on a.session_id = :session and a.member_id = m.id
                                          and a.representative_id is not distinct from r.id
             where m.mesa_id = :mesa and m.joined_on <= :heldOn and (m.left_on is null or m.left_on > :heldOn)
               and (m.participation = 'PERMANENT'
                    or exists (select 1 from mesa_session_invitee i where i.session_id = :session and i.member_id = m.id)
                    or exists (select 1 from mesa_attendance x where x.session_id = :session and x.member_id = m.id))
             order by m.co_facilitator desc, m.name, r.full_name""";

    private final MesaSessions sessions;
    private final MesaMembers members;
    private final MesaAccess access;
    private final SessionPlanning planning;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    SessionAttendance(MesaSessions sessions, MesaMembers members, MesaAccess access, SessionPlanning planning,
                      AuditTrail audit, JdbcClient jdbc, Clock clock) {
        this.sessions = sessions;
        this.members = members;
        this.access = access;
        this.planning = planning;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One expected line; {@code representativeId} null for a member without representatives; status null until recorded. */
    public record Line(UUID memberId, String memberName, Participation participation, UUID representativeId,
                       String personName, String position, AttendanceStatus status) {
    }

    public record Guest(UUID id, String fullName, String institution, String position, String email, boolean present) {
    }

    /** A member that may be convened to this session (occasional, current), and whether it is. */
    public record Occasional(UUID memberId, String name, boolean invited) {
    }

    /** What the attendance page shows. */
    public record Sheet(MesaSession session, MesaStanding standing, List<Line> lines, List<Guest> guests,
                        List<Occasional> occasional, boolean taken) {
    }

    /** What the co-facilitators record: one status per line, and which guests came. */
    public record Mark(UUID memberId, UUID representativeId, AttendanceStatus status) {
    }

    public record GuestDetails(String fullName, String institution, String position, String email) {
    }

    @Transactional(readOnly = true)
    public Sheet sheet(Actor actor, UUID mesaId, UUID sessionId) {
        MesaStanding standing = access.standing(actor, mesaId);
        standing.requireRead();
        MesaSession session = session(mesaId, sessionId);
        List<Line> lines = lines(mesaId, session);
        Set<UUID> invited = new HashSet<>(jdbc.sql("select member_id from mesa_session_invitee where session_id = ?")
                .param(sessionId).query(UUID.class).list());
        List<Occasional> occasional = members.findCurrent(mesaId).stream()
                .filter(m -> m.participation() == Participation.OCCASIONAL)
                .map(m -> new Occasional(m.id(), m.name(), invited.contains(m.id())))
                .toList();
        boolean taken = lines.stream().anyMatch(l -> l.status() != null);
        return new Sheet(session, standing, lines, guests(sessionId), occasional, taken);
    }

    List<Line> lines(UUID mesaId, MesaSession session) {
        return jdbc.sql(EXPECTED)
                .param("mesa", mesaId).param("session", session.id()).param("heldOn", session.heldOn())
                .query((rs, n) -> new Line(rs.getObject("member_id", UUID.class), rs.getString("member_name"),
                        Participation.valueOf(rs.getString("participation")),
                        rs.getObject("representative_id", UUID.class), rs.getString("full_name"),
                        rs.getString("position"),
                        rs.getString("status") == null ? null : AttendanceStatus.valueOf(rs.getString("status"))))
                .list();
    }

    List<Guest> guests(UUID sessionId) {
        return jdbc.sql("""
                        select id, full_name, institution, position, email, present from mesa_session_guest
                         where session_id = ? order by created_at, full_name""")
                .param(sessionId)
                .query((rs, n) -> new Guest(rs.getObject("id", UUID.class), rs.getString("full_name"),
                        rs.getString("institution"), rs.getString("position"), rs.getString("email"),
                        rs.getBoolean("present")))
                .list();
    }

    /**
     * Records the attendance (replacing what was recorded) and marks the session held: refused before its
     * date (on {@code heldOn}) or for a suspended session. A line left out counts as absent; a line that is
     * not expected at this session is refused on {@code lines}.
     */
    @Transactional
    public void record(Actor actor, UUID mesaId, UUID sessionId, Long version, List<Mark> marks,
                       Set<UUID> presentGuests) {
        access.standing(actor, mesaId).requireEdit();
        MesaSession session = session(mesaId, sessionId);
        Versions.require(session.version(), version);
        if (session.minutesStatus() == MinutesStatus.APPROVED) {
            throw MesaRuleViolation.conflict("mesas.error.minutesApproved", session.number());
        }
        planning.held(actor, session);
        session.recordAttendance(LocalDate.now(clock), actor.displayName(), clock.instant());
        List<Line> expected = lines(mesaId, session);
        Map<String, Line> byKey = new HashMap<>();
        expected.forEach(l -> byKey.put(key(l.memberId(), l.representativeId()), l));
        Map<String, AttendanceStatus> statuses = new HashMap<>();
        for (Mark mark : marks == null ? List.<Mark>of() : marks) {
            if (mark.memberId() == null || !byKey.containsKey(key(mark.memberId(), mark.representativeId()))) {
                throw MesaRuleViolation.invalid("lines", "mesasessions.error.unknownLine");
            }
            statuses.put(key(mark.memberId(), mark.representativeId()),
                    mark.status() == null ? AttendanceStatus.ABSENT : mark.status());
        }
        Set<UUID> guestIds = new HashSet<>();
        guests(sessionId).forEach(g -> guestIds.add(g.id()));
        Set<UUID> present = presentGuests == null ? Set.of() : presentGuests;
        if (!guestIds.containsAll(present)) {
            throw MesaRuleViolation.invalid("guests", "mesasessions.error.unknownGuest");
        }
        Instant now = clock.instant();
        jdbc.sql("delete from mesa_attendance where session_id = ?").param(sessionId).update();
        int presentCount = 0;
        for (Line line : expected) {
            AttendanceStatus status = statuses.getOrDefault(key(line.memberId(), line.representativeId()),
                    AttendanceStatus.ABSENT);
            presentCount += status == AttendanceStatus.PRESENT ? 1 : 0;
            jdbc.sql("""
                            insert into mesa_attendance (id, session_id, member_id, representative_id, status, recorded_at,
                                                         recorded_by_name)
                            values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(UUID.randomUUID(), sessionId, line.memberId(), line.representativeId(), status.name(),
                            Timestamp.from(now), actor.displayName())
                    .update();
        }
        jdbc.sql("update mesa_session_guest set present = (id = any(?)) where session_id = ?")
                .params(present.toArray(new UUID[0]), sessionId).update();
        audit.changed(actor, AuditAction.CHANGED, SessionPlanning.subject(session), "mesasessions.audit.attendance",
                AuditDetails.of(PRESENT, presentCount).with(GUESTS_PRESENT, present.size()));
        sessions.saveAndFlush(session);
    }

    /** Convenes an occasional member to this session: it gets the convocation and appears in the attendance. */
    @Transactional
    public void invite(Actor actor, UUID mesaId, UUID sessionId, UUID memberId) {
        access.standing(actor, mesaId).requireEdit();
        MesaSession session = openSession(mesaId, sessionId);
        MesaMember member = members.findByIdAndMesaId(memberId, mesaId).filter(MesaMember::isCurrent)
                .orElseThrow(() -> new NotFound("mesaMember"));
        if (member.participation() != Participation.OCCASIONAL) {
            throw MesaRuleViolation.invalid("memberId", "mesasessions.error.notOccasional", member.name());
        }
        jdbc.sql("""
                        insert into mesa_session_invitee (session_id, member_id, invited_at, invited_by_name)
                        values (?, ?, ?, ?) on conflict do nothing""")
                .params(sessionId, memberId, Timestamp.from(clock.instant()), actor.displayName()).update();
        audit.changed(actor, AuditAction.CHANGED, SessionPlanning.subject(session), "mesasessions.audit.invited",
                AuditDetails.of(MEMBER, member.name()));
    }

    @Transactional
    public void uninvite(Actor actor, UUID mesaId, UUID sessionId, UUID memberId) {
        access.standing(actor, mesaId).requireEdit();
        MesaSession session = openSession(mesaId, sessionId);
        MesaMember member = members.findByIdAndMesaId(memberId, mesaId).orElseThrow(() -> new NotFound("mesaMember"));
        jdbc.sql("delete from mesa_session_invitee where session_id = ? and member_id = ?").params(sessionId, memberId)
                .update();
        audit.changed(actor, AuditAction.CHANGED, SessionPlanning.subject(session), "mesasessions.audit.uninvited",
                AuditDetails.of(MEMBER, member.name()));
    }

    @Transactional
    public Guest addGuest(Actor actor, UUID mesaId, UUID sessionId, GuestDetails details) {
        access.standing(actor, mesaId).requireEdit();
        MesaSession session = openSession(mesaId, sessionId);
        String name = required(details.fullName(), "fullName", "mesasessions.error.required.guestName");
        String institution = optional(details.institution(), "institution");
        String position = optional(details.position(), "position");
        String email = optional(details.email(), "email");
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw MesaRuleViolation.invalid("email", "mesas.error.email");
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into mesa_session_guest (id, session_id, full_name, institution, position, email, created_at)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, sessionId, name, institution, position, email, Timestamp.from(clock.instant())).update();
        audit.changed(actor, AuditAction.CHANGED, SessionPlanning.subject(session), "mesasessions.audit.guestAdded",
                AuditDetails.of(GUEST, name));
        return new Guest(id, name, institution, position, email, false);
    }

    @Transactional
    public void removeGuest(Actor actor, UUID mesaId, UUID sessionId, UUID guestId) {
        access.standing(actor, mesaId).requireEdit();
        MesaSession session = openSession(mesaId, sessionId);
        String name = jdbc.sql("select full_name from mesa_session_guest where id = ? and session_id = ?")
                .params(guestId, sessionId).query(String.class).optional()
                .orElseThrow(() -> new NotFound("mesaSession"));
        jdbc.sql("delete from mesa_session_guest where id = ?").param(guestId).update();
        audit.changed(actor, AuditAction.CHANGED, SessionPlanning.subject(session), "mesasessions.audit.guestRemoved",
                AuditDetails.of(GUEST, name));
    }

    private MesaSession session(UUID mesaId, UUID sessionId) {
        return sessions.findByIdAndMesaId(sessionId, mesaId).orElseThrow(() -> new NotFound("mesaSession"));
    }

    /** Guests and convened members change until the minutes are approved; not for a suspended session. */
    private MesaSession openSession(UUID mesaId, UUID sessionId) {
        MesaSession session = session(mesaId, sessionId);
        if (session.status() == SessionStatus.CANCELLED) {
            throw MesaRuleViolation.conflict("mesas.error.sessionNotScheduled", session.number());
        }
        if (session.minutesStatus() == MinutesStatus.APPROVED) {
            throw MesaRuleViolation.conflict("mesas.error.minutesApproved", session.number());
        }
        return session;
    }

    private static String key(UUID memberId, UUID representativeId) {
        return memberId + "/" + Objects.requireNonNullElse(representativeId, NONE);
    }

    private static String required(String value, String field, String key) {
        if (value == null || value.isBlank()) {
            throw MesaRuleViolation.invalid(field, key);
        }
        return optional(value, field);
    }

    private static String optional(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > MAX_TEXT) {
            throw MesaRuleViolation.invalid(field, "mesas.error.tooLong", MAX_TEXT);
        }
        return value.strip();
    }
}
