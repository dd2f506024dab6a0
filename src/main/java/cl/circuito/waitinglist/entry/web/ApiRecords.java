package cl.circuito.waitinglist.entry.web;

import cl.circuito.audit.AuditEvent;
import cl.circuito.waitinglist.entry.BackgroundActionKind;
import cl.circuito.waitinglist.EntryStatus;
import cl.circuito.waitinglist.ExitReason;
import cl.circuito.waitinglist.SenainfoState;
import cl.circuito.waitinglist.entry.Attachment;
import cl.circuito.waitinglist.entry.Deadline;
import cl.circuito.waitinglist.entry.EntryEvent;
import cl.circuito.waitinglist.entry.EntryEventKind;
import cl.circuito.waitinglist.entry.EntryRow;
import cl.circuito.waitinglist.entry.WaitClock;
import cl.circuito.waitinglist.entry.EntryView;
import cl.circuito.waitinglist.entry.FamilyContact;
import cl.circuito.waitinglist.entry.FamilyContacts;
import cl.circuito.waitinglist.entry.WaitingListEntry;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Responses of the waiting-list API, mapped by hand; its requests are the {@link Inputs} the pages bind too, and the
 * identity answer's documentation is shared with admission's existing cases.
 */
public final class ApiRecords {

    private ApiRecords() {
    }

    public static final String IDENTITY_CHOICE = "Solo si una respuesta 409 dijo que el RUT está registrado con otros nombres o fecha de "
            + "nacimiento: KEEP_REGISTERED registra con los datos del registro (lo enviado queda en la auditoría); "
            + "CORRECT_REGISTERED corrige el registro con lo enviado.";
    public static final String IDENTITY_REASON = "Obligatorio con CORRECT_REGISTERED: por qué se corrige el registro (queda auditado).";

    static final String STREET = "Domicilio del NNA: calle o pasaje (sin el número)";
    static final String COMUNA = "Comuna del domicilio, por su código oficial (CUT, 5 dígitos)";
    static final String ADULT = "Nombre del adulto responsable";
    static final String PHONE = "Teléfono chileno: celular (+56 9 …) o fijo con su código de área, 9 dígitos";
    static final String SAFETY_NOTES = "Cómo contactar a la familia de forma segura (por ejemplo: no llamar al "
            + "número del agresor)";

    record DeadlineResponse(LocalDate dueOn, int businessDaysLeft, Deadline.Urgency urgency) {
        static DeadlineResponse of(Deadline d) {
            return d == null ? null : new DeadlineResponse(d.dueOn(), d.businessDaysLeft(), d.urgency());
        }
    }

    record EntrySummaryResponse(UUID id, UUID programId, String childName, Integer age, String rut, String referrer,
                                LocalDate receivedOn, EntryStatus status, ExitReason exitReason,
                                DeadlineResponse deadline,
                                @Schema(description = "Días hábiles de espera desde la recepción hasta hoy (comuna del programa); null si dejó la lista")
                                Integer waitedBusinessDays,
                                @Schema(description = "Espera objetivo del programa, en días hábiles; null si dejó la lista")
                                Integer targetBusinessDays,
                                @Schema(description = "Superó la espera objetivo")
                                boolean breached,
                                @Schema(description = "No la ha superado, pero la superará antes de fin de mes si no ingresa")
                                boolean breachesThisMonth) {
        static EntrySummaryResponse of(EntryRow row, WaitClock.Wait wait) {
            return new EntrySummaryResponse(row.id(), row.programId(), row.childName(), row.age(), row.rut(),
                    row.referrerName(), row.receivedOn(), row.status(), row.exitReason(),
                    DeadlineResponse.of(row.deadline()), wait == null ? null : wait.waitedBusinessDays(),
                    wait == null ? null : wait.targetBusinessDays(), wait != null && wait.breached(),
                    wait != null && wait.breachesThisMonth());
        }
    }

    record ChildResponse(UUID id, String rut, String givenNames, String paternalSurname, String maternalSurname,
                         LocalDate birthDate, Integer age) {
    }

    record TimelineItem(EntryEventKind kind, LocalDate occurredOn, Instant recordedAt, String recordedBy,
                        BackgroundActionKind actionKind, String performedBy, String notes, String detail) {
        static TimelineItem of(EntryEvent e) {
            return new TimelineItem(e.kind(), e.occurredOn(), e.recordedAt(), e.actorName(), e.actionKind(),
                    e.performedByName(), e.notes(), e.detail());
        }
    }

    record AttachmentResponse(UUID id, String fileName, String contentType, long sizeBytes, Instant uploadedAt,
                              String uploadedBy) {
        static AttachmentResponse of(Attachment a) {
            return new AttachmentResponse(a.id(), a.fileName(), a.contentType(), a.sizeBytes(), a.uploadedAt(),
                    a.uploadedByName());
        }
    }

