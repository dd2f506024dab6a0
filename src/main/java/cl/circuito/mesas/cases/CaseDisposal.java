package cl.circuito.mesas.cases;

import cl.circuito.audit.AuditAction;
import cl.circuito.audit.AuditDetails;
import cl.circuito.audit.AuditTrail;
import cl.circuito.children.ChildRegistry;
import cl.circuito.mesas.MesaAccess;
import cl.circuito.mesas.MesaStanding;
import cl.circuito.mesas.mesa.MesaRuleViolation;
import cl.circuito.shared.NotFound;
import cl.circuito.shared.Paging;
import cl.circuito.shared.privacy.DisposableRecords;
import cl.circuito.shared.privacy.DisposalChoice;
import cl.circuito.shared.privacy.DueRecord;
import cl.circuito.shared.privacy.RecordKind;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.text.ChileanDates;
import cl.circuito.shared.web.Messages;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static cl.circuito.audit.AuditField.CLOSED_ON;
import static cl.circuito.audit.AuditField.KEEP_YEARS;
import static cl.circuito.audit.AuditField.LINKED_TO_CHILD;
import static cl.circuito.audit.AuditField.MESA_ID;
import static cl.circuito.audit.AuditField.REASON;

/**
 * The Mesa's closed cases at the end of the years it keeps them ({@link CaseRetentionSettings}): a record is a
 * closed case with its reviews, due {@link KeepYears} after its closing, and disposed of through
 * {@link MesaCase#dispose}. Listing and disposing are for the Mesa's co-facilitators and whoever sets the Mesa up
 * (the administrator, the region's territorial manager): {@link MesaStanding#requireSetUp()}. Those outside the
 * Mesa's membership do not see a case's initials or age on its pages, so the listing names the case for them by
 * the member that presented it.
 */
@Component
class CaseDisposal implements DisposableRecords {

    /** The due rule in SQL, as {@link MesaCase#dispose} checks it: closed, not disposed of, its years passed. */
    private static final String DUE = """
            s.keep_years is not null and c.status = 'CLOSED' and c.disposed_on is null
               and cast(c.closed_on + make_interval(years => s.keep_years) as date) <= :today""";

    private static final String CASES = """
            from mesa_case c left join mesa_case_settings s on s.mesa_id = c.mesa_id
            """;

    /** A case as the listing shows it; {@code due_since} is null while the Mesa has not decided. */
    private static final String ROWS = """
            select c.id, c.initials, c.age, c.closed_on, m.name as member_name,
                   cast(c.closed_on + make_interval(years => s.keep_years) as date) as due_since,
                   (select count(*) from mesa_case_review r where r.case_id = c.id) as reviews
            """ + CASES + """
              join mesa_member m on m.id = c.presenting_member_id
            """;

    private final MesaAccess access;
    private final MesaCases cases;
    private final CaseReviews reviews;
    private final CaseRetentionSettings settings;
    private final ChildRegistry children;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final Messages messages;
    private final Clock clock;

