package cl.circuito.mesas.sessions.web;

import cl.circuito.mesas.sessions.AgendaItem;
import cl.circuito.mesas.sessions.AgendaItemKind;
import cl.circuito.mesas.sessions.AttendanceRates;
import cl.circuito.mesas.sessions.AttendanceStatus;
import cl.circuito.mesas.sessions.MesaSession;
import cl.circuito.mesas.sessions.MinutesStatus;
import cl.circuito.mesas.sessions.SessionAgendas;
import cl.circuito.mesas.sessions.SessionAttendance;
import cl.circuito.mesas.sessions.SessionInvitations;
import cl.circuito.mesas.sessions.SessionPlanning;
import cl.circuito.mesas.sessions.SessionStatus;
import cl.circuito.mesas.sessions.SessionViews;
import cl.circuito.mesas.sessions.web.MinutesInputs.SessionVersionInput;
import cl.circuito.mesas.sessions.web.SessionInputs.AgendaItemInput;
import cl.circuito.mesas.sessions.web.SessionInputs.AgendaMoveInput;
import cl.circuito.mesas.sessions.web.SessionInputs.AttendanceInput;
import cl.circuito.mesas.sessions.web.SessionInputs.CancelSessionInput;
import cl.circuito.mesas.sessions.web.SessionInputs.HeldSessionInput;
import cl.circuito.mesas.sessions.web.SessionInputs.RescheduleInput;
import cl.circuito.mesas.sessions.web.SessionInputs.ScheduleInput;
import cl.circuito.shared.security.CurrentActor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/** A Mesa's sessions over JSON: scheduling, agenda, convocation, attendance and attendance rates. */
@RestController
@Tag(name = "Sesiones de Mesas", description = "Sesiones de una Mesa de Gestión de Casos: fechas propuestas, tabla, "
        + "convocatoria (.ics y correo), asistencia y tasas de asistencia. 404 si la Mesa no es visible para el usuario; "
        + "403 si no co-facilita (solo lectura); 422 nombrando el campo.")
@SecurityRequirement(name = "token")
class SessionsApi {

    private final CurrentActor currentActor;
    private final SessionViews views;
    private final SessionPlanning planning;
    private final SessionAgendas agendas;
    private final SessionInvitations invitations;
    private final SessionAttendance attendance;
    private final AttendanceRates rates;

    SessionsApi(CurrentActor currentActor, SessionViews views, SessionPlanning planning, SessionAgendas agendas,
                SessionInvitations invitations, SessionAttendance attendance, AttendanceRates rates) {
        this.currentActor = currentActor;
        this.views = views;
        this.planning = planning;
        this.agendas = agendas;
        this.invitations = invitations;
        this.attendance = attendance;
        this.rates = rates;
    }

    record SessionRow(UUID id, int number, LocalDate heldOn, LocalTime startsAt, LocalTime endsAt, String place,
                      SessionStatus status, MinutesStatus minutesStatus,
                      @Schema(description = "Personas presentes (representantes e invitados)") int present) {
        static SessionRow of(SessionViews.Row r) {
            return new SessionRow(r.id(), r.number(), r.heldOn(), r.startsAt(), r.endsAt(), r.place(), r.status(),
                    r.minutesStatus(), r.present());
        }
    }

    record Item(UUID id, int position, AgendaItemKind kind, String title, String description, String presenter) {
        static Item of(AgendaItem i) {
            return new Item(i.id(), i.position(), i.kind(), i.title(), i.description(), i.presenter());
        }
    }

    record SessionResponse(UUID id, long version, int number, LocalDate heldOn, LocalTime startsAt, LocalTime endsAt,
                           String place, SessionStatus status, String cancelReason,
                           @Schema(description = "SEQUENCE del archivo .ics") int icsSequence,
                           MinutesStatus minutesStatus, List<Item> agenda) {
        static SessionResponse of(MesaSession s) {
            return new SessionResponse(s.id(), s.version(), s.number(), s.heldOn(), s.startsAt(), s.endsAt(), s.place(),
                    s.status(), s.cancelReason(), s.icsSequence(), s.minutesStatus(),
                    s.agenda().stream().map(Item::of).toList());
        }
    }

    record Proposal(LocalDate date, @Schema(description = "Fecha que daba la periodicidad, si era feriado o fin de semana") LocalDate movedFrom) {
    }

    record SentResponse(String kind, int recipients) {
    }

    record AttendanceLine(UUID memberId, String memberName, UUID representativeId, String personName,
                          AttendanceStatus status) {
    }

    record Guest(UUID id, String fullName, String institution, String position, String email, boolean present) {
    }

