package cl.circuito.mesas.mesa.web;

import cl.circuito.mesas.Frequency;
import cl.circuito.mesas.mesa.Mesa;
import cl.circuito.mesas.MesaAccess;
import cl.circuito.mesas.MesaDirectory;
import cl.circuito.mesas.mesa.MesaSetup;
import cl.circuito.mesas.mesa.web.MesaInputs.MesaFoundingInput;
import cl.circuito.shared.security.AccessDenied;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.CurrentActor;
import cl.circuito.shared.security.Permission;
import cl.circuito.shared.web.FormSubmit;
import cl.circuito.shared.web.Messages;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The Mesas the user may open, and the founding of a new one (two steps: the comuna, then its settings). */
@Controller
class MesaListController {

    private final CurrentActor currentActor;
    private final MesaDirectory directory;
    private final MesaSetup setup;
    private final MesaAccess access;
    private final Messages messages;
    private final Clock clock;

    MesaListController(CurrentActor currentActor, MesaDirectory directory, MesaSetup setup, MesaAccess access,
                       Messages messages, Clock clock) {
        this.currentActor = currentActor;
        this.directory = directory;
        this.setup = setup;
        this.access = access;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/mesas")
    String list(@RequestParam(required = false) String region, Model model) {
        Actor actor = currentActor.get();
        boolean filters = directory.filtersByRegion(actor);
        model.addAttribute("rows", directory.list(actor, filters ? region : null));
        model.addAttribute("regions", filters ? directory.regions() : List.of());
        model.addAttribute("region", filters ? region : null);
        model.addAttribute("mayFound", actor.can(Permission.MANAGE_MESAS) && !directory.foundable(actor).isEmpty());
        model.addAttribute("today", LocalDate.now(clock));
        return "mesas/mesa/list";
    }

    @GetMapping("/mesas/new")
    String found(@RequestParam(required = false) String comunaCode, Model model) {
        Actor actor = currentActor.get();
        actor.require(Permission.MANAGE_MESAS);
        MesaFoundingInput form = MesaFoundingInput.startingOn(LocalDate.now(clock));
        if (comunaCode != null && !comunaCode.isBlank()) {
            if (!access.mayFoundIn(actor, comunaCode)) {
                throw new AccessDenied(Permission.MANAGE_MESAS);
            }
            form = MesaFoundingInput.in(comunaCode,
                    messages.get("mesamembers.found.defaultName", directory.comunaName(comunaCode)),
                    LocalDate.now(clock), setup.coFacilitatorCandidates(comunaCode));
        }
        model.addAttribute("foundingForm", form);
        return foundingPage(actor, comunaCode, model);
    }

    @PostMapping("/mesas/new")
    String found(@Valid @ModelAttribute("foundingForm") MesaFoundingInput input, BindingResult result, Model model,
                 RedirectAttributes redirect, HttpServletResponse response) {
        Actor actor = currentActor.get();
        actor.require(Permission.MANAGE_MESAS);
        // The service names the co-facilitators "coFacilitators": said beside the checkboxes, of either kind.
        Optional<Mesa> founded = FormSubmit.of(result, response)
                .fieldNames(Map.of("coFacilitators", "coFacilitatorProgramIds"))
                .attempt(() -> input.foundOn(setup, actor));
        if (founded.isPresent()) {
            redirect.addFlashAttribute("success", messages.get("mesamembers.found.done", founded.get().name()));
            return "redirect:/mesas/" + founded.get().id();
        }
        // Read from the binding: it holds what was sent even when the input could not be built.
        return foundingPage(actor, Objects.toString(result.getFieldValue("comunaCode"), null), model);
    }

    private String foundingPage(Actor actor, String comunaCode, Model model) {
        model.addAttribute("regions", directory.foundable(actor));
        boolean chosen = comunaCode != null && !comunaCode.isBlank();
        model.addAttribute("comunaChosen", chosen);
        model.addAttribute("comunaName", chosen ? directory.comunaName(comunaCode) : null);
        model.addAttribute("candidates", chosen ? setup.coFacilitatorCandidates(comunaCode) : List.of());
        model.addAttribute("frequencies", Frequency.values());
        return "mesas/mesa/found";
    }
}
