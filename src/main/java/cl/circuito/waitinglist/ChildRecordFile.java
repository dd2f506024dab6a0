package cl.circuito.waitinglist;

import cl.circuito.network.ProgramDirectory;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Permission;
import cl.circuito.shared.text.ChileanDates;
import cl.circuito.shared.web.Messages;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Everything the waiting list holds about one child, for the child's access document (Ley 21.719, the right of
 * access): each entry within the asker's scope with its decisions, timeline, priority assessments item by item,
 * monitoring, judicial actions, admission, the family's contact and the attachments by name. The entries of programs
 * outside the scope are only counted. Read with this module's own SQL; the words come from its bundles, so the
 * document says what the pages say. The caller audits the read (it is one act: producing the document).
 */
@Service
@Transactional(readOnly = true)
public class ChildRecordFile {

    /** What the waiting list holds: the entries the asker may see and how many others exist. */
    public record Held(List<EntryRecord> entries, int outsideScope) {

        public List<UUID> entryIds() {
            return entries.stream().map(EntryRecord::entryId).toList();
        }
    }

    /** One dated line of a record: a date (null when it has none) and what happened, in words. */
    public record Line(LocalDate on, String text) {
    }

    /** One priority assessment with each item's answer. */
    public record Assessment(LocalDate on, String summary, List<String> items) {
    }

    /** One entry: the referral, the decision, and each kind of record kept about it. */
    public record EntryRecord(UUID entryId, UUID programId, String programName, String status, List<Line> referral,
                              List<Line> decisions, List<Line> timeline, List<Assessment> assessments,
                              List<Line> monitoring, List<Line> judicialActions, List<Line> admission,
                              List<Line> contact, List<Line> attachments) {
    }

    private final JdbcClient jdbc;
    private final ProgramDirectory programs;
    private final Messages messages;

    ChildRecordFile(JdbcClient jdbc, ProgramDirectory programs, Messages messages) {
        this.jdbc = jdbc;
        this.programs = programs;
        this.messages = messages;
    }

    /** The child's entries within the asker's scope, in order of receipt, and the count of the others. */
    public Held of(Actor actor, UUID childId) {
        actor.require(Permission.READ_CHILD_RECORDS);
        Set<UUID> visible = programs.visibleIds(actor.scope());
        List<Map<String, Object>> rows = jdbc.sql("""
                select e.id, e.program_id, p.name as program_name, e.status, e.received_on, r.name as referrer_name,
                       e.court_rit, e.court_ruc, e.court_ordered_on, e.referral_reason, e.background_sufficient, e.admissibility_due_on,
                       e.decided_on, e.decided_by_name, e.decision_notes, e.pertinent_program_name, e.exit_reason,
                       e.exited_on, e.exit_notes, e.exited_by_name, e.registered_by_name
                  from waiting_list_entry e
                  join program p on p.id = e.program_id
                  join referrer r on r.id = e.referrer_id
                 where e.child_id = :child
                 order by e.received_on, e.registered_at""").param("child", childId).query().listOfRows();
        List<EntryRecord> entries = new ArrayList<>();
        int outside = 0;
        for (Map<String, Object> row : rows) {
            if (!visible.contains((UUID) row.get("program_id"))) {
                outside++;
                continue;
            }
            entries.add(entry(row));
        }
        return new Held(List.copyOf(entries), outside);
    }

