package cl.circuito.waitinglist.entry.web;

import cl.circuito.children.IdentityChoice;
import cl.circuito.children.ValidRut;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.validation.NoMarkup;
import cl.circuito.waitinglist.ExitReason;
import cl.circuito.waitinglist.SenainfoState;
import cl.circuito.waitinglist.entry.BackgroundActionKind;
import cl.circuito.waitinglist.entry.BackgroundGathering;
import cl.circuito.waitinglist.entry.EntryDecisions;
import cl.circuito.waitinglist.entry.EntryEvent;
import cl.circuito.waitinglist.entry.FamilyContact;
import cl.circuito.waitinglist.entry.FamilyContacts;
import cl.circuito.waitinglist.entry.IncomingFile;
import cl.circuito.waitinglist.entry.ReferralRequest;
import cl.circuito.waitinglist.entry.SenainfoSteps;
import cl.circuito.waitinglist.entry.WaitingListEntry;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a user sends to change an entry, the same record for the page ({@code @ModelAttribute}) and the API
 * ({@code @RequestBody}): the names are the API's, documented to its clients, so the pages' fields carry them too.
 * A page binds a record field by field since Spring 6.1: a value that does not convert is a field error with what was
 * typed, and the other values are kept to show the form again.
 */
final class Inputs {

    private Inputs() {
    }

    /**
     * A referral as the intake form and the API send it. What only the page has travels beside it: the files
     * uploaded with the form (the API attaches them afterwards), the files kept from an earlier submit and the RUT an
     * answer to the identity question was given for.
     */
    @Schema(description = "Una derivación: el NNA (por RUT, o por nombres y fecha de nacimiento), el organismo derivador y los antecedentes.")
    record ReferralInput(
            @Schema(description = "RUT del NNA, con o sin puntos y guion; vacío si la derivación no lo trae", example = "12.345.678-5")
            @Size(max = 15) @ValidRut String rut,
            @NotBlank @Size(max = 100) @NoMarkup String givenNames,
            @NotBlank @Size(max = 100) @NoMarkup String paternalSurname,
            @Size(max = 100) @NoMarkup String maternalSurname,
            @Schema(description = "Obligatoria cuando no hay RUT")
            @PastOrPresent @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate birthDate,
            @NotNull UUID referrerId,
            @Schema(description = "RIT de la causa (obligatorio si deriva un Tribunal de Familia)", example = "P-1234-2026")
            @Size(max = 30) @NoMarkup String courtRit,
            @Schema(example = "2600123456-7") @Size(max = 30) @NoMarkup String courtRuc,
            @NotBlank @Size(max = 4000) @NoMarkup String reason,
            @NotNull @PastOrPresent @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn,
            @Schema(description = "true: 10 días hábiles para decidir; false: 20") @NotNull Boolean backgroundSufficient,
            @Schema(description = ApiRecords.IDENTITY_CHOICE) IdentityChoice identityChoice,
            @Schema(description = ApiRecords.IDENTITY_REASON) @Size(max = 2000) @NoMarkup String identityCorrectionReason,
            @Schema(description = ApiRecords.STREET) @Size(max = 200) @NoMarkup String street,
            @Size(max = 30) @NoMarkup String streetNumber,
            @Schema(description = ApiRecords.COMUNA, example = "13201") @Size(max = 5) @NoMarkup String comunaCode,
            @Schema(description = ApiRecords.ADULT) @Size(max = 200) @NoMarkup String adultName,
            @Schema(example = "Abuela") @Size(max = 100) @NoMarkup String adultRelationship,
            @Schema(description = ApiRecords.PHONE, example = "+56 9 1234 5678") @Size(max = 30) @NoMarkup String phone,
            @Schema(description = ApiRecords.PHONE, example = "22 345 6789") @Size(max = 30) @NoMarkup String otherPhone,
            @Schema(example = "familia@ejemplo.cl") @Size(max = 254) @NoMarkup String email,
            @Schema(description = ApiRecords.SAFETY_NOTES) @Size(max = 2000) @NoMarkup String safetyNotes,
            @Schema(description = "Fecha de la resolución del tribunal que ordenó la derivación (solo si deriva un "
                    + "Tribunal de Familia); no posterior a la recepción")
            @PastOrPresent @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate courtOrderedOn) {

        static ReferralInput startingOn(LocalDate today) {
            return new ReferralInput(null, null, null, null, null, null, null, null, null, today, null, null, null,
                    null, null, null, null, null, null, null, null, null, null);
        }

        /**
         * @param attachments the files that came with it (none from the API)
         * @param answer      the answer to the identity question that counts (the page's counts only for the RUT it
         *                    was given for)
         */
        ReferralRequest request(List<IncomingFile> attachments, IdentityChoice answer) {
            return new ReferralRequest(rut, givenNames, paternalSurname, maternalSurname, birthDate, referrerId,
                    courtRit, courtRuc, reason, receivedOn, backgroundSufficient, attachments, answer,
                    identityCorrectionReason, new FamilyContact(street, streetNumber, comunaCode, adultName,
                    adultRelationship, phone, otherPhone, email, safetyNotes), courtOrderedOn);
        }
    }

