package cl.circuito.mesas.agreements;

import cl.circuito.mesas.sessions.MesaSession;
import cl.circuito.shared.Paging;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The agreements' read model: every list is one query (open ones first, the most overdue on top), with the
 * session where each was agreed and the last session that reviewed it.
 */
@Component
public class AgreementQueries {

    static final int PAGE_SIZE = 25;

    private static final String SELECT = """
            select a.id, a.version, a.mesa_id, me.name as mesa_name, a.session_id, s.number as session_number,
                   s.held_on as session_on, a.agenda_item_id, a.case_review_id, a.text, a.responsible_member_id,
                   m.name as member_name, a.responsible_person, a.due_on, a.status, a.closed_on, a.closing_note,
                   (select rs.number from mesa_agreement_event e join mesa_session rs on rs.id = e.session_id
                     where e.agreement_id = a.id and e.session_id <> a.session_id
                     order by e.position desc limit 1) as last_reviewed_at
              from mesa_agreement a
              join mesa me on me.id = a.mesa_id
              join mesa_member m on m.id = a.responsible_member_id
              join mesa_session s on s.id = a.session_id
            """;
    private static final String COUNT = """
            select count(*) from mesa_agreement a join mesa_session s on s.id = a.session_id
            """;
    private static final String ORDER = """
             order by case when a.status in ('OPEN', 'IN_PROGRESS') then 0 else 1 end,
                      case when a.status in ('OPEN', 'IN_PROGRESS') then a.due_on end nulls last,
                      a.closed_on desc nulls last, s.number desc, a.created_at
            """;

    private final JdbcClient jdbc;

    AgreementQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A member the agreements list can be narrowed to. */
    public record MemberChoice(UUID id, String name) {
    }

    /** A session the agreements list can be narrowed to. */
    public record SessionChoice(UUID id, int number, LocalDate heldOn) {
    }

    /** What the list's filter offers: the Mesa's members, current first, and its sessions, latest first. */
    public record FilterChoices(List<MemberChoice> members, List<SessionChoice> sessions) {
    }

    FilterChoices filterChoices(UUID mesaId) {
        List<MemberChoice> members = jdbc.sql("select id, name from mesa_member where mesa_id = ? order by left_on nulls first, name")
                .param(mesaId).query((rs, n) -> new MemberChoice(rs.getObject("id", UUID.class), rs.getString("name")))
                .list();
        List<SessionChoice> sessions = jdbc.sql("select id, number, held_on from mesa_session where mesa_id = ? order by number desc")
                .param(mesaId).query((rs, n) -> new SessionChoice(rs.getObject("id", UUID.class), rs.getInt("number"),
                        rs.getObject("held_on", LocalDate.class)))
                .list();
        return new FilterChoices(members, sessions);
    }

    /** The Mesa's agreements, filtered and paginated. {@code caseContent}: whether the reader sees strategies' text. */
    Page<AgreementRow> ofMesa(UUID mesaId, AgreementFilter filter, int page, boolean caseContent, LocalDate today) {
        StringBuilder where = new StringBuilder(" where a.mesa_id = :mesa");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("mesa", mesaId);
        String[] statuses = filter.statuses();
        if (statuses != null) {
            where.append(" and a.status in (:statuses)");
            params.put("statuses", List.of(statuses));
        }
        if (filter.memberId() != null) {
            where.append(" and a.responsible_member_id = :member");
            params.put("member", filter.memberId());
        }
        if (filter.sessionId() != null) {
            where.append(" and a.session_id = :session");
            params.put("session", filter.sessionId());
        }
        return page(where.toString(), params, page, mesa -> caseContent, today);
    }

    /** The agreements these members answer for, across Mesas. */
    Page<AgreementRow> ofMembers(Collection<UUID> memberIds, AgreementFilter filter, int page,
                                 Set<UUID> caseContentMesas, LocalDate today) {
        if (memberIds.isEmpty()) {
            return Page.empty(Paging.of(page, PAGE_SIZE));
        }
        StringBuilder where = new StringBuilder(" where a.responsible_member_id in (:members)");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("members", List.copyOf(memberIds));
        String[] statuses = filter.statuses();
        if (statuses != null) {
            where.append(" and a.status in (:statuses)");
            params.put("statuses", List.of(statuses));
        }
        return page(where.toString(), params, page, caseContentMesas::contains, today);
    }