    private EntryRecord entry(Map<String, Object> e) {
        UUID id = (UUID) e.get("id");
        List<Line> referral = new ArrayList<>();
        referral.add(line(e.get("received_on"), label("childfile.referral.received", e.get("referrer_name"))));
        present(referral, "childfile.referral.rit", e.get("court_rit"));
        present(referral, "childfile.referral.ruc", e.get("court_ruc"));
        if (e.get("court_ordered_on") != null) {
            referral.add(line(e.get("court_ordered_on"), label("childfile.referral.ordered")));
        }
        present(referral, "childfile.referral.reason", e.get("referral_reason"));
        referral.add(line(null, label(Boolean.TRUE.equals(e.get("background_sufficient"))
                ? "childfile.referral.sufficient" : "childfile.referral.insufficient",
                ChileanDates.day(date(e.get("admissibility_due_on"))))));
        present(referral, "childfile.referral.registeredBy", e.get("registered_by_name"));

        List<Line> decisions = new ArrayList<>();
        if (e.get("decided_on") != null) {
            decisions.add(line(e.get("decided_on"), label("childfile.decision", e.get("decided_by_name"),
                    text(e.get("decision_notes")))));
            present(decisions, "childfile.decision.pertinent", e.get("pertinent_program_name"));
        }
        if (e.get("exit_reason") != null) {
            decisions.add(line(e.get("exited_on"), label("childfile.exit",
                    messages.get("exitReason." + e.get("exit_reason")), e.get("exited_by_name"),
                    text(e.get("exit_notes")))));
        }
        return new EntryRecord(id, (UUID) e.get("program_id"), (String) e.get("program_name"),
                messages.get("status." + e.get("status")), referral, decisions, timeline(id), assessments(id),
                monitoring(id), judicialActions(id), admission(id), contact(id), attachments(id));
    }

    private List<Line> timeline(UUID entryId) {
        return jdbc.sql("""
                select kind, occurred_on, actor_name, performed_by_name, notes, detail from entry_event
                 where entry_id = :entry order by occurred_on, recorded_at""").param("entry", entryId)
                .query((rs, n) -> new Line(rs.getObject("occurred_on", LocalDate.class),
                        join(messages.get("event." + rs.getString("kind")), rs.getString("detail"),
                                rs.getString("notes"), label("childfile.by",
                                        first(rs.getString("performed_by_name"), rs.getString("actor_name"))))))
                .list();
    }

    private List<Assessment> assessments(UUID entryId) {
        List<Map<String, Object>> rows = jdbc.sql("""
                select a.id, a.assessed_on, a.assessed_by_name, a.score, a.no_data_count, a.final_priority,
                       a.override_reason, a.notes, i.name as instrument
                  from priority_assessment a join priority_instrument i on i.id = a.instrument_id
                 where a.entry_id = :entry order by a.assessed_at""").param("entry", entryId).query().listOfRows();
        List<Assessment> assessments = new ArrayList<>();
        for (Map<String, Object> a : rows) {
            List<String> items = jdbc.sql("""
                    select pa.item_number, pi.text, pa.answer from priority_answer pa
                      join priority_item pi on pi.id = pa.item_id
                     where pa.assessment_id = :assessment order by pa.item_number""")
                    .param("assessment", a.get("id"))
                    .query((rs, n) -> rs.getInt("item_number") + ". " + rs.getString("text") + ": "
                            + messages.get("childfile.answer." + rs.getString("answer")))
                    .list();
            assessments.add(new Assessment(date(a.get("assessed_on")), join(label("childfile.assessment",
                    a.get("instrument"), a.get("score"), a.get("no_data_count"), a.get("final_priority"),
                    a.get("assessed_by_name")), text(a.get("override_reason")), text(a.get("notes"))), items));
        }
        return assessments;
    }

    private List<Line> monitoring(UUID entryId) {
        return jdbc.sql("""
                select kind, performed_on, performed_by_name, outcome, notes from monitoring_action
                 where entry_id = :entry order by performed_on, recorded_at""").param("entry", entryId)
                .query((rs, n) -> new Line(rs.getObject("performed_on", LocalDate.class),
                        join(messages.get("monitoring.kind." + rs.getString("kind")),
                                messages.get("monitoring.outcome." + rs.getString("outcome")), rs.getString("notes"),
                                label("childfile.by", rs.getString("performed_by_name")))))
                .list();
    }

