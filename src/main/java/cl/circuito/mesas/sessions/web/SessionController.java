package cl.circuito.mesas.sessions.web;

import cl.circuito.mesas.MesaHeaders;
import cl.circuito.mesas.agreements.MesaAgreements;
import cl.circuito.mesas.sessions.SessionAgendas;
import cl.circuito.mesas.sessions.SessionInvitations;
import cl.circuito.mesas.sessions.SessionPlanning;
import cl.circuito.mesas.sessions.SessionViews;
import cl.circuito.mesas.sessions.web.SessionInputs.AgendaItemInput;
import cl.circuito.mesas.sessions.web.SessionInputs.AgendaMoveInput;
import cl.circuito.mesas.sessions.web.SessionInputs.CancelSessionInput;
import cl.circuito.mesas.sessions.web.SessionInputs.RescheduleInput;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.CurrentActor;
import cl.circuito.shared.web.FormSubmit;
import cl.circuito.shared.web.Messages;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Optional;
import java.util.UUID;

/**
 * A session's page (pill "Tabla y convocatoria"): its agenda with what the standard items bring (open
 * agreements, the previous minutes, the flows summary), the convocation (.ics, e-mail) and, for
 * co-facilitators, moving, suspending, marking held and editing the agenda.
 */
@Controller
class SessionController {

    static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

    private final CurrentActor currentActor;
    private final MesaHeaders headers;
    private final SessionViews views;
    private final MesaAgreements agreements;
    private final SessionPlanning planning;
    private final SessionAgendas agendas;
    private final SessionInvitations invitations;
    private final Messages messages;

    SessionController(CurrentActor currentActor, MesaHeaders headers, SessionViews views, MesaAgreements agreements,
                      SessionPlanning planning, SessionAgendas agendas, SessionInvitations invitations,
                      Messages messages) {
        this.currentActor = currentActor;
        this.headers = headers;
        this.views = views;
        this.agreements = agreements;
        this.planning = planning;
        this.agendas = agendas;
        this.invitations = invitations;
        this.messages = messages;
    }

    @GetMapping("/mesas/{mesaId}/sessions/{sessionId}")
    String show(@PathVariable UUID mesaId, @PathVariable UUID sessionId, Model model) {
        return page(currentActor.get(), mesaId, sessionId, model);
    }

    @PostMapping("/mesas/{mesaId}/sessions/{sessionId}/reschedule")
    String reschedule(@PathVariable UUID mesaId, @PathVariable UUID sessionId,
                      @Valid @ModelAttribute("slotForm") RescheduleInput input, BindingResult result, Model model,
                      RedirectAttributes redirect, HttpServletResponse response) {
        Actor actor = currentActor.get();
        if (FormSubmit.tried(result, response, () -> planning.reschedule(actor, mesaId, sessionId, input.version(),
                input.slot(), input.confirmed()))) {
            return done(redirect, "mesasessions.rescheduled", mesaId, sessionId);
        }
        model.addAttribute("confirmDate", SessionForms.asksConfirmation(result));
        return page(actor, mesaId, sessionId, model);
    }

    @PostMapping("/mesas/{mesaId}/sessions/{sessionId}/cancel")
    String cancel(@PathVariable UUID mesaId, @PathVariable UUID sessionId,
                  @Valid @ModelAttribute("cancelForm") CancelSessionInput input, BindingResult result, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        Actor actor = currentActor.get();
        if (FormSubmit.tried(result, response,
                () -> planning.cancel(actor, mesaId, sessionId, input.version(), input.cancelReason()))) {
            return done(redirect, "mesasessions.cancelled", mesaId, sessionId);
        }
        return page(actor, mesaId, sessionId, model);
    }

    @PostMapping("/mesas/{mesaId}/sessions/{sessionId}/held")
    String held(@PathVariable UUID mesaId, @PathVariable UUID sessionId, @RequestParam(required = false) Long version,
                Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Actor actor = currentActor.get();
        BindingResult button = FormSubmit.errorsOf("held");
        if (FormSubmit.tried(button, response, () -> planning.markHeld(actor, mesaId, sessionId, version))) {
            return done(redirect, "mesasessions.held.done", mesaId, sessionId);
        }
        model.addAttribute("heldError", messages.get(button.getGlobalError()));
        return page(actor, mesaId, sessionId, model);
    }

    @PostMapping("/mesas/{mesaId}/sessions/{sessionId}/agenda")
    String addItem(@PathVariable UUID mesaId, @PathVariable UUID sessionId,
                   @Valid @ModelAttribute("itemForm") AgendaItemInput input, BindingResult result, Model model,
                   RedirectAttributes redirect, HttpServletResponse response) {
        Actor actor = currentActor.get();
        if (FormSubmit.tried(result, response, () -> agendas.add(actor, mesaId, sessionId, input.text()))) {
            return done(redirect, "mesasessions.agenda.saved", mesaId, sessionId);
        }
        return page(actor, mesaId, sessionId, model);
    }

