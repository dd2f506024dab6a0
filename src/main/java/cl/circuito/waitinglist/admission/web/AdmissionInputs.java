package cl.circuito.waitinglist.admission.web;

import cl.circuito.shared.security.Actor;
import cl.circuito.shared.validation.NoMarkup;
import cl.circuito.waitinglist.admission.ActiveCase;
import cl.circuito.waitinglist.admission.AdmissionInterview;
import cl.circuito.waitinglist.admission.Admissions;
import cl.circuito.waitinglist.entry.WaitingListEntry;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What a user sends about a scheduled child's admission, the same record for the entry page's forms
 * ({@code @ModelAttribute}, under {@link AdmissionSection}'s names) and the API ({@code @RequestBody}): the names are
 * the API's, so the page's fields carry them too.
 */
public final class AdmissionInputs {

    private AdmissionInputs() {
    }

    public record AdmissionInterviewInput(
            @NotNull @PastOrPresent @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
            @Schema(description = "Quiénes asistieron (NNA, adulto responsable, profesionales)")
            @NotBlank @Size(max = 1000) @NoMarkup String attendees,
            @Schema(description = "true: el domicilio registrado se confirmó; false: se corrigió")
            @NotNull Boolean addressConfirmed,
            @Schema(description = "El domicilio confirmado o corregido") @NotBlank @Size(max = 500) @NoMarkup String address,
            @Size(max = 4000) @NoMarkup String notes,
            @Schema(description = "Versión de la ficha leída; 409 si cambió") Long version) {

        static AdmissionInterviewInput startingOn(LocalDate today, long version) {
            return new AdmissionInterviewInput(today, null, Boolean.TRUE, null, null, version);
        }

        public AdmissionInterview recordOn(Admissions admissions, Actor actor, UUID entryId) {
            return admissions.recordInterview(actor, entryId, version, heldOn, attendees, addressConfirmed, address,
                    notes);
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
}
