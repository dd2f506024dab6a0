package cl.circuito.waitinglist.priority.web;

import cl.circuito.network.ProgramDirectory;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.CurrentActor;
import cl.circuito.shared.security.Permission;
import cl.circuito.shared.web.FormSubmit;
import cl.circuito.shared.web.Messages;
import cl.circuito.waitinglist.priority.InstrumentDraft;
import cl.circuito.waitinglist.priority.InstrumentText;
import cl.circuito.waitinglist.priority.InstrumentView;
import cl.circuito.waitinglist.priority.PriorityInstruments;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The administrator's priority instruments: the list of versions, one version's groups and items, and
 * publishing a new instrument or a new version in a plain-text editor. Published versions are read-only.
 */
@Controller
@RequestMapping("/admin/priority-instruments")
class PriorityInstrumentController {

    private static final String FORM = "waitinglist/priority/priority-instrument-form";
    private static final Map<String, String> FIELDS = Map.of("groups", "content");

    private final CurrentActor currentActor;
    private final PriorityInstruments instruments;
    private final ProgramDirectory programs;
    private final Messages messages;

    PriorityInstrumentController(CurrentActor currentActor, PriorityInstruments instruments, ProgramDirectory programs,
                                 Messages messages) {
        this.currentActor = currentActor;
        this.instruments = instruments;
        this.programs = programs;
        this.messages = messages;
    }

    @GetMapping
    String list(Model model) {
        admin();
        model.addAttribute("instruments", instruments.list());
        model.addAttribute("programs", programs.allPrograms());
        return "waitinglist/priority/priority-instruments";
    }

    /** The administrator reaches a program's setting page from here (the program pages are staff's). */
    @GetMapping("/program")
    String programSetting(@RequestParam UUID programId) {
        admin();
        return "redirect:/programs/" + programId + "/priority-settings";
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model) {
        admin();
        model.addAttribute("instrument", instruments.show(id));
        return "waitinglist/priority/priority-instrument";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        admin();
        model.addAttribute("priorityInstrumentForm", new PriorityForms.InstrumentForm());
        return FORM;
    }

    @PostMapping
    String publishNew(@Valid @ModelAttribute("priorityInstrumentForm") PriorityForms.InstrumentForm form,
                      BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Actor actor = admin();
        return handle(result, response, redirect, () -> instruments.publishNew(actor, form.getCode(), draft(form)),
                () -> FORM);
    }

    @GetMapping("/{id}/versions/new")
    String newVersionForm(@PathVariable UUID id, Model model) {
        admin();
        InstrumentView latest = instruments.latestOf(id);
        PriorityForms.InstrumentForm form = new PriorityForms.InstrumentForm();
        form.setName(latest.name());
        form.setDefaultCut(latest.defaultCut());
        form.setContent(InstrumentText.format(latest));
        model.addAttribute("priorityInstrumentForm", form);
        model.addAttribute("base", latest);
        return FORM;
    }

    @PostMapping("/{id}/versions")
    String publishVersion(@PathVariable UUID id,
                          @Valid @ModelAttribute("priorityInstrumentForm") PriorityForms.InstrumentForm form,
                          BindingResult result, Model model, RedirectAttributes redirect,
                          HttpServletResponse response) {
        Actor actor = admin();
        model.addAttribute("base", instruments.latestOf(id));
        return handle(result, response, redirect, () -> instruments.publishVersion(actor, id, draft(form)),
                () -> FORM);
    }

    private Actor admin() {
        Actor actor = currentActor.get();
        actor.require(Permission.MANAGE_PRIORITY_INSTRUMENTS);
        return actor;
    }

    private static InstrumentDraft draft(PriorityForms.InstrumentForm form) {
        return new InstrumentDraft(form.getName(), form.getDefaultCut(), InstrumentText.parse(form.getContent()));
    }

    private String handle(BindingResult result, HttpServletResponse response, RedirectAttributes redirect,
                          Supplier<InstrumentView> useCase, Supplier<String> page) {
        Optional<InstrumentView> published = FormSubmit.of(result, response)
                .invalidAs(HttpStatus.UNPROCESSABLE_CONTENT).fieldNames(FIELDS).attempt(useCase);
        if (published.isEmpty()) {
            return page.get();
        }
        redirect.addFlashAttribute("success", messages.get("priority.admin.published.saved",
                published.get().label(), published.get().itemCount()));
        return "redirect:/admin/priority-instruments/" + published.get().id();
    }
}
