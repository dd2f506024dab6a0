package cl.circuito.mesas.mesa.web;

import cl.circuito.mesas.Frequency;
import cl.circuito.mesas.MemberKind;
import cl.circuito.mesas.mesa.Mesa;
import cl.circuito.mesas.MesaAccess;
import cl.circuito.mesas.MesaDirectory;
import cl.circuito.mesas.mesa.MesaSetup;
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
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

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
        MesaForms.FoundingForm form = new MesaForms.FoundingForm();
        form.setFrequency(Frequency.MONTHLY);
        form.setFoundedOn(LocalDate.now(clock));
        form.setUsualStartsAt(LocalTime.of(9, 30));
        form.setUsualEndsAt(LocalTime.of(12, 0));
        if (comunaCode != null && !comunaCode.isBlank()) {
            if (!access.mayFoundIn(actor, comunaCode)) {
                throw new AccessDenied(Permission.MANAGE_MESAS);
            }
            form.setComunaCode(comunaCode);
            form.setName(messages.get("mesamembers.found.defaultName", directory.comunaName(comunaCode)));
            List<String> checked = new ArrayList<>();
            setup.coFacilitatorCandidates(comunaCode).stream().filter(MesaSetup.CoFacilitatorCandidate::proposed)
                    .forEach(c -> checked.add(c.kind().name() + ":" + c.id()));
            form.setCoFacilitators(checked);
        }
        model.addAttribute("foundingForm", form);
        return foundingPage(actor, form, model);
    }

    @PostMapping("/mesas/new")
    String found(@Valid @ModelAttribute("foundingForm") MesaForms.FoundingForm form, BindingResult result, Model model,
                 RedirectAttributes redirect, HttpServletResponse response) {
        Actor actor = currentActor.get();
        actor.require(Permission.MANAGE_MESAS);
        AtomicReference<Mesa> founded = new AtomicReference<>();
        if (FormSubmit.tried(result, response, () -> founded.set(setup.foundWithCoFacilitators(actor,
                form.getComunaCode(), form.settings(), form.chosen(MemberKind.PROGRAM),
                form.chosen(MemberKind.TERRITORIAL_MANAGER))))) {
            redirect.addFlashAttribute("success", messages.get("mesamembers.found.done", founded.get().name()));
            return "redirect:/mesas/" + founded.get().id();
        }
        return foundingPage(actor, form, model);
    }

    private String foundingPage(Actor actor, MesaForms.FoundingForm form, Model model) {
        model.addAttribute("regions", directory.foundable(actor));
        boolean chosen = form.getComunaCode() != null && !form.getComunaCode().isBlank();
        model.addAttribute("comunaChosen", chosen);
        model.addAttribute("comunaName", chosen ? directory.comunaName(form.getComunaCode()) : null);
        model.addAttribute("candidates", chosen ? setup.coFacilitatorCandidates(form.getComunaCode()) : List.of());
        model.addAttribute("frequencies", Frequency.values());
        return "mesas/mesa/found";
    }
}