    CaseDisposal(MesaAccess access, MesaCases cases, CaseReviews reviews, CaseRetentionSettings settings,
                 ChildRegistry children, AuditTrail audit, JdbcClient jdbc, Messages messages, Clock clock) {
        this.access = access;
        this.cases = cases;
        this.reviews = reviews;
        this.settings = settings;
        this.children = children;
        this.audit = audit;
        this.jdbc = jdbc;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public RecordKind kind() {
        return RecordKind.MESA_CASE_REVIEWS;
    }

    /** The Mesa's own decision, as its case settings page says it. */
    @Override
    public java.util.Optional<String> retentionAt(UUID holderId) {
        return java.util.Optional.of(settings.keepYears(holderId)
                .map(keep -> messages.get("mesacases.retention.rule", keep.years()))
                .orElseGet(() -> messages.get("mesacases.retention.undecided")));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, Integer> dueCounts(Collection<UUID> holderIds, LocalDate today) {
        if (holderIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Integer> counts = new HashMap<>();
        jdbc.sql("select c.mesa_id, count(*) as due " + CASES + " where " + DUE + " and c.mesa_id = any(:mesas) group by c.mesa_id")
                .param("today", today).param("mesas", holderIds.toArray(UUID[]::new))
                .query(rs -> {
                    counts.put(rs.getObject("mesa_id", UUID.class), rs.getInt("due"));
                });
        return Map.copyOf(counts);
    }

    @Override
    @Transactional(readOnly = true)
    public Page<DueRecord> due(Actor actor, UUID holderId, LocalDate today, int page, int size) {
        MesaStanding standing = disposer(actor, holderId);
        Pageable slice = Paging.of(page, size);
        long total = jdbc.sql("select count(*) " + CASES + " where " + DUE + " and c.mesa_id = :mesa")
                .param("today", today).param("mesa", holderId).query(Long.class).single();
        List<DueRecord> rows = jdbc.sql(ROWS + " where " + DUE + """
                           and c.mesa_id = :mesa
                         order by due_since, c.closed_on, c.id
                         limit :limit offset :offset""")
                .param("today", today).param("mesa", holderId)
                .param("limit", slice.getPageSize()).param("offset", slice.getOffset())
                .query((rs, n) -> row(standing, rs))
                .list();
        return new PageImpl<>(rows, slice, total);
    }

    @Override
    @Transactional
    public List<DueRecord> dispose(Actor actor, UUID holderId, DisposalChoice choice, LocalDate today) {
        MesaStanding standing = disposer(actor, holderId);
        Set<UUID> ids = choice.ids();
        List<MesaCase> chosen = cases.findAllById(ids).stream().filter(c -> c.mesaId().equals(holderId))
                .sorted(Comparator.comparing(MesaCase::closedOn, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(MesaCase::id))
                .toList();
        if (chosen.size() < ids.size()) {
            throw new NotFound("mesaCase");
        }
        KeepYears keep = settings.keepYears(holderId).orElse(null);
        Map<UUID, DueRecord> shown = shown(standing, ids);
        Map<UUID, List<CaseReview>> reviewsByCase = reviews.findByCaseIdIn(ids).stream()
                .collect(Collectors.groupingBy(CaseReview::caseId));
        // All or none: every case is checked before the first is touched.
        chosen.forEach(c -> c.requireDisposable(keep, today));
        String why = choice.reason();
        for (MesaCase mesaCase : chosen) {
            UUID child = mesaCase.dispose(keep, reviewsByCase.getOrDefault(mesaCase.id(), List.of()), today,
                    actor.displayName(), clock.instant());
            audit.changed(actor, AuditAction.DISPOSED, CaseReviewing.subject(mesaCase), "mesacases.audit.caseDisposed",
                    AuditDetails.of(REASON, why).with(CLOSED_ON, mesaCase.closedOn()).with(KEEP_YEARS, keep.years())
                            .with(LINKED_TO_CHILD, child != null));
            if (child != null) {
                forget(actor, holderId, child, why);
            }
        }
        return chosen.stream().map(c -> shown.get(c.id())).toList();
    }

    /**
     * The child's identity goes too once no record of any module refers to the child (a waiting-list entry of a
     * program, another Mesa's case): the link must be gone from the database before the registry looks.
     */
    private void forget(Actor actor, UUID mesaId, UUID childId, String why) {
        cases.flush();
        reviews.flush();
        if (children.forgetIfUnreferenced(childId)) {
            audit.changed(actor, AuditAction.DISPOSED, new AuditTrail.Subject("CHILD", childId, null),
                    "mesacases.audit.childForgotten", AuditDetails.of(REASON, why).with(MESA_ID, mesaId));
        }
    }

    /** The chosen cases as the listing shows them, read before anything is erased. */
    private Map<UUID, DueRecord> shown(MesaStanding standing, Collection<UUID> ids) {
        Map<UUID, DueRecord> shown = new HashMap<>();
        jdbc.sql(ROWS + " where c.id = any(:ids)").param("ids", ids.toArray(UUID[]::new))
                .query(rs -> {
                    DueRecord row = row(standing, rs);
                    shown.put(row.id(), row);
                });
        return shown;
    }

    private DueRecord row(MesaStanding standing, ResultSet rs) throws SQLException {
        LocalDate closedOn = rs.getObject("closed_on", LocalDate.class);
        String label = standing.seesCaseContent()
                ? messages.get("mesacases.childLabel", rs.getString("initials"), rs.getInt("age"))
                : messages.get("mesacases.retention.reservedLabel", rs.getString("member_name"));
        String detail = closedOn == null ? null
                : messages.get("mesacases.retention.detail", ChileanDates.day(closedOn), rs.getInt("reviews"));
        return new DueRecord(rs.getObject("id", UUID.class), label, detail, closedOn,
                rs.getObject("due_since", LocalDate.class));
    }

    /** The Mesa's co-facilitators, the administrator and the region's territorial manager; no standing: 404. */
    private MesaStanding disposer(Actor actor, UUID mesaId) {
        MesaStanding standing = access.standing(actor, mesaId);
        standing.requireSetUp();
        return standing;
    }
}
