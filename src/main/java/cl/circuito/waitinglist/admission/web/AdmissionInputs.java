package cl.circuito.waitinglist.admission.web;

import cl.circuito.children.IdentityChoice;
import cl.circuito.children.ValidRut;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.validation.NoMarkup;
import cl.circuito.waitinglist.admission.ActiveCase;
import cl.circuito.waitinglist.admission.ActiveCaseManagement;
import cl.circuito.waitinglist.admission.AdmissionInterview;
import cl.circuito.waitinglist.admission.AdmissionPlan;
import cl.circuito.waitinglist.admission.AdmissionPlanning;
import cl.circuito.waitinglist.admission.Admissions;
import cl.circuito.waitinglist.admission.CaseCloseReason;
import cl.circuito.waitinglist.admission.ExistingCase;
import cl.circuito.waitinglist.entry.FamilyContact;
import cl.circuito.waitinglist.entry.WaitingListEntry;
import cl.circuito.waitinglist.entry.web.ApiRecords;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a user sends about admissions, the same record for the pages' forms ({@code @ModelAttribute}: the month's
 * plan, a scheduled child's admission on the entry page under {@link AdmissionSection}'s names, the active cases) and
 * the API ({@code @RequestBody}): the names are the API's, so the pages' fields carry them too.
 */
public final class AdmissionInputs {

    private AdmissionInputs() {
    }

    /**
     * The director's choice for the month: the children chosen, and a reason for each difference with the proposal.
     * Choosing none is refused here, in the page's words ({@code NotEmpty.admissionPlan.chosen}); the reasons the
     * differences need are the planning's to check, as it knows the proposal.
     */
    @Schema(description = "Confirmación de los ingresos del mes")
    record AdmissionPlanInput(
            @Schema(description = "Mes de ingreso (aaaa-MM), no anterior al actual", example = "2026-10", type = "string")
            @NotNull @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
            @Schema(description = "Fichas en espera elegidas") @NotEmpty List<@NotNull UUID> chosen,
            @Schema(description = "Motivo por ficha (id → texto) para cada diferencia con la propuesta: NNA agregado fuera de ella o NNA propuesto que no se incluye. El error nombra el campo reasons[<id>].")
            Map<UUID, @Size(max = 2000) String> reasons) {

        /** No reason sent is no difference explained (and the page looks each row's up). */
        AdmissionPlanInput {
            reasons = reasons == null ? Map.of() : reasons;
        }

        /** The page's starting point: the month shown, with Circuito's proposal ticked. */
        static AdmissionPlanInput proposing(YearMonth month, List<UUID> proposal) {
            return new AdmissionPlanInput(month, proposal, Map.of());
        }

        /** Whether the entry is ticked (public: the page asks it of each row). */
        public boolean chose(UUID entryId) {
            return chosen != null && chosen.contains(entryId);
        }

        AdmissionPlan confirmOn(AdmissionPlanning planning, Actor actor, UUID programId) {
            return planning.confirm(actor, programId, month, chosen, reasons);
        }
    }

    public record AdmissionInterviewInput(
            @NotNull @PastOrPresent @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
            @Schema(description = "Quiénes asistieron (NNA, adulto responsable, profesionales)")
            @NotBlank @Size(max = 1000) @NoMarkup String attendees,
            @Schema(description = "true: el domicilio registrado se confirmó; false: se corrigió (con street, "
                    + "streetNumber y comunaCode, el contacto de la ficha queda con el domicilio corregido)")
            @NotNull Boolean addressConfirmed,
            @Schema(description = "El domicilio en una línea, para quien no envía street: confirmado vacío, es el "
                    + "registrado") @Size(max = 500) @NoMarkup String address,
            @Schema(description = "Calle o pasaje del domicilio encontrado") @Size(max = 200) @NoMarkup String street,
            @Size(max = 30) @NoMarkup String streetNumber,
            @Schema(description = "Comuna por su código oficial (CUT)", example = "13201") @Size(max = 5) @NoMarkup String comunaCode,
            @Size(max = 4000) @NoMarkup String notes,
            @Schema(description = "Versión de la ficha leída; 409 si cambió") Long version) {

        /** The form starts from the recorded address, confirmed. */
        static AdmissionInterviewInput startingOn(LocalDate today, long version, FamilyContact recorded) {
            return new AdmissionInterviewInput(today, null, Boolean.TRUE, null, recorded.street(),
                    recorded.streetNumber(), recorded.comunaCode(), null, version);
        }

        public AdmissionInterview recordOn(Admissions admissions, Actor actor, UUID entryId) {
            return admissions.recordInterview(actor, entryId, version, heldOn, attendees, addressConfirmed,
                    new Admissions.InterviewAddress(address, street, streetNumber, comunaCode), notes);
        }
    }