    /**
     * The family's contact as corrected from the entry page or the API: the whole contact (what is left blank is
     * erased), why it changed (required to correct a recorded contact) and the contact's version as read (none while none was recorded).
     */
    @Schema(description = "Cómo ubicar a la familia: domicilio del NNA, adulto responsable, teléfonos, correo e "
            + "indicaciones para un contacto seguro. Reemplaza el contacto completo (un campo vacío se borra).")
    record ContactInput(
            @Schema(description = ApiRecords.STREET) @Size(max = 200) @NoMarkup String street,
            @Size(max = 30) @NoMarkup String streetNumber,
            @Schema(description = ApiRecords.COMUNA, example = "13201") @Size(max = 5) @NoMarkup String comunaCode,
            @Schema(description = ApiRecords.ADULT) @Size(max = 200) @NoMarkup String adultName,
            @Schema(example = "Abuela") @Size(max = 100) @NoMarkup String adultRelationship,
            @Schema(description = ApiRecords.PHONE, example = "+56 9 1234 5678") @Size(max = 30) @NoMarkup String phone,
            @Schema(description = ApiRecords.PHONE, example = "22 345 6789") @Size(max = 30) @NoMarkup String otherPhone,
            @Schema(example = "familia@ejemplo.cl") @Size(max = 254) @NoMarkup String email,
            @Schema(description = ApiRecords.SAFETY_NOTES) @Size(max = 2000) @NoMarkup String safetyNotes,
            @Schema(description = "Por qué se corrige (obligatorio si ya había un contacto; queda en la auditoría)")
            @Size(max = 2000) @NoMarkup String contactReason,
            @Schema(description = "Versión del contacto leída (contactVersion); vacía si aún no hay contacto; 409 si cambió")
            Long version) {

        static ContactInput of(FamilyContacts.ContactView view) {
            FamilyContact c = view.details();
            return new ContactInput(c.street(), c.streetNumber(), c.comunaCode(), c.adultName(), c.adultRelationship(),
                    c.phone(), c.otherPhone(), c.email(), c.safetyNotes(), null, view.version());
        }

        boolean recordOn(FamilyContacts contacts, Actor actor, UUID entryId) {
            return contacts.change(actor, entryId, version, new FamilyContact(street, streetNumber, comunaCode,
                    adultName, adultRelationship, phone, otherPhone, email, safetyNotes), contactReason);
        }
    }

    record BackgroundActionInput(@NotNull BackgroundActionKind actionKind,
                                 @NotNull @PastOrPresent @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate performedOn,
                                 @Schema(description = "Usuario del programa que la realizó; por defecto, quien registra")
                                 UUID performedBy,
                                 @Size(max = 4000) @NoMarkup String notes) {

        static BackgroundActionInput startingOn(LocalDate today, Actor actor) {
            return new BackgroundActionInput(null, today, actor.userId(), null);
        }

        EntryEvent recordOn(BackgroundGathering gathering, Actor actor, UUID entryId) {
            return gathering.recordAction(actor, entryId, actionKind, performedOn, performedBy, notes);
        }
    }

    record SufficiencyInput(@Schema(description = "true: 10 días hábiles para decidir; false: 20")
                            @NotNull Boolean backgroundSufficient,
                            @NotBlank @Size(max = 2000) @NoMarkup String reason,
                            @Schema(description = "Versión de la ficha leída; 409 si cambió") Long version) {

        /** The change the page offers: the other sufficiency than the entry's. */
        static SufficiencyInput changing(WaitingListEntry entry) {
            return new SufficiencyInput(!entry.backgroundSufficient(), null, entry.version());
        }

        WaitingListEntry recordOn(EntryDecisions decisions, Actor actor, UUID entryId) {
            return decisions.changeBackgroundSufficiency(actor, entryId, version, backgroundSufficient, reason);
        }
    }