    @PostMapping("/mesas/{mesaId}/sessions/{sessionId}/agenda/{itemId}")
    String describeItem(@PathVariable UUID mesaId, @PathVariable UUID sessionId, @PathVariable UUID itemId,
                        @Valid @ModelAttribute("editForm") AgendaItemInput input, BindingResult result, Model model,
                        RedirectAttributes redirect, HttpServletResponse response) {
        Actor actor = currentActor.get();
        if (FormSubmit.tried(result, response,
                () -> agendas.describe(actor, mesaId, sessionId, input.version(), itemId, input.text()))) {
            return done(redirect, "mesasessions.agenda.saved", mesaId, sessionId);
        }
        model.addAttribute("editingItem", itemId);
        return page(actor, mesaId, sessionId, model);
    }

    @PostMapping("/mesas/{mesaId}/sessions/{sessionId}/agenda/{itemId}/remove")
    String removeItem(@PathVariable UUID mesaId, @PathVariable UUID sessionId, @PathVariable UUID itemId,
                      @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        agendas.remove(currentActor.get(), mesaId, sessionId, version, itemId);
        return done(redirect, "mesasessions.agenda.saved", mesaId, sessionId);
    }

    @PostMapping("/mesas/{mesaId}/sessions/{sessionId}/agenda/{itemId}/move")
    String moveItem(@PathVariable UUID mesaId, @PathVariable UUID sessionId, @PathVariable UUID itemId,
                    @ModelAttribute("move") AgendaMoveInput input, RedirectAttributes redirect) {
        agendas.move(currentActor.get(), mesaId, sessionId, input.version(), itemId, input.up());
        return done(redirect, "mesasessions.agenda.saved", mesaId, sessionId);
    }

    @GetMapping("/mesas/{mesaId}/sessions/{sessionId}/invitation.ics")
    ResponseEntity<byte[]> invitation(@PathVariable UUID mesaId, @PathVariable UUID sessionId) {
        return calendarFile(invitations.calendarFile(currentActor.get(), mesaId, sessionId));
    }

    static ResponseEntity<byte[]> calendarFile(SessionInvitations.CalendarFile file) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file.fileName() + "\"")
                .contentType(CALENDAR)
                .body(file.content());
    }

    @PostMapping("/mesas/{mesaId}/sessions/{sessionId}/invitations")
    String send(@PathVariable UUID mesaId, @PathVariable UUID sessionId, Model model, RedirectAttributes redirect,
                HttpServletResponse response) {
        Actor actor = currentActor.get();
        // No address to send to (422) or the mail server down (503): said next to the button.
        BindingResult button = FormSubmit.errorsOf("send");
        Optional<SessionInvitations.Sent> sent = FormSubmit.attempted(button, response,
                () -> invitations.send(actor, mesaId, sessionId));
        if (sent.isEmpty()) {
            model.addAttribute("sendError", messages.get(button.getGlobalError()));
            return page(actor, mesaId, sessionId, model);
        }
        redirect.addFlashAttribute("success", messages.get("mesasessions.invitation.sent",
                messages.get("mesasessions.invitationKind." + sent.get().kind()), sent.get().recipients()));
        return "redirect:/mesas/" + mesaId + "/sessions/" + sessionId;
    }

    private String done(RedirectAttributes redirect, String key, UUID mesaId, UUID sessionId) {
        redirect.addFlashAttribute("success", messages.get(key));
        return "redirect:/mesas/" + mesaId + "/sessions/" + sessionId;
    }

    private String page(Actor actor, UUID mesaId, UUID sessionId, Model model) {
        model.addAttribute("mesaHeader", headers.of(actor, mesaId));
        SessionViews.SessionPage page = views.page(actor, mesaId, sessionId);
        model.addAttribute("view", page);
        model.addAttribute("openAgreements", agreements.open(actor, mesaId));
        if (!model.containsAttribute("slotForm")) {
            model.addAttribute("slotForm", RescheduleInput.of(page.session()));
        }
        if (!model.containsAttribute("cancelForm")) {
            model.addAttribute("cancelForm", CancelSessionInput.of(page.session().version()));
        }
        if (!model.containsAttribute("itemForm")) {
            model.addAttribute("itemForm", AgendaItemInput.empty());
        }
        if (!model.containsAttribute("editForm")) {
            model.addAttribute("editForm", AgendaItemInput.empty());
        }
        return "mesas/sessions/session";
    }
}
