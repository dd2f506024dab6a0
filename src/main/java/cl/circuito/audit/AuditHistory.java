package cl.circuito.audit;

import cl.circuito.shared.text.ChileanDates;
import cl.circuito.shared.web.Messages;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The audit trail as people read it: what happened and what changed, in Spanish. The trail keeps codes (a field's
 * key, a status such as {@code SCHEDULED}) so that it stays exact evidence whatever the wording of the day; this is
 * the one place that turns them into words, for every page and export that shows the trail. Every field is
 * labelled by its {@link AuditField} ({@code audit.field.<key>}) and every code by {@code audit.value.<CODE>}; a
 * test walks a whole demo's trail to keep the bundle complete. Dates are written as days by {@link AuditDetails};
 * rows written before it may hold an ISO date, shown as a day too.
 */
@Component
public class AuditHistory {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** One line of the history. */
    public record Line(java.time.Instant occurredAt, String actorName, String what, boolean view, List<Change> changes) {
    }

    /** One changed field: its label and its value (or "before → after"). */
    public record Change(String label, String text) {
    }

    private final Messages messages;

    AuditHistory(Messages messages) {
        this.messages = messages;
    }

    public Line line(AuditEvent event) {
        return new Line(event.occurredAt(), event.actorName(), messages.get(event.what()),
                event.action() == AuditAction.VIEWED, changes(event.changes()));
    }

    /** A row's stored details in words, field by field, as {@link #line} shows them (for the audit viewer). */
    public List<Change> changes(Map<String, Object> stored) {
        return stored.entrySet().stream()
                .map(c -> new Change(label(c.getKey()), value(c.getValue())))
                .toList();
    }

    /**
     * The label of a stored field. A row written before {@link AuditField} names its fields by the Spanish keys of
     * then ("estado"), which the field knows as former keys: it reads with the same label as it always did. A key
     * no field knows is shown as stored rather than hidden, since the row is evidence.
     */
    private String label(String storedKey) {
        return AuditField.forKey(storedKey).map(field -> messages.get(field.labelKey())).orElse(storedKey);
    }

    private String value(Object value) {
        if (value instanceof Map<?, ?> change && (change.containsKey("before") || change.containsKey("after"))) {
            return messages.get("audit.change", single(change.get("before")), single(change.get("after")));
        }
        return single(value);
    }

    private String single(Object value) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            return messages.get("common.none");
        }
        if (value instanceof Boolean b) {
            return messages.get(b ? "form.yes" : "form.no");
        }
        if (value instanceof String s && CODE.matcher(s).matches()) {
            // A status or a kind; other capitals (a modality "PRM" typed in a name) stay as they are.
            return messages.get(new DefaultMessageSourceResolvable(new String[]{"audit.value." + s}, null, s));
        }
        if (value instanceof String s && ISO_DATE.matcher(s).matches()) {
            try {
                return ChileanDates.day(LocalDate.parse(s));
            } catch (DateTimeParseException e) {
                return s;
            }
        }
        if (value instanceof List<?> list) {
            return String.join(", ", list.stream().map(this::single).toList());
        }
        return String.valueOf(value);
    }

    /** Which lines of the trail to show. */
    public enum Filter {
        ALL, CHANGES, VIEWS
    }
}
