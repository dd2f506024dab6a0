package cl.circuito.edges;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Real records of the demo for the ids an operation's path names, so the generative tests reach the code behind
 * the scope check instead of stopping at a 404. Which record depends on what the operation does: a decision needs
 * an entry under review, an admission a scheduled one, the minutes a session that was held.
 */
final class DemoRecords {

    /** Every path parameter of the API; a new one must be added here, so no operation goes unexercised. */
    static final List<String> KNOWN = List.of("activityId", "actorId", "agreementId", "assessmentId", "caseId",
            "childId", "courtId", "entryId", "formatId", "id", "importId", "institutionId", "instrumentId", "itemId", "judicialActionId", "kind",
            "letterId", "memberId", "mesaId", "month", "objectiveId", "planId", "programId", "protocolId",
            "representativeId", "semester", "sessionId", "sid", "tieId", "uploadId", "year");

    private final JdbcClient jdbc;
    final UUID prm;
    final UUID ppf;
    final UUID mesa;

    DemoRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.prm = one("select id from program where name like 'PRM Crecer%'").orElseThrow();
        this.ppf = one("select id from program where name like 'PPF Crecer%'").orElseThrow();
        this.mesa = one("select id from mesa where comuna_code = '16101'").orElseThrow();
    }

    /** The values of an operation's path parameters, in the order they appear. */
    Map<String, String> pathValues(ApiOperations.Operation operation) {
        Map<String, String> values = new LinkedHashMap<>();
        String path = operation.path();
        String[] segments = path.split("/");
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            if (!segment.startsWith("{")) {
                continue;
            }
            String name = segment.substring(1, segment.length() - 1);
            String collection = i > 0 ? segments[i - 1] : "";
            values.put(name, value(name, collection, path, values));
        }
        return values;
    }

    private String value(String name, String collection, String path, Map<String, String> resolved) {
        String session = resolved.getOrDefault("sessionId", resolved.get("sid"));
        String entry = resolved.get("entryId");
        Optional<UUID> id = switch (name) {
            case "programId" -> Optional.of(prm);
            case "mesaId", "id" -> Optional.of(mesa);
            case "institutionId" -> one("select institution_id from program where id = ?", prm);
            case "instrumentId" -> one("select id from priority_instrument order by published_at limit 1");
            case "childId" -> one("select child_id from waiting_list_entry where program_id = ? order by received_on limit 1",
                    prm);
            case "courtId" -> one("""
                    select e.referrer_id from waiting_list_entry e join referrer r on r.id = e.referrer_id
                     where e.program_id = ? and r.kind = 'FAMILY_COURT' order by e.received_on limit 1""", prm);
            case "entryId" -> path.endsWith("/court-order")
                    ? one("""
                            select e.id from waiting_list_entry e join referrer r on r.id = e.referrer_id
                             where e.program_id = ? and r.kind = 'FAMILY_COURT' order by e.received_on limit 1""", prm)
                    : path.contains("monitoring-plans")
                    ? one("""
                            select i.entry_id from monitoring_plan_item i join monitoring_plan p on p.id = i.plan_id
                             where p.program_id = ? and i.removed_at is null order by p.month desc limit 1""", prm)
                    : one("select id from waiting_list_entry where program_id = ? and status = ? order by received_on limit 1",
                    prm, entryStatus(path));
            case "assessmentId" -> one("select id from priority_assessment where entry_id = ? limit 1",
                    UUID.fromString(entry));
            case "judicialActionId" -> one("""
                    select id from judicial_action where program_id = ? order by (status = 'RESOLVED'), opened_on limit 1""", prm);
            case "letterId" -> one("select id from letter where program_id = ? and status = ? order by created_at limit 1",
                    prm, path.endsWith("/sending") || path.endsWith("/corrections") || path.endsWith("/pdf")
                            ? "ISSUED" : "DRAFT");
            case "caseId" -> path.contains("/mesas/")
                    ? one("select id from mesa_case where mesa_id = ? order by (status = 'CLOSED'), opened_at limit 1", mesa)
                    : one("select id from active_case where program_id = ? and closed_on is null order by admitted_on limit 1",
                    prm);
            case "sessionId", "sid" -> heldSession(path)
                    ? one("select id from mesa_session where mesa_id = ? and held_on < current_date order by held_on desc limit 1",
                    mesa)
                    : one("""
                            select id from mesa_session where mesa_id = ? and held_on >= current_date
                             order by held_on limit 1""", mesa);
            case "itemId" -> one("select id from mesa_agenda_item where session_id = ? order by position desc limit 1",
                    UUID.fromString(session));
            case "memberId" -> one("""
                    select id from mesa_member where mesa_id = ? and not co_facilitator and left_on is null
                     order by joined_on limit 1""", mesa);
            case "representativeId" -> one("select id from mesa_representative where member_id = ? order by since limit 1",
                    UUID.fromString(resolved.get("memberId")));
            case "agreementId" -> one("""
                    select id from mesa_agreement where mesa_id = ? order by (status in ('OPEN', 'IN_PROGRESS')) desc,
                     created_at limit 1""", mesa);
            case "planId" -> one("select id from mesa_plan where mesa_id = ? limit 1", mesa);
            case "objectiveId" -> one("select id from mesa_plan_objective where plan_id = ? order by position limit 1",
                    UUID.fromString(resolved.get("planId")));
            case "activityId" -> collection.equals("activities") && resolved.containsKey("planId")
                    ? one("""
                            select a.id from mesa_plan_activity a join mesa_plan_objective o on o.id = a.objective_id
                             where o.plan_id = ? limit 1""", UUID.fromString(resolved.get("planId")))
                    : one("select id from mesa_activity where mesa_id = ? limit 1", mesa);
            case "formatId" -> one("select id from mesa_presentation_format where mesa_id = ? or national order by national limit 1",
                    mesa);
            case "actorId" -> one("select id from network_actor where mesa_id = ? order by created_at desc limit 1", mesa);
            case "tieId" -> one("select id from network_tie where mesa_id = ? order by created_at desc limit 1", mesa);
            case "protocolId" -> one("select id from mesa_protocol where mesa_id = ? limit 1", mesa);
            case "importId" -> one("select id from list_import where program_id = ? order by started_at limit 1", prm);
            default -> Optional.empty();
        };
        if (id.isPresent()) {
            return id.get().toString();
        }
        return switch (name) {
            case "kind" -> path.contains("/network-imports/") ? "referrers"
                    : path.contains("/retention/") ? (path.contains("/mesas/") ? "mesa-case-reviews" : "letters")
                    : "NOT_ELIGIBLE";
            case "month" -> YearMonth.now().toString();
            case "year" -> String.valueOf(path.contains("reflections")
                    ? jdbc.sql("select coalesce(max(year), 2026) from mesa_reflection where mesa_id = ?").param(mesa)
                    .query(Integer.class).single() : LocalDate.now().getYear());
            case "semester" -> "1";
            default -> UUID.randomUUID().toString();
        };
    }

    private static String entryStatus(String path) {
        if (path.endsWith("/admission") || path.endsWith("/admission-interview") || path.endsWith("/unschedule")) {
            return "SCHEDULED";
        }
        if (path.endsWith("/decision") || path.endsWith("/background-sufficiency")
                || path.endsWith("/background-actions")) {
            return "UNDER_REVIEW";
        }
        return "WAITING";
    }

    private static boolean heldSession(String path) {
        return path.contains("minutes") || path.contains("case-reviews") || path.contains("attendance")
                || path.endsWith("/held");
    }

    /** A value for a property of a request body whose name says which record it points at. */
    Optional<UUID> forProperty(String property, Map<String, String> path) {
        String name = property.replaceAll("Ids?$", "");
        return switch (name) {
            case "referrer" -> one("select id from referrer where kind = 'FAMILY_COURT' limit 1");
            case "program", "pertinentProgram", "otherProgram" -> Optional.of(ppf);
            case "member", "responsibleMember", "presentingMember" -> Optional.ofNullable(path.get("memberId"))
                    .map(UUID::fromString)
                    .or(() -> one("select id from mesa_member where mesa_id = ? and left_on is null limit 1", mesa));
            case "entry", "childEntry" -> one("select id from waiting_list_entry where program_id = ? and status = 'WAITING' limit 1",
                    prm);
            case "session", "at", "atSession" -> one("""
                    select id from mesa_session where mesa_id = ? and held_on < current_date order by held_on desc limit 1""", mesa);
            case "from", "fromActor" -> one("select id from network_actor where mesa_id = ? order by created_at limit 1", mesa);
            case "to", "toActor" -> one("select id from network_actor where mesa_id = ? order by created_at desc limit 1", mesa);
            case "protocol" -> one("select id from mesa_protocol where mesa_id = ? limit 1", mesa);
            case "format" -> one("select id from mesa_presentation_format where national limit 1");
            case "institution" -> one("select institution_id from program where id = ?", prm);
            case "case" -> one("select id from mesa_case where mesa_id = ? limit 1", mesa);
            case "instrument" -> one("select id from priority_instrument order by code, version_number desc limit 1");
            default -> Optional.ofNullable(path.get(name + "Id")).map(UUID::fromString);
        };
    }

    /** The version of the record an operation changes: the last id of its path. */
    Optional<Long> version(ApiOperations.Operation operation, Map<String, String> path) {
        String table = null;
        String id = null;
        for (Map.Entry<String, String> e : path.entrySet()) {
            String t = table(e.getKey(), operation.path());
            if (t != null) {
                table = t;
                id = e.getValue();
            }
        }
        if (table == null) {
            return Optional.empty();
        }
        return jdbc.sql("select version from " + table + " where id = ?").param(UUID.fromString(id))
                .query(Long.class).optional();
    }

    private static String table(String parameter, String path) {
        return switch (parameter) {
            case "entryId" -> path.contains("monitoring-plans") ? null : "waiting_list_entry";
            case "letterId" -> "letter";
            case "judicialActionId" -> "judicial_action";
            case "caseId" -> path.contains("/mesas/") ? "mesa_case" : "active_case";
            case "mesaId", "id" -> "mesa";
            case "sessionId", "sid" -> "mesa_session";
            case "memberId" -> "mesa_member";
            case "representativeId" -> "mesa_representative";
            case "agreementId" -> "mesa_agreement";
            case "planId" -> "mesa_plan";
            case "formatId" -> "mesa_presentation_format";
            case "actorId" -> "network_actor";
            case "tieId" -> "network_tie";
            case "protocolId" -> "mesa_protocol";
            case "activityId" -> path.contains("/plans/") ? null : "mesa_activity";
            default -> null;
        };
    }

    private Optional<UUID> one(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(UUID.class).optional();
    }
}