    private List<Line> judicialActions(UUID entryId) {
        return jdbc.sql("""
                select opened_on, status, kind, requested_on, requested_by_name, court_answer, answered_on
                  from judicial_action where entry_id = :entry order by opened_at""").param("entry", entryId)
                .query((rs, n) -> new Line(rs.getObject("opened_on", LocalDate.class),
                        join(rs.getString("kind") == null ? null : messages.get("judicial.kind." + rs.getString("kind")),
                                messages.get("judicial.status." + rs.getString("status")),
                                rs.getObject("requested_on") == null ? null : label("childfile.judicial.requested",
                                        ChileanDates.day(rs.getObject("requested_on", LocalDate.class)),
                                        rs.getString("requested_by_name")),
                                rs.getString("court_answer") == null ? null : label("childfile.judicial.answer",
                                        ChileanDates.day(rs.getObject("answered_on", LocalDate.class)),
                                        rs.getString("court_answer")))))
                .list();
    }

    private List<Line> admission(UUID entryId) {
        List<Line> lines = new ArrayList<>(jdbc.sql("""
                select held_on, attendees, address, notes, recorded_by_name from admission_interview
                 where entry_id = :entry order by recorded_at""").param("entry", entryId)
                .query((rs, n) -> new Line(rs.getObject("held_on", LocalDate.class),
                        join(label("childfile.interview", rs.getString("attendees"), rs.getString("address")),
                                rs.getString("notes"), label("childfile.by", rs.getString("recorded_by_name")))))
                .list());
        lines.addAll(jdbc.sql("""
                select admitted_on, closed_on, close_notes, registered_by_name from active_case
                 where entry_id = :entry""").param("entry", entryId)
                .query((rs, n) -> new Line(rs.getObject("admitted_on", LocalDate.class),
                        join(label("childfile.admitted", rs.getString("registered_by_name")),
                                rs.getObject("closed_on") == null ? null : label("childfile.closed",
                                        ChileanDates.day(rs.getObject("closed_on", LocalDate.class)),
                                        rs.getString("close_notes")))))
                .list());
        return lines;
    }

    private List<Line> contact(UUID entryId) {
        return jdbc.sql("""
                select c.street, c.street_number, m.name as comuna, c.adult_name, c.adult_relationship, c.phone,
                       c.other_phone, c.email, c.safety_notes, c.updated_by_name
                  from entry_contact c left join comuna m on m.code = c.comuna_code
                 where c.entry_id = :entry""").param("entry", entryId).query().listOfRows().stream()
                .flatMap(c -> {
                    List<Line> lines = new ArrayList<>();
                    present(lines, "childfile.contact.address", join(text(c.get("street")),
                            text(c.get("street_number")), text(c.get("comuna"))));
                    present(lines, "childfile.contact.adult", join(text(c.get("adult_name")),
                            text(c.get("adult_relationship"))));
                    present(lines, "childfile.contact.phone", join(text(c.get("phone")), text(c.get("other_phone"))));
                    present(lines, "childfile.contact.email", c.get("email"));
                    present(lines, "childfile.contact.safety", c.get("safety_notes"));
                    present(lines, "childfile.contact.updatedBy", c.get("updated_by_name"));
                    return lines.stream();
                }).toList();
    }

    private List<Line> attachments(UUID entryId) {
        return jdbc.sql("""
                select file_name, uploaded_at, uploaded_by_name from entry_attachment
                 where entry_id = :entry order by uploaded_at""").param("entry", entryId)
                .query((rs, n) -> new Line(rs.getTimestamp("uploaded_at").toInstant()
                        .atZone(ChileanDates.CHILE).toLocalDate(),
                        join(rs.getString("file_name"), label("childfile.by", rs.getString("uploaded_by_name")))))
                .list();
    }

    private void present(List<Line> lines, String key, Object value) {
        String text = text(value);
        if (text != null) {
            lines.add(new Line(null, label(key, text)));
        }
    }

    private String label(String key, Object... args) {
        Object[] shown = java.util.Arrays.stream(args).map(a -> a == null ? "" : a).toArray();
        return messages.get(key, shown);
    }

    private static Line line(Object on, String text) {
        return new Line(date(on), text);
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    private static String text(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString().trim();
    }

    private static String first(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }

    private static String join(String... parts) {
        String joined = java.util.Arrays.stream(parts).filter(p -> p != null && !p.isBlank())
                .collect(Collectors.joining(" · "));
        return joined.isEmpty() ? null : joined;
    }
}
