package cl.circuito.audit;

import cl.circuito.shared.text.ChileanDates;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a line of the audit trail says changed: each {@link AuditField} once, in the order given, with its value
 * or its change from before to after. Immutable; built fluently and handed to {@link AuditTrail#changed}, the only
 * way to give it details, so no module writes the trail's keys or value shapes by hand.
 * <p>
 * Values are written one way here, whoever gives them: a date as "20-12-2018", a month as "octubre de 2026" and a
 * time as "14:05" ({@link ChileanDates}), a status or a kind as its constant's name (the history says it in words
 * with {@code audit.value.<NAME>}), a decimal exactly as written, an id as text, yes/no, counts and texts as they
 * are, a list element by element, and any other value as its text (a RUT). A change is {"before": …, "after": …},
 * each side written the same way; null stays null (the history shows a dash).
 */
public final class AuditDetails {

    private static final AuditDetails NONE = new AuditDetails(Map.of());

    private final Map<AuditField, Object> values;

    private AuditDetails(Map<AuditField, Object> values) {
        this.values = values;
    }

    /** No details: a change whose description says it all. */
    public static AuditDetails none() {
        return NONE;
    }

    public static AuditDetails of(AuditField field, Object value) {
        return NONE.with(field, value);
    }

    public static AuditDetails ofChange(AuditField field, Object before, Object after) {
        return NONE.withChange(field, before, after);
    }

    /** These details and this field's value (null for "none"). */
    public AuditDetails with(AuditField field, Object value) {
        return and(field, written(value));
    }

    /** These details and this field's value when there is one: for a detail only some changes have. */
    public AuditDetails withPresent(AuditField field, Object value) {
        return value == null ? this : with(field, value);
    }

    /** These details and this field's change from {@code before} to {@code after}. */
    public AuditDetails withChange(AuditField field, Object before, Object after) {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("before", written(before));
        change.put("after", written(after));
        return and(field, Collections.unmodifiableMap(change));
    }

    /** As {@link #withChange}, only when the values differ: for a form of which the user may change any part. */
    public AuditDetails withChangeIfDifferent(AuditField field, Object before, Object after) {
        return Objects.equals(before, after) ? this : withChange(field, before, after);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** What the trail stores: each field's key with its written value, in the order the fields were given. */
    Map<String, Object> stored() {
        Map<String, Object> stored = new LinkedHashMap<>();
        values.forEach((field, value) -> stored.put(field.key(), value));
        return stored;
    }

    private AuditDetails and(AuditField field, Object written) {
        Objects.requireNonNull(field, "field");
        if (values.containsKey(field)) {
            // A second value would silently replace the first: a detail lost.
            throw new IllegalArgumentException("The audit field " + field + " is given twice");
        }
        Map<AuditField, Object> more = new LinkedHashMap<>(values);
        more.put(field, written);
        return new AuditDetails(Collections.unmodifiableMap(more));
    }

    private static Object written(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Number number) {
            return number instanceof BigDecimal decimal ? decimal.toPlainString() : number;
        }
        if (value instanceof Enum<?> code) {
            return code.name();
        }
        if (value instanceof LocalDate date) {
            return ChileanDates.day(date);
        }
        if (value instanceof YearMonth month) {
            return ChileanDates.month(month);
        }
        if (value instanceof LocalTime time) {
            return ChileanDates.time(time);
        }
        if (value instanceof Collection<?> list) {
            return list.stream().map(AuditDetails::written).toList();
        }
        if (value instanceof Map<?, ?> map) {
            throw new IllegalArgumentException("An audit detail is a value, a list or a change, not a map: "
                    + map.keySet());
        }
        return value.toString(); // an id, a RUT
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AuditDetails details && values.equals(details.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return stored().toString();
    }
}
