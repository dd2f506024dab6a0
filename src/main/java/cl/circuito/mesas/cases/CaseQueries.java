package cl.circuito.mesas.cases;

import cl.circuito.audit.AuditTrail;
import cl.circuito.mesas.CaseCriterion;
import cl.circuito.mesas.MesaAccess;
import cl.circuito.mesas.mesa.MesaMember;
import cl.circuito.mesas.mesa.MesaMembers;
import cl.circuito.mesas.sessions.MesaSession;
import cl.circuito.mesas.sessions.MesaSessions;
import cl.circuito.mesas.MesaStanding;
import cl.circuito.shared.NotFound;
import cl.circuito.shared.Paging;
import cl.circuito.shared.security.Actor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Array;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reading a Mesa's cases. Counts and criteria are for every reader of the Mesa (overseers included); initials,
 * ages and what was said are for its members only ({@link MesaStanding#seesCaseContent()}), and every such read
 * is in the audit trail, one line per case shown.
 */
@Service
@Transactional(readOnly = true)
public class CaseQueries {

    public static final int PAGE_SIZE = 25;

    private static final String ROWS = """
            select c.id, c.initials, c.age, c.sex, c.status, c.presenting_member_id, m.name as member_name, c.disposed_on,
                   coalesce(r.reviews, 0) as reviews, r.last_on, r.criteria, coalesce(a.open_strategies, 0) as open_strategies
              from mesa_case c
              join mesa_member m on m.id = c.presenting_member_id
              left join lateral (
                   select count(*) as reviews, max(s.held_on) as last_on, array_agg(distinct cr.criterion) as criteria
                     from mesa_case_review cr join mesa_session s on s.id = cr.session_id
                    where cr.case_id = c.id) r on true
              left join lateral (
                   select count(*) as open_strategies
                     from mesa_agreement ag join mesa_case_review cr on cr.id = ag.case_review_id
                    where cr.case_id = c.id and ag.status in ('OPEN', 'IN_PROGRESS')) a on true
             where c.mesa_id = :mesa
               and (cast(:criterion as varchar) is null or exists (select 1 from mesa_case_review x
                     where x.case_id = c.id and x.criterion = cast(:criterion as varchar)))
               and (cast(:status as varchar) is null or c.status = cast(:status as varchar))
             order by c.status desc, r.last_on desc nulls last, c.opened_at desc
             limit :limit offset :offset""";

    private final MesaAccess access;
    private final MesaCases cases;
    private final MesaSessions sessions;
    private final CaseReadModel readModel;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final MesaMembers members;
    private final CaseChildren children;
    private final CaseFormats formats;

    CaseQueries(MesaAccess access, MesaCases cases, MesaSessions sessions, CaseReadModel readModel, AuditTrail audit,
                JdbcClient jdbc, MesaMembers members, CaseChildren children, CaseFormats formats) {
        this.members = members;
        this.children = children;
        this.formats = formats;
        this.access = access;
        this.cases = cases;
        this.sessions = sessions;
        this.readModel = readModel;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    /** Every reader: how many cases, open and closed, and reviews per criterion. */
    public CaseViews.Counts counts(Actor actor, UUID mesaId) {
        access.standing(actor, mesaId).requireRead();
        return readModel.counts(mesaId);
    }

    /** The Mesa's cases (members only), filtered by a criterion any of their reviews had, and by status. */
    @Transactional
    public Page<CaseViews.CaseRow> cases(Actor actor, UUID mesaId, CaseCriterion criterion, CaseStatus status, int page) {
        access.standing(actor, mesaId).requireCaseContent();
        Pageable slice = Paging.of(page, PAGE_SIZE);
        long total = jdbc.sql("""
                        select count(*) from mesa_case c where c.mesa_id = :mesa
                           and (cast(:criterion as varchar) is null or exists (select 1 from mesa_case_review x
                                 where x.case_id = c.id and x.criterion = cast(:criterion as varchar)))
                           and (cast(:status as varchar) is null or c.status = cast(:status as varchar))""")
                .param("mesa", mesaId).param("criterion", criterion == null ? null : criterion.name())
                .param("status", status == null ? null : status.name())
                .query(Long.class).single();
        List<CaseViews.CaseRow> rows = rows(mesaId, criterion, status, PAGE_SIZE, slice.getOffset());
        rows.forEach(row -> audit.viewed(actor, subject(row.id()), "mesacases.audit.listed"));
        return new PageImpl<>(rows, slice, total);
    }

    /** A case and its review history (members only). */
    @Transactional
    public CaseViews.CaseView caseView(Actor actor, UUID mesaId, UUID caseId) {
        MesaStanding standing = access.standing(actor, mesaId);
        MesaCase mesaCase = cases.findByIdAndMesaId(caseId, mesaId).orElseThrow(() -> new NotFound("mesaCase"));
        standing.requireCaseContent();
        String memberName = jdbc.sql("select name from mesa_member where id = :id")
                .param("id", mesaCase.presentingMemberId()).query(String.class).single();
        audit.viewed(actor, subject(caseId), "mesacases.audit.viewed");
        return new CaseViews.CaseView(mesaCase.id(), mesaCase.version(), mesaCase.initials(), mesaCase.age(),
                mesaCase.sex(), mesaCase.status(), mesaCase.closedOn(), mesaCase.closingNote(),
                mesaCase.presentingMemberId(), memberName,
                CaseReviewing.writes(standing, mesaCase.presentingMemberId()), readModel.ofCase(caseId),
                mesaCase.disposedOn());
    }

    /** A session's reviews: their content for members, the counts per criterion for overseers. */
    @Transactional
    public CaseViews.SessionReviews ofSession(Actor actor, UUID mesaId, UUID sessionId) {
        MesaStanding standing = access.standing(actor, mesaId);
        standing.requireRead();
        MesaSession session = sessions.findByIdAndMesaId(sessionId, mesaId).orElseThrow(() -> new NotFound("mesaSession"));
        List<CaseViews.CriterionCount> counts = readModel.countsOfSession(sessionId);
        List<CaseViews.ReviewView> reviews = standing.seesCaseContent() ? readModel.ofSession(sessionId) : List.of();
        reviews.stream().map(CaseViews.ReviewView::caseId).distinct()
                .forEach(caseId -> audit.viewed(actor, subject(caseId), "mesacases.audit.sessionViewed"));
        int total = counts.stream().mapToInt(CaseViews.CriterionCount::reviews).sum();
        return new CaseViews.SessionReviews(session.id(), session.number(), session.heldOn(),
                session.minutesEditable(), standing.seesCaseContent(), reviews,
                new CaseViews.Counts(0, 0, total, counts));
    }

    /** The open cases a user may follow up at a session (members only): those they may present. */
    @Transactional
    public List<CaseViews.CaseRow> followable(Actor actor, UUID mesaId) {
        MesaStanding standing = access.standing(actor, mesaId);
        standing.requireCaseContent();
        List<CaseViews.CaseRow> open = new ArrayList<>(rows(mesaId, null, CaseStatus.OPEN, 1000, 0));
        open.removeIf(row -> !CaseReviewing.writes(standing, row.presentingMemberId()));
        open.forEach(row -> audit.viewed(actor, subject(row.id()), "mesacases.audit.listed"));
        return open;
    }

    /** The presentation form's choices for this user (members only; empty presenters: they cannot present). */
    @Transactional // the cases it lists are audited reads
    public CaseViews.PresentationOptions options(Actor actor, UUID mesaId) {
        MesaStanding standing = access.standing(actor, mesaId);
        standing.requireCaseContent();
        List<MesaMember> current = members.findCurrent(mesaId);
        List<CaseViews.MemberOption> all = current.stream().map(m -> new CaseViews.MemberOption(m.id(), m.name())).toList();
        List<CaseViews.MemberOption> presenters = current.stream().filter(m -> CaseReviewing.writes(standing, m.id()))
                .map(m -> new CaseViews.MemberOption(m.id(), m.name())).toList();
        Map<UUID, List<CaseChildren.Pickable>> pickable = new LinkedHashMap<>();
        current.stream().filter(m -> CaseReviewing.writes(standing, m.id()) && CaseChildren.picksFor(actor, m))
                .forEach(m -> pickable.put(m.id(), children.of(actor, m)));
        return new CaseViews.PresentationOptions(all, presenters, pickable,
                presenters.isEmpty() ? List.of() : followable(actor, mesaId), formats.inUse(mesaId));
    }

    private List<CaseViews.CaseRow> rows(UUID mesaId, CaseCriterion criterion, CaseStatus status, int limit, long offset) {
        return jdbc.sql(ROWS)
                .param("mesa", mesaId).param("criterion", criterion == null ? null : criterion.name())
                .param("status", status == null ? null : status.name())
                .param("limit", limit).param("offset", offset)
                .query((rs, n) -> new CaseViews.CaseRow(rs.getObject("id", UUID.class), rs.getString("initials"),
                        rs.getInt("age"), rs.getString("sex") == null ? null : CaseSex.valueOf(rs.getString("sex")),
                        CaseStatus.valueOf(rs.getString("status")), rs.getObject("presenting_member_id", UUID.class),
                        rs.getString("member_name"), rs.getInt("reviews"), rs.getObject("last_on", LocalDate.class),
                        criteria(rs.getArray("criteria")), rs.getInt("open_strategies"),
                        rs.getObject("disposed_on") != null))
                .list();
    }

    private static List<CaseCriterion> criteria(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        List<CaseCriterion> criteria = new ArrayList<>();
        for (Object value : (Object[]) array.getArray()) {
            if (value != null) {
                criteria.add(CaseCriterion.valueOf(value.toString()));
            }
        }
        return criteria;
    }

    private static AuditTrail.Subject subject(UUID caseId) {
        return CaseReviewing.subject(caseId);
    }
}
