package cl.circuito.mesas.minutes;

import cl.circuito.audit.AuditTrail;
import cl.circuito.mesas.MesaAccess;
import cl.circuito.mesas.MesaStanding;
import cl.circuito.mesas.agreements.AgreementQueries;
import cl.circuito.mesas.agreements.AgreementRow;
import cl.circuito.mesas.sessions.AgendaItem;
import cl.circuito.mesas.sessions.AttendanceDigest;
import cl.circuito.mesas.sessions.CaseReviewDigest;
import cl.circuito.mesas.sessions.MesaMinutes;
import cl.circuito.mesas.sessions.MesaSession;
import cl.circuito.mesas.sessions.MesaSessions;
import cl.circuito.mesas.sessions.MinutesStatus;
import cl.circuito.mesas.sessions.SessionStatus;
import cl.circuito.shared.NotFound;
import cl.circuito.shared.documents.PaperSize;
import cl.circuito.shared.documents.PdfRenderer;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.text.ChileanDates;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The acta of a session as its page, the API and the PDF read it: the agenda items' notes and decisions, who
 * attended, the agreements taken and those reviewed, and the case reviews (content for the Mesa's members only).
 * The minutes are written, circulated and approved in the sessions ({@code sessions.MesaMinutes}); they are read
 * here, above both the sessions and the agreements, because they show the agreements of a session.
 */
@Service
public class MinutesViews {

    private final MesaAccess access;
    private final MesaSessions sessions;
    private final AgreementQueries agreements;
    private final AttendanceDigest attendance;
    private final CaseReviewDigest caseReviews;
    private final PdfRenderer pdfs;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    MinutesViews(MesaAccess access, MesaSessions sessions, AgreementQueries agreements,
                 AttendanceDigest attendance, CaseReviewDigest caseReviews,
                 PdfRenderer pdfs, AuditTrail audit, JdbcClient jdbc, Clock clock) {
        this.access = access;
        this.sessions = sessions;
        this.agreements = agreements;
        this.attendance = attendance;
        this.caseReviews = caseReviews;
        this.pdfs = pdfs;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The session whose minutes these minutes approved, or whose minutes are read at this one. */
    public record SessionRef(UUID id, int number, LocalDate heldOn, Long version) {

        static SessionRef of(MesaSession s) {
            return new SessionRef(s.id(), s.number(), s.heldOn(), s.version());
        }
    }

    /** A current member the agreements can name as responsible, with its current representatives. */
    public record MemberOption(UUID id, String name, List<String> representatives) {
    }

    /**
     * Everything the minutes show. {@code caseReviews} is empty unless the reader sees case content;
     * {@code caseReviewCount} is what the others see instead. {@code previous}: the previous session, when its
     * minutes wait for approval at this one. {@code nextSessionOn}: the Mesa's next session by date after this
     * one (never an earlier one), null when none is set.
     */
    public record Minutes(MesaSession session, MesaStanding standing, String mesaName, String comunaName,
                          List<AttendanceDigest.Line> attendance, List<AgreementRow> agreed,
                          List<AgreementRow> toReview, List<CaseReviewDigest.Line> caseReviews, int caseReviewCount,
                          SessionRef previous, SessionRef approvedIn, LocalDate nextSessionOn,
                          List<MemberOption> members, LocalDate today) {

        /** The agreements agreed under this item. */
        public List<AgreementRow> agreedUnder(UUID itemId) {
            return agreed.stream().filter(a -> itemId.equals(a.agendaItemId())).toList();
        }

        /** Agreed at the session without an item of this agenda (e.g. a case review's strategies). */
        public List<AgreementRow> agreedElsewhere() {
            List<UUID> items = session.agenda().stream().map(AgendaItem::id).toList();
            return agreed.stream().filter(a -> a.agendaItemId() == null || !items.contains(a.agendaItemId())).toList();
        }

        public boolean editable() {
            return standing.edits() && session.minutesEditable();
        }

        public boolean mayMarkHeld() {
            return standing.edits() && session.status() == SessionStatus.SCHEDULED && !session.heldOn().isAfter(today);
        }

        /** The previous minutes are approved here once this session has taken place (held, attendance recorded). */
        public boolean mayApprovePrevious() {
            return standing.edits() && previous != null && session.hasTakenPlace();
        }

        public boolean mayCirculate() {
            return editable() && session.status() == SessionStatus.HELD
                    && session.minutesStatus() == MinutesStatus.DRAFT;
        }
    }

    /** A generated document. */
    public record Pdf(String fileName, byte[] content) {
    }

    @Transactional
    public Minutes minutes(Actor actor, UUID mesaId, UUID sessionId) {
        MesaStanding standing = access.standing(actor, mesaId);
        standing.requireRead();
        MesaSession session = load(mesaId, sessionId);
        Minutes minutes = assemble(standing, session);
        if (!minutes.caseReviews().isEmpty()) {
            audit.viewed(actor, MesaMinutes.subject(session), "mesaminutes.audit.viewedCaseReviews");
        }
        return minutes;
    }

    /** The current members an agreement can name as responsible, with their representatives. */
    @Transactional(readOnly = true)
    public List<MemberOption> memberOptions(Actor actor, UUID mesaId) {
        access.standing(actor, mesaId).requireRead();
        return members(mesaId);
    }

    /** The minutes as a PDF (A4); a download is a read, audited each time. */
    @Transactional
    public Pdf pdf(Actor actor, UUID mesaId, UUID sessionId) {
        MesaStanding standing = access.standing(actor, mesaId);
        standing.requireRead();
        MesaSession session = load(mesaId, sessionId);
        Minutes minutes = assemble(standing, session);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("paper", PaperSize.A4);
        model.put("m", minutes);
        model.put("longDate", ChileanDates.longDay(session.heldOn()));
        model.put("approvedInDate", session.minutesApprovedOn() == null ? null : ChileanDates.longDay(session.minutesApprovedOn()));
        model.put("nextSessionDate", ChileanDates.longDay(minutes.nextSessionOn()));
        byte[] content = pdfs.render("mesas/sessions/minutes-pdf", model);
        audit.viewed(actor, MesaMinutes.subject(session), "mesaminutes.audit.downloaded");
        return new Pdf("acta-sesion-" + session.number() + "-" + minutes.comunaName().toLowerCase()
                .replaceAll("[^\\p{L}\\p{N}]+", "-") + ".pdf", content);
    }

    private Minutes assemble(MesaStanding standing, MesaSession session) {
        LocalDate today = LocalDate.now(clock);
        session.agenda().size(); // the pages render after the transaction: load the agenda now
        boolean content = standing.seesCaseContent();
        String[] names = jdbc.sql("""
                        select m.name, c.name as comuna from mesa m join comuna c on c.code = m.comuna_code
                         where m.id = :id""")
                .param("id", session.mesaId())
                .query((rs, n) -> new String[]{rs.getString("name"), rs.getString("comuna")}).single();
        List<AttendanceDigest.Line> attended = attendance.forSession(session.id());
        List<CaseReviewDigest.Line> reviews = caseReviews.forSession(session.id());
        SessionRef previous = sessions.findPrevious(session.mesaId(), session.heldOn())
                .filter(p -> p.minutesStatus() == MinutesStatus.CIRCULATED).map(SessionRef::of).orElse(null);
        SessionRef approvedIn = session.minutesApprovedIn() == null ? null
                : sessions.findById(session.minutesApprovedIn()).map(SessionRef::of).orElse(null);
        LocalDate next = sessions.findNext(session.mesaId(), session.heldOn()).map(MesaSession::heldOn).orElse(null);
        return new Minutes(session, standing, names[0], names[1], attended,
                agreements.agreedAt(session.id(), content, today), agreements.forReviewAt(session, content, today),
                content ? reviews : List.of(), reviews.size(), previous, approvedIn, next, members(session.mesaId()),
                today);
    }

    private List<MemberOption> members(UUID mesaId) {
        Map<UUID, MemberOption> options = new LinkedHashMap<>();
        jdbc.sql("""
                        select m.id, m.name, r.full_name from mesa_member m
                          left join mesa_representative r on r.member_id = m.id and r.until is null
                         where m.mesa_id = :mesa and m.left_on is null
                         order by m.co_facilitator desc, m.name, r.full_name""")
                .param("mesa", mesaId)
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    MemberOption option = options.computeIfAbsent(id,
                            key -> new MemberOption(key, uncheckedName(rs), new ArrayList<>()));
                    String person = rs.getString("full_name");
                    if (person != null) {
                        option.representatives().add(person);
                    }
                    return option;
                }).list();
        return List.copyOf(options.values());
    }

    private static String uncheckedName(java.sql.ResultSet rs) {
        try {
            return rs.getString("name");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private MesaSession load(UUID mesaId, UUID sessionId) {
        return sessions.findByIdAndMesaId(sessionId, mesaId).orElseThrow(() -> new NotFound("mesaSession"));
    }
}