    public record AdmissionInput(
            @Schema(description = "Fecha de ingreso efectivo: no futura, no anterior a la entrevista de ingreso")
            @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate admittedOn,
            @Schema(description = "Versión de la ficha leída; 409 si cambió") Long version) {

        static AdmissionInput startingOn(LocalDate today, long version) {
            return new AdmissionInput(today, version);
        }

        public ActiveCase recordOn(Admissions admissions, Actor actor, UUID entryId) {
            return admissions.admit(actor, entryId, version, admittedOn);
        }
    }

    public record AdmissionUnscheduleInput(
            @NotBlank @Size(max = 2000) @NoMarkup String reason,
            @Schema(description = "Versión de la ficha leída; 409 si cambió") Long version) {

        static AdmissionUnscheduleInput of(long version) {
            return new AdmissionUnscheduleInput(null, version);
        }

        public WaitingListEntry recordOn(Admissions admissions, Actor actor, UUID entryId) {
            return admissions.unschedule(actor, entryId, version, reason);
        }
    }

    /**
     * A child who was already in intervention before the program used Circuito, typed like a referral's child. The
     * page also sends the RUT an answer to the identity question was given for ({@code IdentityQuestion}).
     */
    @Schema(description = "Un NNA que ya estaba en intervención antes de usar Circuito (por RUT, o por nombres y fecha de nacimiento)")
    record ExistingCaseInput(
            @Size(max = 15) @ValidRut String rut,
            @NotBlank @Size(max = 100) @NoMarkup String givenNames,
            @NotBlank @Size(max = 100) @NoMarkup String paternalSurname,
            @Size(max = 100) @NoMarkup String maternalSurname,
            @Schema(description = "Obligatoria cuando no hay RUT")
            @PastOrPresent @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate birthDate,
            @NotNull @PastOrPresent @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate admittedOn,
            @Schema(description = ApiRecords.IDENTITY_CHOICE) IdentityChoice identityChoice,
            @Schema(description = ApiRecords.IDENTITY_REASON) @Size(max = 2000) @NoMarkup
            String identityCorrectionReason) {

        static ExistingCaseInput blank() {
            return new ExistingCaseInput(null, null, null, null, null, null, null, null);
        }

        /** @param answer the answer to the identity question that counts (the page's, only for the RUT it was given for) */
        ActiveCase registerOn(ActiveCaseManagement cases, Actor actor, UUID programId, IdentityChoice answer) {
            return cases.registerExisting(actor, programId, new ExistingCase(rut, givenNames, paternalSurname,
                    maternalSurname, birthDate, admittedOn, answer, identityCorrectionReason));
        }
    }

    /** Closing an active case; the case names the reason's field {@code closeReason}, after its column. */
    record ActiveCaseCloseInput(
            @NotNull @PastOrPresent @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closedOn,
            @NotNull CaseCloseReason reason,
            @NotBlank @Size(max = 4000) @NoMarkup String notes,
            @Schema(description = "Solo para TURNED_18 cuando el registro no tiene la fecha de nacimiento del "
                    + "NNA: cómo se sabe que cumplió 18 años. Con fecha de nacimiento, debe ir vacío.")
            @Size(max = 2000) @NoMarkup String ageOverrideReason,
            @Schema(description = "Versión del caso leída; 409 si cambió") Long version) {

        static ActiveCaseCloseInput startingOn(LocalDate today, long version) {
            return new ActiveCaseCloseInput(today, null, null, null, version);
        }

        ActiveCase recordOn(ActiveCaseManagement cases, Actor actor, UUID caseId) {
            return cases.close(actor, caseId, version, closedOn, reason, notes, ageOverrideReason);
        }
    }
}