    @Schema(name = "SessionAttendanceResponse")
    record AttendanceResponse(boolean taken, List<AttendanceLine> lines, List<Guest> guests) {
        static AttendanceResponse of(SessionAttendance.Sheet sheet) {
            return new AttendanceResponse(sheet.taken(),
                    sheet.lines().stream().map(l -> new AttendanceLine(l.memberId(), l.memberName(), l.representativeId(),
                            l.personName(), l.status())).toList(),
                    sheet.guests().stream().map(g -> new Guest(g.id(), g.fullName(), g.institution(), g.position(),
                            g.email(), g.present())).toList());
        }
    }

    @Operation(summary = "Sesiones de la Mesa", description = "Pasadas y próximas, la más reciente primero.")
    @GetMapping("/api/v1/mesas/{id}/sessions")
    List<SessionRow> list(@PathVariable UUID id) {
        return views.list(currentActor.get(), id).stream().map(SessionRow::of).toList();
    }

    @Operation(summary = "Próximas fechas propuestas", description = "Según la periodicidad; feriados y fines de semana corridos al día hábil siguiente.")
    @GetMapping("/api/v1/mesas/{id}/sessions/proposed")
    List<Proposal> proposed(@PathVariable UUID id) {
        return planning.proposals(currentActor.get(), id).stream().map(p -> new Proposal(p.date(), p.movedFrom())).toList();
    }

    @Operation(summary = "Programar sesiones", description = "Con dates: una sesión por fecha en el lugar y horario habituales; "
            + "sin dates: una sesión con heldOn, startsAt, endsAt y place. Las sesiones se numeran por fecha: una sesión "
            + "entre otras toma su lugar y las siguientes no realizadas se renumeran. 422 y nada se guarda si una fecha es "
            + "anterior a la fundación o a hoy (para una sesión ya realizada use POST …/sessions/past), está a más de dos años, "
            + "ya tiene otra sesión, o es sábado, domingo o feriado sin confirmNonBusinessDay.")
    @PostMapping("/api/v1/mesas/{id}/sessions")
    @ResponseStatus(HttpStatus.CREATED)
    List<SessionResponse> schedule(@PathVariable UUID id, @Valid @RequestBody ScheduleInput input) {
        if (input.byDates()) {
            return planning.scheduleAtUsual(currentActor.get(), id, input.dates(), input.confirmed()).stream()
                    .map(SessionResponse::of).toList();
        }
        return List.of(SessionResponse.of(planning.schedule(currentActor.get(), id, input.slot(), input.confirmed())));
    }

    @Operation(summary = "Registrar una sesión ya realizada", description = "Una fecha de hoy o anterior, posterior a la "
            + "última sesión realizada; la sesión queda realizada y luego se registra su asistencia. 422 en heldOn si la fecha "
            + "es futura, anterior a la fundación o a una sesión realizada, o sábado, domingo o feriado sin confirmNonBusinessDay.")
    @PostMapping("/api/v1/mesas/{id}/sessions/past")
    @ResponseStatus(HttpStatus.CREATED)
    SessionResponse recordHeld(@PathVariable UUID id, @Valid @RequestBody HeldSessionInput input) {
        return SessionResponse.of(planning.recordHeld(currentActor.get(), id, input.slot(), input.confirmed()));
    }

    @Operation(summary = "Una sesión con su tabla")
    @GetMapping("/api/v1/mesas/{id}/sessions/{sid}")
    SessionResponse session(@PathVariable UUID id, @PathVariable UUID sid) {
        return SessionResponse.of(views.session(currentActor.get(), id, sid));
    }

    @Operation(summary = "Reprogramar", description = "Cambia fecha, hora o lugar; sube la SEQUENCE del .ics (envíe luego la actualización). "
            + "Una fecha nueva sigue las reglas de una sesión nueva (no pasada, a lo más dos años, confirmNonBusinessDay "
            + "para sábado, domingo o feriado) y renumera las sesiones no realizadas.")
    @PutMapping("/api/v1/mesas/{id}/sessions/{sid}")
    SessionResponse reschedule(@PathVariable UUID id, @PathVariable UUID sid,
                               @Valid @RequestBody RescheduleInput input) {
        return SessionResponse.of(planning.reschedule(currentActor.get(), id, sid, input.version(), input.slot(),
                input.confirmed()));
    }

    @Operation(summary = "Suspender", description = "Requiere cancelReason.")
    @PostMapping("/api/v1/mesas/{id}/sessions/{sid}/cancel")
    SessionResponse cancel(@PathVariable UUID id, @PathVariable UUID sid, @Valid @RequestBody CancelSessionInput input) {
        return SessionResponse.of(planning.cancel(currentActor.get(), id, sid, input.version(), input.cancelReason()));
    }

