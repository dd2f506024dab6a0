package cl.circuito.audit.viewer;

import cl.circuito.audit.AuditAction;
import cl.circuito.audit.AuditDetails;
import cl.circuito.audit.AuditField;
import cl.circuito.audit.AuditHistory;
import cl.circuito.audit.AuditTrail;
import cl.circuito.audit.ChildSubjects;
import cl.circuito.children.ChildSearch;
import cl.circuito.network.ProgramDirectory;
import cl.circuito.network.ProgramSummary;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Permission;
import cl.circuito.shared.text.ChileanDates;
import cl.circuito.shared.web.Messages;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The whole audit trail for the admin and the national team, nationwide, filtered by user, child, program, kind and
 * period, newest first. A page is one query on an index whatever the trail's length: it continues after the last
 * line shown (keyset), never counting or skipping what came before. A child is found by name or RUT in the child
 * registry; the trail's lines about her are those on her own record and on the records other modules say are hers
 * ({@link ChildSubjects}). What a failed login typed as the username is shown only to whoever may manage users.
 */
@Service
@Transactional(readOnly = true)
public class AuditViewer {

    public static final int PAGE = 50;
    /** An export is a file someone opens in a spreadsheet: past this many lines, narrow the filters. */
    public static final int EXPORT_LIMIT = 20_000;
    /** A search that matches more children than this is too vague to be about one person's data. */
    static final int CHILDREN_LIMIT = 50;

    private static final TypeReference<Map<String, Object>> DETAILS = new TypeReference<>() {
    };
    /**
     * Reads what the trail stored, nulls included ("none" before a change): not the application's mapper, which
     * fences what clients send and refuses a null in a map.
     */
    private static final JsonMapper STORED = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final List<ChildSubjects> childSubjects;
    private final ProgramDirectory programs;
    private final AuditHistory history;
    private final AuditTrail trail;
    private final Messages messages;

    AuditViewer(JdbcClient jdbc, List<ChildSubjects> childSubjects, ProgramDirectory programs, AuditHistory history,
                AuditTrail trail, Messages messages) {
        this.jdbc = jdbc;
        this.childSubjects = childSubjects;
        this.programs = programs;
        this.history = history;
        this.trail = trail;
        this.messages = messages;
    }

    /** Which lines: every criterion optional; {@code to} includes its day, both days in Chile. */
    public record Criteria(String user, String child, UUID programId, AuditAction action, LocalDate from,
                           LocalDate to) {
    }

    /** Where a page starts: after this line of the previous one (newest first). */
    public record Cursor(Instant occurredAt, UUID id) {
    }

    /** One line as shown. {@code actorName} is empty when nobody known acted (a failed login). */
    public record Line(UUID id, Instant occurredAt, String actorName, AuditAction action, String actionLabel,
                       String what, String subjectType, UUID subjectId, UUID programId, String programName,
                       List<AuditHistory.Change> details) {
    }

    /** A page of lines, with where the next one starts (null on the last), and how many children the search matched. */
    public record Page(List<Line> lines, Cursor next, Integer childrenFound) {
    }

    /**
     * A page of the trail, the reading itself audited with its filters: the trail names children and who searched
     * for a child by name is itself something an auditor asks.
     */
    @Transactional
    public Page page(Actor actor, Criteria criteria, Cursor after) {
        actor.require(Permission.READ_AUDIT_TRAIL);
        Query query = query(criteria);
        // Not filed under the program searched for: a read of the trail is no record of that program's.
        trail.changed(actor, AuditAction.VIEWED, new AuditTrail.Subject("AUDIT_TRAIL", null, null),
                "auditviewer.audit.viewed", filters(criteria));
        if (query == null) {
            return new Page(List.of(), null, 0);
        }
        if (after != null) {
            query.where.append(" and (e.occurred_at, e.id) < (:afterAt, :afterId)");
            query.params.put("afterAt", OffsetDateTime.ofInstant(after.occurredAt(), ZoneOffset.UTC));
            query.params.put("afterId", after.id());
        }
        List<Line> lines = lines(actor, query, PAGE + 1);
        Cursor next = null;
        if (lines.size() > PAGE) {
            lines = lines.subList(0, PAGE);
            Line last = lines.get(PAGE - 1);
            next = new Cursor(last.occurredAt(), last.id());
        }
        return new Page(lines, next, query.childrenFound);
    }

    /**
     * The lines an export holds (up to {@link #EXPORT_LIMIT}), the export itself audited with its filters and
     * format: who took the trail out, and which part of it.
     */
    @Transactional
    public List<Line> export(Actor actor, Criteria criteria, String format) {
        actor.require(Permission.READ_AUDIT_TRAIL);
        Query query = query(criteria);
        List<Line> lines = query == null ? List.of() : lines(actor, query, EXPORT_LIMIT);
        AuditDetails details = filters(criteria).with(AuditField.FORMAT, format).with(AuditField.RECORDS, lines.size());
        trail.changed(actor, AuditAction.EXPORTED, new AuditTrail.Subject("AUDIT_TRAIL", null, criteria.programId()),
                "auditviewer.audit.exported", details);
        return lines;
    }

