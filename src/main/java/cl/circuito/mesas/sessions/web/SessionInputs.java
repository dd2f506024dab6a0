package cl.circuito.mesas.sessions.web;

import cl.circuito.mesas.sessions.AttendanceStatus;
import cl.circuito.mesas.sessions.MesaSession;
import cl.circuito.mesas.sessions.SessionAgendas;
import cl.circuito.mesas.sessions.SessionAttendance;
import cl.circuito.shared.validation.NoRut;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * What a co-facilitator sends to plan a session, write its agenda and take its attendance: the same record for the
 * sessions' pages ({@code @ModelAttribute}, under the names the pages have always used: "slotForm", "pastForm"…) and
 * the API ({@code @RequestBody}). The names are the API's, documented to its clients, so the pages' fields carry
 * them too. Dates, times and places are the session's rules ({@code MesaScheduling}), which name the field; a date
 * on a Saturday, Sunday or holiday is refused until {@code confirmNonBusinessDay} says the user means it.
 */
final class SessionInputs {

    static final String CONFIRM = "true para confirmar una fecha en sábado, domingo o feriado de la comuna; sin ella, 422 en la fecha";

    private SessionInputs() {
    }

    /**
     * Sessions to schedule: several proposed dates at the Mesa's usual place and time, or one session on any date
     * from today. The sessions page offers each in a form of its own ("proposedForm" sends the dates, "slotForm"
     * the one session), so each form's refusal names its own fields.
     */
    record ScheduleInput(
            @Schema(description = "Varias fechas propuestas, en el lugar y horario habituales (o heldOn…place)")
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) List<LocalDate> dates,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
            @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime startsAt,
            @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime endsAt,
            @NoRut @Size(max = MesaSession.MAX_PLACE) String place,
            @Schema(description = CONFIRM) Boolean confirmNonBusinessDay) {

        static ScheduleInput empty() {
            return new ScheduleInput(List.of(), null, null, null, null, null);
        }

        boolean byDates() {
            return dates != null && !dates.isEmpty();
        }

        MesaSession.Slot slot() {
            return new MesaSession.Slot(heldOn, startsAt, endsAt, place);
        }

        boolean confirmed() {
            return Boolean.TRUE.equals(confirmNonBusinessDay);
        }
    }

    /** A session already held ("Registrar una sesión ya realizada"): a date from the last session held to today. */
    record HeldSessionInput(
            @Schema(description = "Fecha en que se realizó: hoy o antes, posterior a la última sesión realizada")
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
            @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime startsAt,
            @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime endsAt,
            @NoRut @Size(max = MesaSession.MAX_PLACE) String place,
            @Schema(description = CONFIRM) Boolean confirmNonBusinessDay) {

        static HeldSessionInput empty() {
            return new HeldSessionInput(null, null, null, null, null);
        }

        MesaSession.Slot slot() {
            return new MesaSession.Slot(heldOn, startsAt, endsAt, place);
        }

        boolean confirmed() {
            return Boolean.TRUE.equals(confirmNonBusinessDay);
        }
    }

    /** A session moved: its new date, time or place, with the version it was read at. */
    record RescheduleInput(
            @Schema(description = "Versión leída; 409 si cambió") Long version,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
            @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime startsAt,
            @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime endsAt,
            @NoRut String place,
            @Schema(description = CONFIRM) Boolean confirmNonBusinessDay) {

        /** The page's form starts from the session as it is. */
        static RescheduleInput of(MesaSession s) {
            return new RescheduleInput(s.version(), s.heldOn(), s.startsAt(), s.endsAt(), s.place(), null);
        }

        MesaSession.Slot slot() {
            return new MesaSession.Slot(heldOn, startsAt, endsAt, place);
        }

        boolean confirmed() {
            return Boolean.TRUE.equals(confirmNonBusinessDay);
        }
    }

    /** A session suspended, with the reason the members are told. */
    record CancelSessionInput(Long version, @NoRut String cancelReason) {

        static CancelSessionInput of(long version) {
            return new CancelSessionInput(version, null);
        }
    }

    /** An agenda item added, or changed (then with the session's version: adding one changes nothing read). */
    record AgendaItemInput(@Schema(description = "Versión de la sesión leída (al modificar un punto)") Long version,
                           @NoRut String title, @NoRut String description, @NoRut String presenter) {

        static AgendaItemInput empty() {
            return new AgendaItemInput(null, null, null, null);
        }

        SessionAgendas.ItemText text() {
            return new SessionAgendas.ItemText(title, description, presenter);
        }
    }

    /** An agenda item moved one place; anything but "up" moves it down, as the API has always read it. */
    record AgendaMoveInput(@Schema(description = "Versión de la sesión leída") Long version,
                           @Schema(description = "up o down") String direction) {

        boolean up() {
            return "up".equals(direction);
        }
    }

    /** One status per expected line (member and representative), and the guests who came. */
    record AttendanceInput(
            @Schema(description = "Versión de la sesión leída") Long version,
            @Schema(description = "Una línea por integrante y representante; las omitidas quedan como ausentes")
            List<AttendanceMarkInput> lines,
            @Schema(description = "Invitados que asistieron") List<UUID> presentGuests) {

        AttendanceInput {
            lines = lines == null ? List.of() : lines;
            presentGuests = presentGuests == null ? List.of() : presentGuests;
        }

        /** The page's form starts from the sheet: what was recorded, absent where nothing was. */
        static AttendanceInput of(SessionAttendance.Sheet sheet) {
            List<AttendanceMarkInput> lines = new ArrayList<>();
            for (SessionAttendance.Line line : sheet.lines()) {
                lines.add(new AttendanceMarkInput(line.memberId(), line.representativeId(),
                        line.status() == null ? AttendanceStatus.ABSENT : line.status()));
            }
            return new AttendanceInput(sheet.session().version(), lines, sheet.guests().stream()
                    .filter(SessionAttendance.Guest::present).map(SessionAttendance.Guest::id).toList());
        }

        List<SessionAttendance.Mark> marks() {
            return lines.stream().filter(Objects::nonNull)
                    .map(l -> new SessionAttendance.Mark(l.memberId(), l.representativeId(), l.status())).toList();
        }

        Set<UUID> guests() {
            return new HashSet<>(presentGuests);
        }

        /**
         * The status marked on the page's line {@code index}, to show the form again as it was sent (public: the page
         * asks it).
         */
        public AttendanceStatus statusAt(int index) {
            return index < lines.size() && lines.get(index) != null ? lines.get(index).status() : null;
        }
    }

    record AttendanceMarkInput(UUID memberId, UUID representativeId, AttendanceStatus status) {
    }
}
