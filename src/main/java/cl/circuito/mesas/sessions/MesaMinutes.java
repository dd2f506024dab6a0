package cl.circuito.mesas.sessions;

import cl.circuito.shared.text.ChileanDates;
import cl.circuito.audit.AuditAction;
import cl.circuito.audit.AuditDetails;
import cl.circuito.audit.AuditTrail;
import cl.circuito.mesas.MesaAccess;
import cl.circuito.mesas.MesaStanding;
import cl.circuito.mesas.agreements.AgreementQueries;
import cl.circuito.mesas.agreements.AgreementRow;
import cl.circuito.mesas.mesa.MesaRuleViolation;
import cl.circuito.shared.NotFound;
import cl.circuito.shared.Versions;
import cl.circuito.shared.documents.PaperSize;
import cl.circuito.shared.documents.PdfRenderer;
import cl.circuito.shared.security.Actor;
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

import static cl.circuito.audit.AuditField.APPROVED_AT;
import static cl.circuito.audit.AuditField.APPROVED_BY;
import static cl.circuito.audit.AuditField.APPROVED_ON;
import static cl.circuito.audit.AuditField.CORRECTIONS;
import static cl.circuito.audit.AuditField.DECISIONS;
import static cl.circuito.audit.AuditField.ITEM;
import static cl.circuito.audit.AuditField.MINUTES_STATUS;
import static cl.circuito.audit.AuditField.NOTES;
import static cl.circuito.audit.AuditField.STATUS;

/**
 * The acta of a session: written per agenda item by the co-facilitators, sent to the members, corrected while
 * circulated, approved at the next session's reading of the minutes and read-only from then on; with who attended,
 * the agreements taken, and the case reviews (content for the Mesa's members only); and its PDF.
 */
@Service
public class MesaMinutes {

    static final String SUBJECT = "MESA_SESSION";

    private final MesaAccess access;
    private final MesaSessions sessions;
    private final AgreementQueries agreements;
    private final AttendanceDigest attendance;
    private final CaseReviewDigest caseReviews;
    private final PdfRenderer pdfs;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    MesaMinutes(MesaAccess access, MesaSessions sessions, AgreementQueries agreements,
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
            audit.viewed(actor, subject(session), "mesaminutes.audit.viewedCaseReviews");
        }
        return minutes;
    }

    /** Writes the notes and decisions of one agenda item. */
    @Transactional
    public MesaSession write(Actor actor, UUID mesaId, UUID sessionId, Long version, UUID itemId, String notes,
                             String decisions) {
        access.standing(actor, mesaId).requireEdit();
        MesaSession session = load(mesaId, sessionId);
        Versions.require(session.version(), version);
        AgendaItem item = session.item(itemId);
        String notesBefore = item.notes();
        String decisionsBefore = item.decisions();
        session.writeMinutes(itemId, notes, decisions, actor.displayName(), clock.instant());
        sessions.flush();
        audit.changed(actor, AuditAction.CHANGED, subject(session), "mesaminutes.audit.written",
                AuditDetails.of(ITEM, item.title()).withChange(NOTES, notesBefore, item.notes())
                        .withChange(DECISIONS, decisionsBefore, item.decisions()));
        return session;
    }

    /** Records that a scheduled session took place (from its date on), so its minutes can be sent. */
    @Transactional
    public MesaSession markHeld(Actor actor, UUID mesaId, UUID sessionId, Long version) {
        access.standing(actor, mesaId).requireEdit();
        MesaSession session = load(mesaId, sessionId);
        Versions.require(session.version(), version);
        SessionStatus before = session.status();
        session.markHeld(LocalDate.now(clock), actor.displayName(), clock.instant());
        sessions.flush();
        audit.changed(actor, AuditAction.CHANGED, subject(session), "mesaminutes.audit.held",
                AuditDetails.ofChange(STATUS, before, session.status()));
        return session;
    }

    /** Sends the draft to the members: they read it before the next session, where it is approved. */
    @Transactional
    public MesaSession circulate(Actor actor, UUID mesaId, UUID sessionId, Long version) {
        access.standing(actor, mesaId).requireEdit();
        MesaSession session = load(mesaId, sessionId);
        Versions.require(session.version(), version);
        MinutesStatus before = session.minutesStatus();
        session.circulateMinutes(actor.displayName(), clock.instant());
        sessions.flush();
        audit.changed(actor, AuditAction.CHANGED, subject(session), "mesaminutes.audit.circulated",
                AuditDetails.ofChange(MINUTES_STATUS, before, session.minutesStatus()));
        return session;
    }

    /**
     * Approves, at this session's reading of the minutes, the minutes of the previous session (who approved, and
     * the corrections made on reading). {@code previousVersion} is the version of the previous session's minutes as read.
     */
    @Transactional
    public MesaSession approvePrevious(Actor actor, UUID mesaId, UUID sessionId, Long previousVersion,
                                       String approvedBy, String corrections) {
        access.standing(actor, mesaId).requireEdit();
        MesaSession at = load(mesaId, sessionId);
        MesaSession previous = sessions.findPrevious(mesaId, at.heldOn())
                .orElseThrow(() -> MesaRuleViolation.conflict("mesaminutes.error.noPrevious", at.number()));
        Versions.require(previous.version(), previousVersion, "previousVersion", "error.concurrentEdit");
        MinutesStatus before = previous.minutesStatus();
        previous.approveMinutes(at, approvedBy, corrections, actor.displayName(), clock.instant());
        sessions.flush();
        audit.changed(actor, AuditAction.CHANGED, subject(previous), "mesaminutes.audit.approved",
                AuditDetails.ofChange(MINUTES_STATUS, before, previous.minutesStatus()).with(APPROVED_AT, at.number())
                        .with(APPROVED_ON, previous.minutesApprovedOn()).with(APPROVED_BY, previous.minutesApprovedBy())
                        .withPresent(CORRECTIONS, previous.minutesCorrections()));
        return previous;
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
        audit.viewed(actor, subject(session), "mesaminutes.audit.downloaded");
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

    static AuditTrail.Subject subject(MesaSession session) {
        return new AuditTrail.Subject(SUBJECT, session.id(), null);
    }
}
