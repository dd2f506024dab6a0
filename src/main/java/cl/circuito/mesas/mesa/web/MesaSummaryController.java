package cl.circuito.mesas.mesa.web;

import cl.circuito.mesas.Frequency;
import cl.circuito.mesas.MesaDirectory;
import cl.circuito.mesas.MesaHeader;
import cl.circuito.mesas.MesaHeaders;
import cl.circuito.mesas.mesa.MesaSetup;
import cl.circuito.mesas.mesa.web.MesaInputs.MesaSettingsInput;
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
import java.util.UUID;

/** A Mesa's summary tab, and its settings (co-facilitators, the admin and the region's manager change them). */
@Controller
class MesaSummaryController {

    private final CurrentActor currentActor;
    private final MesaHeaders headers;
    private final MesaDirectory directory;
    private final MesaSetup setup;
    private final Messages messages;
    private final Clock clock;

    MesaSummaryController(CurrentActor currentActor, MesaHeaders headers, MesaDirectory directory, MesaSetup setup,
                          Messages messages, Clock clock) {
        this.currentActor = currentActor;
        this.headers = headers;
        this.directory = directory;
        this.setup = setup;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/mesas/{mesaId}")
    String summary(@PathVariable UUID mesaId, Model model) {
        Actor actor = currentActor.get();
        model.addAttribute("mesaHeader", headers.of(actor, mesaId));
        model.addAttribute("summary", directory.summary(actor, mesaId));
        model.addAttribute("today", LocalDate.now(clock));
        return "mesas/mesa/summary";
    }

    @GetMapping("/mesas/{mesaId}/settings")
    String settings(@PathVariable UUID mesaId, Model model) {
        Actor actor = currentActor.get();
        MesaHeader header = headers.of(actor, mesaId);
        header.standing().requireSetUp();
        model.addAttribute("settingsForm", MesaSettingsInput.of(directory.settings(actor, mesaId)));
        return settingsPage(header, model);
    }

    @PostMapping("/mesas/{mesaId}/settings")
    String change(@PathVariable UUID mesaId, @Valid @ModelAttribute("settingsForm") MesaSettingsInput input,
                  BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Actor actor = currentActor.get();
        MesaHeader header = headers.of(actor, mesaId);
        header.standing().requireSetUp();
        if (FormSubmit.tried(result, response, () -> input.changeOn(setup, actor, mesaId))) {
            redirect.addFlashAttribute("success", messages.get("mesamembers.settings.saved"));
            return "redirect:/mesas/" + mesaId;
        }
        return settingsPage(header, model);
    }

    private String settingsPage(MesaHeader header, Model model) {
        model.addAttribute("mesaHeader", header);
        model.addAttribute("frequencies", Frequency.values());
        return "mesas/mesa/settings";
    }
}
