package cl.circuito.mesas.mesa;

import cl.circuito.audit.AuditAction;
import cl.circuito.audit.AuditTrail;
import cl.circuito.shared.security.Actor;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** The Mesas' line in the audit trail: subject "MESA" with the Mesa's id (no program: a Mesa spans several). */
public final class MesaAudit {

    static final String SUBJECT = "MESA";

    private MesaAudit() {
    }

    public static void changed(AuditTrail audit, Actor actor, UUID mesaId, String what, Map<String, ?> changes) {
        audit.changed(actor, AuditAction.CHANGED, new AuditTrail.Subject(SUBJECT, mesaId, null), what, changes);
    }

    /** Pairs of name, value; null values are kept out (Map.of refuses them). */
    public static Map<String, Object> of(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                map.put(String.valueOf(pairs[i]), pairs[i + 1]);
            }
        }
        return map;
    }

    static Mesa.Settings settingsOf(Mesa mesa) {
        return new Mesa.Settings(mesa.name(), mesa.foundedOn(), mesa.frequency(), mesa.customIntervalDays(),
                mesa.usualPlace(), mesa.usualStartsAt(), mesa.usualEndsAt());
    }

    static Map<String, Object> diff(Mesa.Settings before, Mesa.Settings after) {
        Map<String, Object> changes = new LinkedHashMap<>();
        put(changes, "name", before.name(), after.name());
        put(changes, "foundedOn", before.foundedOn(), after.foundedOn());
        put(changes, "frequency", before.frequency(), after.frequency());
        put(changes, "customIntervalDays", before.customIntervalDays(), after.customIntervalDays());
        put(changes, "usualPlace", before.usualPlace(), after.usualPlace());
        put(changes, "usualStartsAt", before.usualStartsAt(), after.usualStartsAt());
        put(changes, "usualEndsAt", before.usualEndsAt(), after.usualEndsAt());
        return changes;
    }

    private static void put(Map<String, Object> changes, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.put(field, AuditTrail.change(before, after));
        }
    }
}