    @Operation(summary = "Marcar como realizada", description = "422 en heldOn si la fecha aún no llega.")
    @PostMapping("/api/v1/mesas/{id}/sessions/{sid}/held")
    SessionResponse held(@PathVariable UUID id, @PathVariable UUID sid,
                         @RequestBody(required = false) SessionVersionInput input) {
        return SessionResponse.of(planning.markHeld(currentActor.get(), id, sid, input == null ? null : input.version()));
    }

    @Operation(summary = "Agregar un punto a la tabla", description = "409 si el acta está aprobada.")
    @PostMapping("/api/v1/mesas/{id}/sessions/{sid}/agenda")
    @ResponseStatus(HttpStatus.CREATED)
    Item addItem(@PathVariable UUID id, @PathVariable UUID sid, @Valid @RequestBody AgendaItemInput input) {
        return Item.of(agendas.add(currentActor.get(), id, sid, input.text()));
    }

    @Operation(summary = "Modificar un punto de la tabla")
    @PutMapping("/api/v1/mesas/{id}/sessions/{sid}/agenda/{itemId}")
    Item describeItem(@PathVariable UUID id, @PathVariable UUID sid, @PathVariable UUID itemId,
                      @Valid @RequestBody AgendaItemInput input) {
        return Item.of(agendas.describe(currentActor.get(), id, sid, input.version(), itemId, input.text()));
    }

    @Operation(summary = "Quitar un punto de la tabla")
    @DeleteMapping("/api/v1/mesas/{id}/sessions/{sid}/agenda/{itemId}")
    SessionResponse removeItem(@PathVariable UUID id, @PathVariable UUID sid, @PathVariable UUID itemId,
                               @RequestParam(required = false) Long version) {
        return SessionResponse.of(agendas.remove(currentActor.get(), id, sid, version, itemId));
    }

    @Operation(summary = "Mover un punto de la tabla", description = "direction: up o down, un lugar.")
    @PostMapping("/api/v1/mesas/{id}/sessions/{sid}/agenda/{itemId}/move")
    SessionResponse moveItem(@PathVariable UUID id, @PathVariable UUID sid, @PathVariable UUID itemId,
                             @RequestBody AgendaMoveInput input) {
        return SessionResponse.of(agendas.move(currentActor.get(), id, sid, input.version(), itemId, input.up()));
    }

    @Operation(summary = "Invitación de calendario (.ics)", description = "METHOD:REQUEST; METHOD:CANCEL si la sesión fue suspendida.")
    @GetMapping(value = "/api/v1/mesas/{id}/sessions/{sid}/invitation.ics", produces = "text/calendar")
    ResponseEntity<byte[]> invitation(@PathVariable UUID id, @PathVariable UUID sid) {
        return SessionController.calendarFile(invitations.calendarFile(currentActor.get(), id, sid));
    }

    @Operation(summary = "Enviar la convocatoria por correo", description = "Envía lo pendiente: convocatoria, actualización o aviso de suspensión.")
    @PostMapping("/api/v1/mesas/{id}/sessions/{sid}/invitations")
    SentResponse send(@PathVariable UUID id, @PathVariable UUID sid) {
        SessionInvitations.Sent sent = invitations.send(currentActor.get(), id, sid);
        return new SentResponse(sent.kind().name(), sent.recipients());
    }

    @Operation(summary = "Asistencia de la sesión")
    @GetMapping("/api/v1/mesas/{id}/sessions/{sid}/attendance")
    AttendanceResponse attendance(@PathVariable UUID id, @PathVariable UUID sid) {
        return AttendanceResponse.of(attendance.sheet(currentActor.get(), id, sid));
    }

    @Operation(summary = "Registrar la asistencia", description = "Reemplaza lo registrado y marca la sesión como realizada (422 en heldOn si aún no llega su fecha).")
    @PutMapping("/api/v1/mesas/{id}/sessions/{sid}/attendance")
    AttendanceResponse recordAttendance(@PathVariable UUID id, @PathVariable UUID sid,
                                        @RequestBody AttendanceInput input) {
        attendance.record(currentActor.get(), id, sid, input.version(), input.marks(), input.guests());
        return AttendanceResponse.of(attendance.sheet(currentActor.get(), id, sid));
    }

    @Operation(summary = "Tasas de asistencia", description = "Por integrante y promedio de la Mesa por mes.")
    @GetMapping("/api/v1/mesas/{id}/attendance-rates")
    AttendanceRates.Rates attendanceRates(@PathVariable UUID id) {
        return rates.of(currentActor.get(), id);
    }
}