    enum Outcome { ELIGIBLE, NOT_ELIGIBLE }

    record DecisionInput(@NotNull Outcome outcome,
                         @NotNull @PastOrPresent @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decidedOn,
                         @Schema(description = "Fundamento; obligatorio si no es sujeto de atención")
                         @Size(max = 4000) @NoMarkup String reason,
                         @Schema(description = "Programa más pertinente de la red (si no es sujeto de atención)")
                         UUID pertinentProgramId,
                         @Schema(description = "Programa más pertinente escrito, si no está en la red")
                         @Size(max = 300) @NoMarkup String pertinentProgramName,
                         @Schema(description = "Versión de la ficha leída; 409 si cambió") Long version) {

        static DecisionInput startingOn(LocalDate today, long version) {
            return new DecisionInput(null, today, null, null, null, version);
        }

        WaitingListEntry recordOn(EntryDecisions decisions, Actor actor, UUID entryId) {
            if (outcome == Outcome.ELIGIBLE) {
                return decisions.declareEligible(actor, entryId, version, decidedOn, reason);
            }
            return decisions.declareNotEligible(actor, entryId, version, decidedOn, reason, pertinentProgramId,
                    pertinentProgramName);
        }
    }

    record ReopenInput(@NotBlank @Size(max = 2000) @NoMarkup String reason,
                       @Schema(description = "Versión de la ficha leída; 409 si cambió") Long version) {

        static ReopenInput of(long version) {
            return new ReopenInput(null, version);
        }

        WaitingListEntry recordOn(EntryDecisions decisions, Actor actor, UUID entryId) {
            return decisions.reopenDecision(actor, entryId, version, reason);
        }
    }

    @Schema(description = "Un paso de SENAINFO (I-SGC-01) ya dado en SENAINFO: Circuito registra cuándo y quién.")
    record SenainfoInput(@Schema(description = "ENTERED: ingresado en la lista de espera de SENAINFO; REMOVED: eliminado "
                                 + "de SENAINFO (solo un NNA no sujeto de atención, ya ingresado)")
                         @NotNull SenainfoSteps.Step senainfoStep,
                         @Schema(description = "Día en que se hizo en SENAINFO: entre la recepción (y, al eliminar, la "
                                 + "decisión y el ingreso) y hoy")
                         @NotNull @PastOrPresent @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate senainfoOn,
                         @Schema(description = "Versión de la ficha leída; 409 si cambió") Long version) {

        /** The step the page offers: the one pending, dated today. */
        static SenainfoInput next(WaitingListEntry entry, LocalDate today) {
            SenainfoSteps.Step step = entry.senainfoState() == SenainfoState.PENDING_REMOVAL
                    ? SenainfoSteps.Step.REMOVED : SenainfoSteps.Step.ENTERED;
            return new SenainfoInput(step, today, entry.version());
        }

        WaitingListEntry recordOn(SenainfoSteps steps, Actor actor, UUID entryId) {
            return steps.record(actor, entryId, version, senainfoStep, senainfoOn);
        }
    }

    record ExitInput(@NotNull ExitReason reason,
                     @NotNull @PastOrPresent @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate exitedOn,
                     @NotBlank @Size(max = 4000) @NoMarkup String notes,
                     @Schema(description = "Solo para TURNED_18 cuando el registro no tiene la fecha de nacimiento del NNA: "
                             + "cómo se sabe que cumplió 18 años (por ejemplo, la cédula de identidad vista). Con fecha de "
                             + "nacimiento registrada, la mayoría de edad se verifica con ella y este campo debe ir vacío.")
                     @Size(max = 2000) @NoMarkup String ageOverrideReason,
                     @Schema(description = "Versión de la ficha leída; 409 si cambió") Long version) {

        static ExitInput startingOn(LocalDate today, long version) {
            return new ExitInput(null, today, null, null, version);
        }

        WaitingListEntry recordOn(EntryDecisions decisions, Actor actor, UUID entryId) {
            return decisions.exit(actor, entryId, version, reason, exitedOn, notes, ageOverrideReason);
        }
    }
}