    private static AuditDetails filters(Criteria criteria) {
        return AuditDetails.none()
                .withPresent(AuditField.NAME, blankToNull(criteria.user()))
                .withPresent(AuditField.TEXT, blankToNull(criteria.child()))
                .withPresent(AuditField.PROGRAM, criteria.programId())
                .withPresent(AuditField.ACTION, criteria.action())
                .withPresent(AuditField.FROM, criteria.from())
                .withPresent(AuditField.TO, criteria.to());
    }

    /** The programs a filter offers: every program, by name. */
    public List<ProgramSummary> programs() {
        return programs.allPrograms();
    }

    private static final class Query {
        final StringBuilder where = new StringBuilder(" where true");
        final Map<String, Object> params = new HashMap<>();
        Integer childrenFound;
    }

    /** The query for these criteria; null when a child was asked for and none matched (nothing to show). */
    private Query query(Criteria criteria) {
        Query query = new Query();
        String user = blankToNull(criteria.user());
        if (user != null) {
            query.where.append(" and lower(unaccent(e.actor_name)) like '%' || lower(unaccent(:user)) || '%'");
            query.params.put("user", user.replace("%", "").replace("_", ""));
        }
        if (blankToNull(criteria.child()) != null) {
            StringBuilder childWhere = new StringBuilder(" where true");
            Map<String, Object> childParams = new HashMap<>();
            ChildSearch.append(childWhere, childParams, criteria.child());
            List<UUID> children = jdbc.sql("select c.id from child c" + childWhere + " limit " + (CHILDREN_LIMIT + 1))
                    .params(childParams).query(UUID.class).list();
            query.childrenFound = children.size();
            if (children.isEmpty() || children.size() > CHILDREN_LIMIT) {
                return null;
            }
            Set<UUID> subjects = new HashSet<>(children);
            childSubjects.forEach(port -> subjects.addAll(port.of(children)));
            query.where.append(" and e.subject_id in (:subjects)");
            query.params.put("subjects", subjects);
        }
        if (criteria.programId() != null) {
            query.where.append(" and e.program_id = :programId");
            query.params.put("programId", criteria.programId());
        }
        if (criteria.action() != null) {
            query.where.append(" and e.action = :action");
            query.params.put("action", criteria.action().name());
        }
        if (criteria.from() != null) {
            query.where.append(" and e.occurred_at >= :from");
            query.params.put("from", criteria.from().atStartOfDay(ChileanDates.CHILE).toOffsetDateTime());
        }
        if (criteria.to() != null) {
            query.where.append(" and e.occurred_at < :to");
            query.params.put("to", criteria.to().plusDays(1).atStartOfDay(ChileanDates.CHILE).toOffsetDateTime());
        }
        return query;
    }

    private List<Line> lines(Actor actor, Query query, int limit) {
        boolean seesTypedUsernames = actor.can(Permission.MANAGE_USERS);
        List<Raw> raws = jdbc.sql("""
                        select e.id, e.occurred_at, e.actor_name, e.action, e.what, e.subject_type, e.subject_id,
                               e.program_id, e.changes::text
                          from audit_event e""" + query.where + " order by e.occurred_at desc, e.id desc limit " + limit)
                .params(query.params).query(Raw::of).list();
        Map<UUID, String> programNames = programs.summaries(raws.stream().map(Raw::programId)
                        .filter(Objects::nonNull).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(ProgramSummary::id, ProgramSummary::name, (a, b) -> a));
        List<Line> lines = new ArrayList<>(raws.size());
        for (Raw raw : raws) {
            Map<String, Object> stored = raw.changes() == null ? Map.of() : STORED.readValue(raw.changes(), DETAILS);
            if (!seesTypedUsernames && stored.containsKey(AuditField.TYPED_USERNAME.key())) {
                stored = new java.util.LinkedHashMap<>(stored);
                stored.remove(AuditField.TYPED_USERNAME.key());
            }
            lines.add(new Line(raw.id(), raw.occurredAt(), raw.actorName(), raw.action(),
                    messages.get("auditviewer.action." + raw.action().name()), messages.get(raw.what()),
                    raw.subjectType(), raw.subjectId(), raw.programId(), programNames.get(raw.programId()),
                    history.changes(stored)));
        }
        return lines;
    }

    private record Raw(UUID id, Instant occurredAt, String actorName, AuditAction action, String what,
                       String subjectType, UUID subjectId, UUID programId, String changes) {

        static Raw of(ResultSet rs, int row) throws SQLException {
            return new Raw(rs.getObject(1, UUID.class), rs.getObject(2, OffsetDateTime.class).toInstant(),
                    rs.getString(3), AuditAction.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6),
                    rs.getObject(7, UUID.class), rs.getObject(8, UUID.class), rs.getString(9));
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }


}
