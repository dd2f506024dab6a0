package cl.circuito.mesas.cases;

import cl.circuito.mesas.agreements.AgreementStatus;
import cl.circuito.mesas.CaseCriterion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reviews as the pages, the API and the minutes show them, in three queries whatever their number: the
 * reviews (with their case and session), all their answers, all their strategies. No names, no RUT: the
 * child table is never joined here.
 */
@Component
class CaseReadModel {

    private static final String REVIEWS = """
            select r.id, r.case_id, c.initials, c.age, c.sex, m.name as member_name, r.number, r.session_id,
                   s.number as session_number, s.held_on, r.criterion, r.format_name, r.question, r.discussion,
                   r.created_by_name, c.disposed_on is not null as disposed
              from mesa_case_review r
              join mesa_case c on c.id = r.case_id
              join mesa_member m on m.id = c.presenting_member_id
              join mesa_session s on s.id = r.session_id
             where %s
             order by %s""";

    private final JdbcClient jdbc;
    private final Clock clock;

    CaseReadModel(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private record Head(UUID id, UUID caseId, String initials, int age, CaseSex sex, String memberName, int number,
                        UUID sessionId, int sessionNumber, LocalDate heldOn, CaseCriterion criterion,
                        String formatName, String question, String discussion, String createdByName,
                        boolean disposed) {
    }

    List<CaseViews.ReviewView> ofSession(UUID sessionId) {
        return load("r.session_id = :id", "r.created_at, r.id", sessionId);
    }

    List<CaseViews.ReviewView> ofCase(UUID caseId) {
        return load("r.case_id = :id", "r.number", caseId);
    }

    private List<CaseViews.ReviewView> load(String where, String order, UUID id) {
        List<Head> heads = jdbc.sql(REVIEWS.formatted(where, order)).param("id", id)
                .query((rs, n) -> new Head(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
                        rs.getString("initials"), rs.getInt("age"),
                        rs.getString("sex") == null ? null : CaseSex.valueOf(rs.getString("sex")),
                        rs.getString("member_name"), rs.getInt("number"), rs.getObject("session_id", UUID.class),
                        rs.getInt("session_number"), rs.getObject("held_on", LocalDate.class),
                        CaseCriterion.valueOf(rs.getString("criterion")), rs.getString("format_name"),
                        rs.getString("question"), rs.getString("discussion"), rs.getString("created_by_name"),
                        rs.getBoolean("disposed")))
                .list();
        if (heads.isEmpty()) {
            return List.of();
        }
        UUID[] ids = heads.stream().map(Head::id).toArray(UUID[]::new);
        Map<UUID, List<CaseViews.SectionView>> sections = new LinkedHashMap<>();
        jdbc.sql("""
                        select review_id, label, content, question from mesa_case_review_answer
                         where review_id = any(:ids) order by review_id, position""")
                .param("ids", ids)
                .query((rs, n) -> {
                    sections.computeIfAbsent(rs.getObject("review_id", UUID.class), k -> new ArrayList<>())
                            .add(new CaseViews.SectionView(rs.getString("label"), rs.getString("content"),
                                    rs.getBoolean("question")));
                    return null;
                }).list();
        LocalDate today = LocalDate.now(clock);
        Map<UUID, List<CaseViews.StrategyView>> strategies = new LinkedHashMap<>();
        jdbc.sql("""
                        select a.id, a.case_review_id, a.text, a.responsible_member_id, m.name as member_name,
                               a.responsible_person, a.due_on, a.status
                          from mesa_agreement a join mesa_member m on m.id = a.responsible_member_id
                         where a.case_review_id = any(:ids) order by a.created_at, a.id""")
                .param("ids", ids)
                .query((rs, n) -> {
                    AgreementStatus status = AgreementStatus.valueOf(rs.getString("status"));
                    LocalDate dueOn = rs.getObject("due_on", LocalDate.class);
                    strategies.computeIfAbsent(rs.getObject("case_review_id", UUID.class), k -> new ArrayList<>())
                            .add(new CaseViews.StrategyView(rs.getObject("id", UUID.class), rs.getString("text"),
                                    rs.getObject("responsible_member_id", UUID.class), rs.getString("member_name"),
                                    rs.getString("responsible_person"), dueOn, status,
                                    !status.isClosed() && dueOn != null && dueOn.isBefore(today)));
                    return null;
                }).list();
        return heads.stream().map(h -> new CaseViews.ReviewView(h.id(), h.caseId(), h.initials(), h.age(), h.sex(),
                h.memberName(), h.number(), h.sessionId(), h.sessionNumber(), h.heldOn(), h.criterion(), h.formatName(),
                h.question(), h.discussion(), h.createdByName(), sections.getOrDefault(h.id(), List.of()),
                strategies.getOrDefault(h.id(), List.of()), h.disposed())).toList();
    }

    /** Reviews per criterion of a session (all criteria listed, zeros included). */
    List<CaseViews.CriterionCount> countsOfSession(UUID sessionId) {
        return criterionCounts("session_id", sessionId);
    }

    private List<CaseViews.CriterionCount> criterionCounts(String column, UUID id) {
        List<CaseViews.CriterionCount> byCriterion = jdbc.sql("""
                        select criterion, count(*) as reviews, count(distinct case_id) as cases
                          from mesa_case_review where %s = :id group by criterion""".formatted(column))
                .param("id", id)
                .query((rs, n) -> new CaseViews.CriterionCount(CaseCriterion.valueOf(rs.getString("criterion")),
                        rs.getInt("reviews"), rs.getInt("cases")))
                .list();
        List<CaseViews.CriterionCount> ordered = new ArrayList<>();
        for (CaseCriterion criterion : CaseCriterion.values()) {
            ordered.add(byCriterion.stream().filter(c -> c.criterion() == criterion).findFirst()
                    .orElse(new CaseViews.CriterionCount(criterion, 0, 0)));
        }
        return List.copyOf(ordered);
    }

    CaseViews.Counts counts(UUID mesaId) {
        List<CaseViews.CriterionCount> ordered = criterionCounts("mesa_id", mesaId);
        return jdbc.sql("""
                        select count(*) filter (where status = 'OPEN') as open_cases,
                               count(*) filter (where status = 'CLOSED') as closed_cases
                          from mesa_case where mesa_id = :mesa""")
                .param("mesa", mesaId)
                .query((rs, n) -> new CaseViews.Counts(rs.getInt("open_cases"), rs.getInt("closed_cases"),
                        ordered.stream().mapToInt(CaseViews.CriterionCount::reviews).sum(), ordered))
                .single();
    }
}
