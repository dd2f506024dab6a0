package cl.circuito.mesas.mesa;

import cl.circuito.audit.AuditAction;
import cl.circuito.audit.AuditDetails;
import cl.circuito.audit.AuditTrail;
import cl.circuito.shared.security.Actor;

import java.util.UUID;

import static cl.circuito.audit.AuditField.CUSTOM_INTERVAL_DAYS;
import static cl.circuito.audit.AuditField.FOUNDED_ON;
import static cl.circuito.audit.AuditField.FREQUENCY;
import static cl.circuito.audit.AuditField.NAME;
import static cl.circuito.audit.AuditField.USUAL_ENDS_AT;
import static cl.circuito.audit.AuditField.USUAL_PLACE;
import static cl.circuito.audit.AuditField.USUAL_STARTS_AT;

/** The Mesas' line in the audit trail: subject "MESA" with the Mesa's id (no program: a Mesa spans several). */
public final class MesaAudit {

    static final String SUBJECT = "MESA";

    private MesaAudit() {
    }

    public static void changed(AuditTrail audit, Actor actor, UUID mesaId, String what, AuditDetails details) {
        audit.changed(actor, AuditAction.CHANGED, new AuditTrail.Subject(SUBJECT, mesaId, null), what, details);
    }

    static Mesa.Settings settingsOf(Mesa mesa) {
        return new Mesa.Settings(mesa.name(), mesa.foundedOn(), mesa.frequency(), mesa.customIntervalDays(),
                mesa.usualPlace(), mesa.usualStartsAt(), mesa.usualEndsAt());
    }

    static AuditDetails diff(Mesa.Settings before, Mesa.Settings after) {
        return AuditDetails.none().withChangeIfDifferent(NAME, before.name(), after.name())
                .withChangeIfDifferent(FOUNDED_ON, before.foundedOn(), after.foundedOn())
                .withChangeIfDifferent(FREQUENCY, before.frequency(), after.frequency())
                .withChangeIfDifferent(CUSTOM_INTERVAL_DAYS, before.customIntervalDays(), after.customIntervalDays())
                .withChangeIfDifferent(USUAL_PLACE, before.usualPlace(), after.usualPlace())
                .withChangeIfDifferent(USUAL_STARTS_AT, before.usualStartsAt(), after.usualStartsAt())
                .withChangeIfDifferent(USUAL_ENDS_AT, before.usualEndsAt(), after.usualEndsAt());
    }
}
