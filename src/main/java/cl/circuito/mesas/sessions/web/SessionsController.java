package cl.circuito.mesas.sessions.web;

import cl.circuito.mesas.sessions.AttendanceRates;
import cl.circuito.mesas.MesaHeader;
import cl.circuito.mesas.MesaHeaders;
import cl.circuito.mesas.sessions.MesaSession;
import cl.circuito.mesas.sessions.SessionPlanning;
import cl.circuito.mesas.sessions.SessionViews;
import cl.circuito.mesas.sessions.web.SessionInputs.HeldSessionInput;
import cl.circuito.mesas.sessions.web.SessionInputs.ScheduleInput;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.Comparator;

/**
 * A Mesa's sessions tab: past and upcoming sessions, scheduling (proposed dates or by hand), recording a session
 * already held, attendance rates. A Saturday, Sunday or holiday comes back with the date's warning and a box to
 * confirm it.
 */
@Controller
class SessionsController {

    private final CurrentActor currentActor;
    private final MesaHeaders headers;
    private final SessionViews views;
    private final SessionPlanning planning;
    private final AttendanceRates rates;
    private final Messages messages;
    private final Clock clock;

    SessionsController(CurrentActor currentActor, MesaHeaders headers, SessionViews views, SessionPlanning planning,
                       AttendanceRates rates, Messages messages, Clock clock) {
        this.currentActor = currentActor;
        this.headers = headers;
        this.views = views;
        this.planning = planning;
        this.rates = rates;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/mesas/{mesaId}/sessions")
    String list(@PathVariable UUID mesaId, Model model) {
        Actor actor = currentActor.get();
        MesaHeader header = headers.of(actor, mesaId);
        return page(actor, header, model);
    }

    @PostMapping("/mesas/{mesaId}/sessions")
    String schedule(@PathVariable UUID mesaId, @Valid @ModelAttribute("slotForm") ScheduleInput input,
                    BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Actor actor = currentActor.get();
        MesaHeader header = headers.of(actor, mesaId);
        Optional<MesaSession> session = FormSubmit.attempted(result, response,
                () -> planning.schedule(actor, mesaId, input.slot(), input.confirmed()));
        if (session.isPresent()) {
            redirect.addFlashAttribute("success", messages.get("mesasessions.scheduled", 1));
            return "redirect:/mesas/" + mesaId + "/sessions/" + session.get().id();
        }
        return failed(actor, header, model, result, "slot");
    }

    /** "Registrar una sesión ya realizada": a past date, held from the start; then its attendance. */
    @PostMapping("/mesas/{mesaId}/sessions/past")
    String recordHeld(@PathVariable UUID mesaId, @Valid @ModelAttribute("pastForm") HeldSessionInput input,
                      BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Actor actor = currentActor.get();
        MesaHeader header = headers.of(actor, mesaId);
        Optional<MesaSession> session = FormSubmit.attempted(result, response,
                () -> planning.recordHeld(actor, mesaId, input.slot(), input.confirmed()));
        if (session.isPresent()) {
            redirect.addFlashAttribute("success", messages.get("mesasessions.past.done", session.get().number()));
            return "redirect:/mesas/" + mesaId + "/sessions/" + session.get().id() + "/attendance";
        }
        return failed(actor, header, model, result, "past");
    }

    /** The proposed dates ticked: the same input as a session by hand, its dates only ("none ticked" is a refusal). */
    @PostMapping("/mesas/{mesaId}/sessions/proposed")
    String scheduleProposed(@PathVariable UUID mesaId, @Valid @ModelAttribute("proposedForm") ScheduleInput input,
                            BindingResult result, Model model, RedirectAttributes redirect,
                            HttpServletResponse response) {
        Actor actor = currentActor.get();
        MesaHeader header = headers.of(actor, mesaId);
        Optional<List<MesaSession>> scheduled = FormSubmit.attempted(result, response,
                () -> planning.scheduleAtUsual(actor, mesaId, input.dates(), input.confirmed()));
        if (scheduled.isPresent()) {
            redirect.addFlashAttribute("success", messages.get("mesasessions.scheduled", scheduled.get().size()));
            return "redirect:/mesas/" + mesaId + "/sessions";
        }
        return failed(actor, header, model, result, "proposed");
    }

    /** The page again after a refused form; {@code form} names it, so the date's confirmation shows on it only. */
    private String failed(Actor actor, MesaHeader header, Model model, BindingResult result, String form) {
        if (SessionForms.asksConfirmation(result)) {
            model.addAttribute("confirmDate", form);
        }
        return page(actor, header, model);
    }

    @GetMapping("/mesas/{mesaId}/sessions/attendance")
    String rates(@PathVariable UUID mesaId, Model model) {
        Actor actor = currentActor.get();
        model.addAttribute("mesaHeader", headers.of(actor, mesaId));
        model.addAttribute("rates", rates.of(actor, mesaId));
        model.addAttribute("lowRate", AttendanceRates.LOW_RATE);
        return "mesas/sessions/rates";
    }

    private String page(Actor actor, MesaHeader header, Model model) {
        LocalDate today = LocalDate.now(clock);
        if (!model.containsAttribute("slotForm")) {
            model.addAttribute("slotForm", ScheduleInput.empty());
        }
        if (!model.containsAttribute("pastForm")) {
            model.addAttribute("pastForm", HeldSessionInput.empty());
        }
        if (!model.containsAttribute("proposedForm")) {
            model.addAttribute("proposedForm", ScheduleInput.empty());
        }
        List<SessionViews.Row> rows = views.list(actor, header.id());
        model.addAttribute("mesaHeader", header);
        model.addAttribute("upcoming", rows.stream().filter(r -> !r.heldOn().isBefore(today))
                .sorted(Comparator.comparing(SessionViews.Row::heldOn).thenComparing(SessionViews.Row::number)).toList());
        model.addAttribute("past", rows.stream().filter(r -> r.heldOn().isBefore(today)).toList());
        model.addAttribute("currentDate", today);
        if (header.standing().edits()) {
            model.addAttribute("proposals", planning.proposals(actor, header.id()));
        }
        return "mesas/sessions/list";
    }
}
