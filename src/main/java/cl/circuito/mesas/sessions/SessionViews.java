package cl.circuito.mesas.sessions;

import cl.circuito.mesas.MesaAccess;
import cl.circuito.mesas.MesaStanding;
import cl.circuito.shared.NotFound;
import cl.circuito.shared.security.Actor;
import cl.circuito.waitinglist.CapacityFigures;
import cl.circuito.waitinglist.CapacityModel;
import cl.circuito.waitinglist.ProgramFlows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What the sessions' pages and API read: the list of a Mesa's sessions and one session with its agenda's context. */
@Service
@Transactional(readOnly = true)
public class SessionViews {

    /** The first session's flows look back this many days. */
    public static final int FIRST_FLOWS_DAYS = 30;

    private final MesaSessions sessions;
    private final MesaAccess access;
    private final ProgramFlows flows;
    private final CapacityFigures capacity;
    private final JdbcClient jdbc;
    private final Clock clock;

    SessionViews(MesaSessions sessions, MesaAccess access, ProgramFlows flows, CapacityFigures capacity,
                 JdbcClient jdbc, Clock clock) {
        this.sessions = sessions;
        this.access = access;
        this.flows = flows;
        this.capacity = capacity;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One line of the sessions list; {@code present}: people present (representatives and guests). */
    public record Row(UUID id, int number, LocalDate heldOn, LocalTime startsAt, LocalTime endsAt, String place,
                      SessionStatus status, MinutesStatus minutesStatus, int present, boolean attendanceTaken) {
    }

    /** A convocation sent. */
    public record Sending(InvitationKind kind, int icsSequence, int recipients, Instant sentAt, String sentByName) {
    }

    /**
     * The flows summary under the agenda's flows item: the period, one line per program, and the comuna's capacity
     * as the circuit's capacity view counts it (today, not at the session's date: a forecast starts from today).
     */
    public record FlowsSummary(LocalDate from, LocalDate to, LocalDate asOf, List<ProgramFlows.Flow> programs,
                               ComunaCapacity capacity) {
    }

    /**
     * The comuna's capacity in counts: demand, the list and its last months' ends, the waits of the admitted, the load
     * and the places needed to bring the wait under the target within {@value CapacityModel#DEFAULT_MONTHS} months.
     */
    public record ComunaCapacity(CapacityFigures.Part figures, CapacityModel.Projection projection,
                                 List<CapacityFigures.Month> trend) {
    }

    /** The months of the list's trend the flows item shows (the current one included). */
    static final int TREND_MONTHS = 4;

    /**
     * A session's page: the session, its neighbours in the agenda's sense, and what the standard items show (the
     * open agreements aside: the page asks the agreements for them, which build on the sessions).
     */
    public record SessionPage(MesaSession session, MesaStanding standing, Optional<MesaSession> previous,
                              FlowsSummary flows, List<Sending> sendings,
                              InvitationKind pendingNotice, LocalDate today) {

        public boolean editable() {
            return standing.edits() && session.minutesStatus() != MinutesStatus.APPROVED;
        }

        public boolean scheduled() {
            return session.status() == SessionStatus.SCHEDULED;
        }
    }

    public List<Row> list(Actor actor, UUID mesaId) {
        access.standing(actor, mesaId).requireRead();
        return jdbc.sql("""
                        select s.id, s.number, s.held_on, s.starts_at, s.ends_at, s.place, s.status, s.minutes_status,
                               (select count(*) from mesa_attendance a where a.session_id = s.id and a.status = 'PRESENT')
                             + (select count(*) from mesa_session_guest g where g.session_id = s.id and g.present) as present,
                               exists (select 1 from mesa_attendance a where a.session_id = s.id) as taken
                          from mesa_session s where s.mesa_id = :mesa
                         order by s.held_on desc, s.number desc""")
                .param("mesa", mesaId)
                .query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getInt("number"),
                        rs.getObject("held_on", LocalDate.class), rs.getObject("starts_at", LocalTime.class),
                        rs.getObject("ends_at", LocalTime.class), rs.getString("place"),
                        SessionStatus.valueOf(rs.getString("status")), MinutesStatus.valueOf(rs.getString("minutes_status")),
                        rs.getInt("present"), rs.getBoolean("taken")))
                .list();
    }

    public SessionPage page(Actor actor, UUID mesaId, UUID sessionId) {
        MesaStanding standing = access.standing(actor, mesaId);
        standing.requireRead();
        MesaSession session = withAgenda(sessions.findByIdAndMesaId(sessionId, mesaId)
                .orElseThrow(() -> new NotFound("mesaSession")));
        Optional<MesaSession> previous = sessions.findPrevious(mesaId, session.heldOn());
        LocalDate today = LocalDate.now(clock);
        List<Sending> sent = sendings(sessionId);
        return new SessionPage(session, standing, previous,
                flows(mesaId, session, previous), sent, pendingNotice(session, sent), today);
    }

    /** The session, for the API and the calendar file. */
    public MesaSession session(Actor actor, UUID mesaId, UUID sessionId) {
        access.standing(actor, mesaId).requireRead();
        return withAgenda(sessions.findByIdAndMesaId(sessionId, mesaId).orElseThrow(() -> new NotFound("mesaSession")));
    }

    /** The agenda loaded inside the transaction: callers map it after it closed. */
    static MesaSession withAgenda(MesaSession session) {
        session.agenda().size();
        return session;
    }

    /** Since the previous session (or the last {@value #FIRST_FLOWS_DAYS} days) until this session's date. */
    FlowsSummary flows(UUID mesaId, MesaSession session, Optional<MesaSession> previous) {
        LocalDate to = session.heldOn();
        LocalDate from = previous.map(MesaSession::heldOn).filter(d -> d.isBefore(to))
                .orElse(to.minusDays(FIRST_FLOWS_DAYS));
        LocalDate today = LocalDate.now(clock);
        return new FlowsSummary(from, to, to.isAfter(today) ? today : to, flows.of(memberPrograms(mesaId), from, to),
                comunaCapacity(mesaId, today));
    }

    ComunaCapacity comunaCapacity(UUID mesaId, LocalDate today) {
        String comuna = jdbc.sql("select comuna_code from mesa where id = :mesa").param("mesa", mesaId)
                .query(String.class).single();
        CapacityFigures.Figures f = capacity.of(new CapacityFigures.Area(CapacityFigures.Level.COMUNA, comuna), today);
        List<CapacityFigures.Month> months = f.months();
        return new ComunaCapacity(f.total(), CapacityModel.project(f.total().inputs(), CapacityModel.WhatIf.none()),
                months.subList(Math.max(0, months.size() - TREND_MONTHS), months.size()));
    }

    /** The Mesa's current member programs, and the programs in its comuna of its member institutions. */
    List<UUID> memberPrograms(UUID mesaId) {
        return jdbc.sql("""
                        select m.program_id from mesa_member m
                         where m.mesa_id = :mesa and m.left_on is null and m.kind = 'PROGRAM'
                        union
                        select p.id from mesa_member m join mesa x on x.id = m.mesa_id
                          join program p on p.institution_id = m.institution_id and p.comuna_code = x.comuna_code
                         where m.mesa_id = :mesa and m.left_on is null and m.kind = 'INSTITUTION' and p.active""")
                .param("mesa", mesaId).query(UUID.class).list();
    }

    List<Sending> sendings(UUID sessionId) {
        return jdbc.sql("""
                        select kind, ics_sequence, recipients, sent_at, sent_by_name from mesa_invitation_sending
                         where session_id = :session order by sent_at desc""")
                .param("session", sessionId)
                .query((rs, n) -> new Sending(InvitationKind.valueOf(rs.getString("kind")), rs.getInt("ics_sequence"),
                        rs.getInt("recipients"), rs.getTimestamp("sent_at").toInstant(), rs.getString("sent_by_name")))
                .list();
    }

    /**
     * The notice owed to those already convened: an update once the session changed after the last sending,
     * a cancellation once it was suspended; null when nothing is owed (or nothing was ever sent).
     */
    static InvitationKind pendingNotice(MesaSession session, List<Sending> sent) {
        if (sent.isEmpty()) {
            return null;
        }
        Sending last = sent.get(0);
        if (session.status() == SessionStatus.CANCELLED) {
            return last.kind() == InvitationKind.CANCELLATION ? null : InvitationKind.CANCELLATION;
        }
        if (session.status() == SessionStatus.SCHEDULED && last.icsSequence() < session.icsSequence()) {
            return InvitationKind.UPDATE;
        }
        return null;
    }
}
