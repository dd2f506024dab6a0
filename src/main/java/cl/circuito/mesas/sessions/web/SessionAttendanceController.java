package cl.circuito.mesas.sessions.web;

import cl.circuito.mesas.sessions.AttendanceStatus;
import cl.circuito.mesas.MesaHeaders;
import cl.circuito.mesas.sessions.SessionAttendance;
import cl.circuito.mesas.sessions.web.SessionInputs.AttendanceInput;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.CurrentActor;
import cl.circuito.shared.web.FormSubmit;
import cl.circuito.shared.web.Messages;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.UUID;

/** A session's attendance (pill "Asistencia"): one form for every line and guest; guests and convened occasional members. */
@Controller
class SessionAttendanceController {

    private final CurrentActor currentActor;
    private final MesaHeaders headers;
    private final SessionAttendance attendance;
    private final Messages messages;

    SessionAttendanceController(CurrentActor currentActor, MesaHeaders headers, SessionAttendance attendance,
                                Messages messages) {
        this.currentActor = currentActor;
        this.headers = headers;
        this.attendance = attendance;
        this.messages = messages;
    }

    @GetMapping("/mesas/{mesaId}/sessions/{sessionId}/attendance")
    String show(@PathVariable UUID mesaId, @PathVariable UUID sessionId, Model model) {
        return page(currentActor.get(), mesaId, sessionId, model);
    }

    @PostMapping("/mesas/{mesaId}/sessions/{sessionId}/attendance")
    String record(@PathVariable UUID mesaId, @PathVariable UUID sessionId,
                  @ModelAttribute("attendanceForm") AttendanceInput input, BindingResult result, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        Actor actor = currentActor.get();
        if (FormSubmit.tried(result, response, () -> attendance.record(actor, mesaId, sessionId, input.version(),
                input.marks(), input.guests()))) {
            return done(redirect, "mesasessions.attendance.saved", mesaId, sessionId);
        }
        return page(actor, mesaId, sessionId, model);
    }

    @PostMapping("/mesas/{mesaId}/sessions/{sessionId}/attendance/guests")
    String addGuest(@PathVariable UUID mesaId, @PathVariable UUID sessionId,
                    @Valid @ModelAttribute("guestForm") SessionForms.GuestForm form, BindingResult result, Model model,
                    RedirectAttributes redirect, HttpServletResponse response) {
        Actor actor = currentActor.get();
        if (FormSubmit.tried(result, response, () -> attendance.addGuest(actor, mesaId, sessionId, form.details()))) {
            return done(redirect, "mesasessions.attendance.changed", mesaId, sessionId);
        }
        return page(actor, mesaId, sessionId, model);
    }

    @PostMapping("/mesas/{mesaId}/sessions/{sessionId}/attendance/guests/{guestId}/remove")
    String removeGuest(@PathVariable UUID mesaId, @PathVariable UUID sessionId, @PathVariable UUID guestId,
                       RedirectAttributes redirect) {
        attendance.removeGuest(currentActor.get(), mesaId, sessionId, guestId);
        return done(redirect, "mesasessions.attendance.changed", mesaId, sessionId);
    }

    @PostMapping("/mesas/{mesaId}/sessions/{sessionId}/attendance/invitees")
    String invite(@PathVariable UUID mesaId, @PathVariable UUID sessionId, @RequestParam UUID memberId,
                  @RequestParam(defaultValue = "true") boolean invited, RedirectAttributes redirect) {
        Actor actor = currentActor.get();
        if (invited) {
            attendance.invite(actor, mesaId, sessionId, memberId);
        } else {
            attendance.uninvite(actor, mesaId, sessionId, memberId);
        }
        return done(redirect, "mesasessions.attendance.changed", mesaId, sessionId);
    }

    private String done(RedirectAttributes redirect, String key, UUID mesaId, UUID sessionId) {
        redirect.addFlashAttribute("success", messages.get(key));
        return "redirect:/mesas/" + mesaId + "/sessions/" + sessionId + "/attendance";
    }

    private String page(Actor actor, UUID mesaId, UUID sessionId, Model model) {
        model.addAttribute("mesaHeader", headers.of(actor, mesaId));
        SessionAttendance.Sheet sheet = attendance.sheet(actor, mesaId, sessionId);
        model.addAttribute("sheet", sheet);
        model.addAttribute("statuses", AttendanceStatus.values());
        if (!model.containsAttribute("attendanceForm")) {
            model.addAttribute("attendanceForm", AttendanceInput.of(sheet));
        }
        if (!model.containsAttribute("guestForm")) {
            model.addAttribute("guestForm", new SessionForms.GuestForm());
        }
        return "mesas/sessions/attendance";
    }
}