    /** Agreed at this session, in the order they were agreed. */
    public List<AgreementRow> agreedAt(UUID sessionId, boolean caseContent, LocalDate today) {
        return jdbc.sql(SELECT + " where a.session_id = :session order by a.created_at")
                .param("session", sessionId)
                .query((rs, n) -> row(rs, mesa -> caseContent, today)).list();
    }

    /**
     * What the session's review of agreements goes through: those agreed at earlier sessions still open, and those
     * this session already reviewed or closed (so the minutes keep them).
     */
    public List<AgreementRow> forReviewAt(MesaSession session, boolean caseContent, LocalDate today) {
        return jdbc.sql(SELECT + """
                         where a.mesa_id = :mesa and s.number < :number
                           and (a.status in ('OPEN', 'IN_PROGRESS')
                                or exists (select 1 from mesa_agreement_event e
                                            where e.agreement_id = a.id and e.session_id = :session))
                        """ + ORDER)
                .param("mesa", session.mesaId()).param("number", session.number()).param("session", session.id())
                .query((rs, n) -> row(rs, mesa -> caseContent, today)).list();
    }

    AgreementRow one(UUID agreementId, boolean caseContent, LocalDate today) {
        return jdbc.sql(SELECT + " where a.id = :id").param("id", agreementId)
                .query((rs, n) -> row(rs, mesa -> caseContent, today)).single();
    }

    List<AgreementHistoryLine> history(Collection<UUID> agreementIds) {
        if (agreementIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select e.agreement_id, e.position, e.at, e.by_name, e.status, e.note, s.number as session_number
                          from mesa_agreement_event e left join mesa_session s on s.id = e.session_id
                         where e.agreement_id in (:ids) order by e.agreement_id, e.position""")
                .param("ids", List.copyOf(agreementIds))
                .query((rs, n) -> new AgreementHistoryLine(rs.getObject("agreement_id", UUID.class), rs.getInt("position"),
                        rs.getTimestamp("at").toInstant(), rs.getString("by_name"),
                        AgreementStatus.valueOf(rs.getString("status")), rs.getString("note"),
                        (Integer) rs.getObject("session_number")))
                .list();
    }

    private Page<AgreementRow> page(String where, Map<String, Object> params, int page,
                                    Predicate<UUID> seesCaseContent, LocalDate today) {
        Pageable slice = Paging.of(page, PAGE_SIZE);
        long total = jdbc.sql(COUNT + where).params(params).query(Long.class).single();
        List<AgreementRow> rows = new ArrayList<>(jdbc.sql(SELECT + where + ORDER + " limit :limit offset :offset")
                .params(params).param("limit", PAGE_SIZE).param("offset", slice.getOffset())
                .query((rs, n) -> row(rs, seesCaseContent, today)).list());
        return new PageImpl<>(rows, slice, total);
    }

    /** {@code seesCaseContent}: whether the reader sees case reviews' content in the row's Mesa. */
    private static AgreementRow row(ResultSet rs, Predicate<UUID> seesCaseContent, LocalDate today)
            throws SQLException {
        UUID mesaId = rs.getObject("mesa_id", UUID.class);
        UUID caseReviewId = rs.getObject("case_review_id", UUID.class);
        AgreementStatus status = AgreementStatus.valueOf(rs.getString("status"));
        LocalDate dueOn = rs.getObject("due_on", LocalDate.class);
        boolean reserved = caseReviewId != null && !seesCaseContent.test(mesaId);
        return new AgreementRow(rs.getObject("id", UUID.class), rs.getLong("version"), mesaId,
                rs.getString("mesa_name"), rs.getObject("session_id", UUID.class), rs.getInt("session_number"),
                rs.getObject("session_on", LocalDate.class), rs.getObject("agenda_item_id", UUID.class), caseReviewId,
                reserved ? null : rs.getString("text"), rs.getObject("responsible_member_id", UUID.class),
                rs.getString("member_name"), rs.getString("responsible_person"), dueOn, status,
                rs.getObject("closed_on", LocalDate.class), reserved ? null : rs.getString("closing_note"),
                (Integer) rs.getObject("last_reviewed_at"), reserved,
                AgreementRow.daysOverdue(status, dueOn, today));
    }
}