    record HistoryItem(Instant at, String who, String action, String what,
                       @Schema(description = "Qué cambió, campo por campo. La clave nombra el campo, estable y en inglés "
                               + "(\"status\", \"decidedOn\"…); el valor es el dato escrito (fecha dd-MM-yyyy, estado "
                               + "o tipo por su código) o un cambio {\"before\": …, \"after\": …}. Las líneas escritas antes "
                               + "de esos identificadores conservan las claves en español con que se guardaron "
                               + "(\"estado\", \"fechaDecisión\"…); nunca se reescriben.")
                       Map<String, Object> changes) {
        static HistoryItem of(AuditEvent e) {
            return new HistoryItem(e.occurredAt(), e.actorName(), e.action().name(), e.what(), e.changes());
        }
    }

    record EntryResponse(UUID id, long version, UUID programId, String programName, ChildResponse child,
                         UUID referrerId, String referrer, String courtRit, String courtRuc,
                         @Schema(description = "Fecha de la resolución del tribunal, si se registró") LocalDate courtOrderedOn,
                         String reason, LocalDate receivedOn, boolean backgroundSufficient,
                         @Schema(description = "Fecha límite para decidir la admisibilidad (ISO)") LocalDate admissibilityDueOn,
                         DeadlineResponse deadline, EntryStatus status, LocalDate decidedOn, String decidedBy,
                         String decisionNotes, String pertinentProgram, ExitReason exitReason, LocalDate exitedOn,
                         String exitNotes,
                         @Schema(description = "Egreso por mayoría de edad sin fecha de nacimiento registrada: cómo se supo")
                         String exitAgeOverride,
                         @Schema(description = "Los pasos de SENAINFO (I-SGC-01) registrados en Circuito")
                         SenainfoResponse senainfo,
                         List<String> otherPrograms, List<AttachmentResponse> attachments,
                         List<TimelineItem> timeline, List<HistoryItem> history,
                         @Schema(description = "Cómo ubicar a la familia; solo para quien ve la ficha, nunca en las Mesas")
                         ContactResponse contact) {

        static EntryResponse of(EntryView view, LocalDate today, List<AuditEvent> history,
                                FamilyContacts.ContactView contact) {
            WaitingListEntry e = view.entry();
            var c = view.child();
            return new EntryResponse(e.id(), e.version(), e.programId(), view.program().name(),
                    new ChildResponse(c.id(), c.rut(), c.givenNames(), c.paternalSurname(), c.maternalSurname(),
                            c.birthDate(), c.ageOn(today)),
                    e.referrerId(), view.referrer().name(), e.courtRit(), e.courtRuc(), e.courtOrderedOn(),
                    e.referralReason(),
                    e.receivedOn(), e.backgroundSufficient(), e.admissibilityDueOn(),
                    DeadlineResponse.of(view.deadline()), e.status(), e.decidedOn(), e.decidedByName(),
                    e.decisionNotes(), e.pertinentProgramName(), e.exitReason(), e.exitedOn(), e.exitNotes(),
                    e.exitAgeOverride(), SenainfoResponse.of(e), view.otherPrograms(), view.attachments().stream().map(AttachmentResponse::of).toList(),
                    e.timeline().stream().map(TimelineItem::of).toList(),
                    history.stream().map(HistoryItem::of).toList(), ContactResponse.of(contact));
        }
    }

    record ContactResponse(@Schema(description = "Versión del contacto, para cambiarlo (vacía si aún no hay contacto)")
                           Long version, String street, String streetNumber, String comunaCode, String comunaName,
                           @Schema(description = "El domicilio en una línea", example = "Los Aromos 123, Puente Alto")
                           String address, String adultName, String adultRelationship, String phone,
                           String otherPhone, String email, String safetyNotes) {
        static ContactResponse of(FamilyContacts.ContactView view) {
            FamilyContact c = view.details();
            return new ContactResponse(view.version(), c.street(), c.streetNumber(), c.comunaCode(), view.comunaName(),
                    view.address(), c.adultName(), c.adultRelationship(), c.phone(), c.otherPhone(), c.email(),
                    c.safetyNotes());
        }
    }

    @Schema(name = "Senainfo")
    record SenainfoResponse(
            @Schema(description = "PENDING_ENTRY: falta ingresarlo en la lista de espera de SENAINFO; ENTERED: ingresado; "
                    + "PENDING_REMOVAL: no sujeto de atención, falta eliminarlo de SENAINFO; REMOVED: eliminado; "
                    + "NOT_RECORDED: salió de la lista por otra causa sin ingreso registrado")
            SenainfoState state, boolean pending, LocalDate enteredOn, String enteredBy, LocalDate removedOn,
            String removedBy) {
        static SenainfoResponse of(WaitingListEntry e) {
            SenainfoState state = e.senainfoState();
            return new SenainfoResponse(state, state.isPending(), e.senainfoEnteredOn(), e.senainfoEnteredByName(),
                    e.senainfoRemovedOn(), e.senainfoRemovedByName());
        }
    }

    record RegistrationResponse(UUID id, UUID programId, UUID childId, LocalDate receivedOn,
                                @Schema(description = "Fecha límite para decidir la admisibilidad (ISO)") LocalDate admissibilityDueOn,
                                EntryStatus status, List<String> otherPrograms) {
    }

    public record PageResponse<T>(List<T> items, int page, int size, long totalItems, int totalPages) {
    }
}
