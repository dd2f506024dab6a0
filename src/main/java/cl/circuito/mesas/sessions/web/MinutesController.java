package cl.circuito.mesas.sessions.web;

import cl.circuito.mesas.agreements.AgreementStatus;
import cl.circuito.mesas.MesaHeaders;
import cl.circuito.mesas.agreements.MesaAgreements;
import cl.circuito.mesas.minutes.MinutesViews;
import cl.circuito.mesas.sessions.MesaMinutes;
import cl.circuito.mesas.sessions.web.MinutesInputs.AgreementInput;
import cl.circuito.mesas.sessions.web.MinutesInputs.ApprovePreviousInput;
import cl.circuito.mesas.sessions.web.MinutesInputs.MinutesItemInput;
import cl.circuito.mesas.sessions.web.MinutesInputs.SessionVersionInput;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.CurrentActor;
import cl.circuito.shared.web.Downloads;
import cl.circuito.shared.web.FormSubmit;
import cl.circuito.shared.web.Messages;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.UUID;

/**
 * The minutes of a session: written per agenda item, sent to the members, the previous session's approved here,
 * agreements taken under each item and the open ones reviewed; and the PDF.
 */
@Controller
public class MinutesController {

    private final CurrentActor currentActor;
    private final MesaMinutes minutes;
    private final MinutesViews views;
    private final MesaAgreements agreements;
    private final MesaHeaders headers;
    private final Messages messages;

    MinutesController(CurrentActor currentActor, MesaMinutes minutes, MinutesViews views, MesaAgreements agreements,
                      MesaHeaders headers, Messages messages) {
        this.currentActor = currentActor;
        this.minutes = minutes;
        this.views = views;
        this.agreements = agreements;
        this.headers = headers;
        this.messages = messages;
    }

    @GetMapping("/mesas/{mesaId}/sessions/{sessionId}/minutes")
    String page(@PathVariable UUID mesaId, @PathVariable UUID sessionId, Model model) {
        return render(mesaId, sessionId, model);
    }

    public String render(UUID mesaId, UUID sessionId, Model model) {
        Actor actor = currentActor.get();
        model.addAttribute("mesaHeader", headers.of(actor, mesaId));
        model.addAttribute("m", views.minutes(actor, mesaId, sessionId));
        model.addAttribute("statuses", AgreementStatus.values());
        return "mesas/sessions/minutes";
    }

    @PostMapping("/mesas/{mesaId}/sessions/{sessionId}/minutes/items/{itemId}")
    String write(@PathVariable UUID mesaId, @PathVariable UUID sessionId, @PathVariable UUID itemId,
                 @Valid @ModelAttribute("itemForm") MinutesItemInput input, BindingResult binding, Model model,
                 HttpServletResponse response, RedirectAttributes redirect) {
        return FormSubmit.oneOf("item", itemId, binding, response, model, messages).redirect(redirect,
                url(mesaId, sessionId) + "#item-" + itemId,
                () -> {
                    minutes.write(currentActor.get(), mesaId, sessionId, input.version(), itemId, input.notes(),
                            input.decisions());
                    return messages.get("mesaminutes.saved.item");
                },
                () -> render(mesaId, sessionId, model));
    }

    @PostMapping("/mesas/{mesaId}/sessions/{sessionId}/minutes/held")
    String held(@PathVariable UUID mesaId, @PathVariable UUID sessionId,
                @ModelAttribute("heldForm") SessionVersionInput input, BindingResult binding, Model model,
                HttpServletResponse response, RedirectAttributes redirect) {
        return FormSubmit.oneOf("held", null, binding, response, model, messages).redirect(redirect,
                url(mesaId, sessionId),
                () -> {
                    minutes.markHeld(currentActor.get(), mesaId, sessionId, input.version());
                    return messages.get("mesaminutes.saved.held");
                },
                () -> render(mesaId, sessionId, model));
    }

    @PostMapping("/mesas/{mesaId}/sessions/{sessionId}/minutes/circulate")
    String circulate(@PathVariable UUID mesaId, @PathVariable UUID sessionId,
                     @ModelAttribute("circulateForm") SessionVersionInput input, BindingResult binding, Model model,
                     HttpServletResponse response, RedirectAttributes redirect) {
        return FormSubmit.oneOf("circulate", null, binding, response, model, messages).redirect(redirect,
                url(mesaId, sessionId),
                () -> {
                    minutes.circulate(currentActor.get(), mesaId, sessionId, input.version());
                    return messages.get("mesaminutes.saved.circulated");
                },
                () -> render(mesaId, sessionId, model));
    }

    @PostMapping("/mesas/{mesaId}/sessions/{sessionId}/minutes/approve-previous")
    String approvePrevious(@PathVariable UUID mesaId, @PathVariable UUID sessionId,
                           @Valid @ModelAttribute("approveForm") ApprovePreviousInput input, BindingResult binding,
                           Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return FormSubmit.oneOf("approve", null, binding, response, model, messages).redirect(redirect,
                url(mesaId, sessionId),
                () -> {
                    var previous = minutes.approvePrevious(currentActor.get(), mesaId, sessionId,
                            input.previousVersion(), input.approvedBy(), input.corrections());
                    return messages.get("mesaminutes.saved.approved", previous.number());
                },
                () -> render(mesaId, sessionId, model));
    }

    /** An agreement under an agenda item; the session is the page's (its path), whatever the form sends. */
    @PostMapping("/mesas/{mesaId}/sessions/{sessionId}/minutes/agreements")
    String agree(@PathVariable UUID mesaId, @PathVariable UUID sessionId,
                 @Valid @ModelAttribute("agreementForm") AgreementInput input, BindingResult binding, Model model,
                 HttpServletResponse response, RedirectAttributes redirect) {
        UUID itemId = input.agendaItemId();
        return FormSubmit.oneOf("agree", itemId, binding, response, model, messages).redirect(redirect,
                url(mesaId, sessionId) + (itemId == null ? "" : "#item-" + itemId),
                () -> {
                    agreements.agree(currentActor.get(), mesaId, sessionId, itemId, input.terms());
                    return messages.get("mesaminutes.saved.agreed");
                },
                () -> render(mesaId, sessionId, model));
    }

    @GetMapping("/mesas/{mesaId}/sessions/{sessionId}/minutes.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable UUID mesaId, @PathVariable UUID sessionId) {
        MinutesViews.Pdf pdf = views.pdf(currentActor.get(), mesaId, sessionId);
        return Downloads.attachment(pdf.fileName(), Downloads.PDF, pdf.content());
    }

    public static String url(UUID mesaId, UUID sessionId) {
        return "/mesas/" + mesaId + "/sessions/" + sessionId + "/minutes";
    }

}
