package cl.circuito.mesas.sessions.web;

import cl.circuito.mesas.agreements.Agreement;
import cl.circuito.mesas.agreements.AgreementStatus;
import cl.circuito.shared.validation.NoRut;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What a user sends to write and approve minutes and to agree on and follow agreements: the same record for the
 * minutes and agreements pages ({@code @ModelAttribute}; a page of many forms shows the refused one again from the
 * binding, {@code failure.typed(…)}) and the API ({@code @RequestBody}). The names are the API's, so the pages'
 * fields carry them too. The rules are the aggregates', which name the field. Public for the agreements' pages.
 */
public final class MinutesInputs {

    private MinutesInputs() {
    }

    /** The notes and decisions of one agenda item. */
    record MinutesItemInput(@Schema(description = "Versión de la sesión leída; 409 si cambió") Long version,
                            @Schema(description = "Desarrollo del punto (notas del acta)") @NoRut String notes,
                            @Schema(description = "Decisiones del punto") @NoRut String decisions) {
    }

    /** A button on a session that sends only what it was read at: marking it held, sending its minutes. */
    record SessionVersionInput(@Schema(description = "Versión de la sesión leída; 409 si cambió") Long version) {
    }

    /** The previous session's minutes approved at this one: who approves, and the corrections made on reading. */
    record ApprovePreviousInput(
            @Schema(description = "Versión de la sesión anterior leída (previousToApprove.version)") Long previousVersion,
            @Schema(description = "Quién aprueba", example = "Integrantes presentes en la sesión N° 5, por consenso")
            @NoRut String approvedBy,
            @Schema(description = "Correcciones acordadas en la lectura (opcional)") @NoRut String corrections) {
    }

    /**
     * An agreement taken at a session (under an agenda item), or the amended terms of an open one (with its version).
     * On the minutes page the session is the page's own.
     */
    public record AgreementInput(
            @Schema(description = "Sesión en que se acuerda (al crear)") UUID sessionId,
            @Schema(description = "Punto de la tabla bajo el que se acuerda (opcional)") UUID agendaItemId,
            @Schema(description = "Versión del acuerdo leída (al corregir); 409 si cambió") Long version,
            @Schema(description = "Texto del acuerdo") @NoRut String text,
            @Schema(description = "Integrante actual de la Mesa que responde") UUID responsibleMemberId,
            @Schema(description = "Persona responsable (opcional)") @NoRut String responsiblePerson,
            @Schema(description = "Plazo (opcional; no anterior a la sesión)")
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn) {

        public Agreement.Terms terms() {
            return new Agreement.Terms(text, responsibleMemberId, responsiblePerson, dueOn);
        }
    }

    /** A status update of an agreement or, at a session (its review of agreements), the review there. */
    public record AgreementStatusInput(
            @Schema(description = "Versión del acuerdo leída; 409 si cambió") Long version,
            @Schema(description = "Nuevo estado; uno de cierre exige nota") AgreementStatus status,
            @Schema(description = "Nota; obligatoria para cerrar") @NoRut String note,
            @Schema(description = "Fecha de cierre (por omisión: hoy o la fecha de la sesión)")
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closedOn,
            @Schema(description = "Sesión en que se revisa (opcional): con el mismo estado, registra la revisión")
            UUID sessionId) {
    }
}
