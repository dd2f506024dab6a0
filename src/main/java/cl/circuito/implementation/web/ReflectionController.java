package cl.circuito.implementation.web;

import cl.circuito.implementation.reflections.ReflectionAspect;
import cl.circuito.implementation.reflections.ReflectionWriting;
import cl.circuito.mesas.MesaHeader;
import cl.circuito.mesas.MesaHeaders;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/** The Mesa's "Reflexión" tab: its semester reflections, newest first; co-facilitators and the manager write them. */
@Controller
class ReflectionController {

    private final CurrentActor currentActor;
    private final MesaHeaders headers;
    private final ReflectionWriting reflections;
    private final Messages messages;
    private final Clock clock;

    ReflectionController(CurrentActor currentActor, MesaHeaders headers, ReflectionWriting reflections,
                         Messages messages, Clock clock) {
        this.currentActor = currentActor;
        this.headers = headers;
        this.reflections = reflections;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/mesas/{mesaId}/reflections")
    String list(@PathVariable UUID mesaId, Model model) {
        Actor actor = currentActor.get();
        MesaHeader header = headers.of(actor, mesaId);
        model.addAttribute("mesaHeader", header);
        model.addAttribute("writes", ReflectionWriting.writes(actor, header.standing()));
        model.addAttribute("reflections", reflections.list(actor, mesaId));
        model.addAttribute("headings", ReflectionAspect.Heading.values());
        return "reflections/list";
    }

    @GetMapping("/mesas/{mesaId}/reflections/new")
    String newReflection(@PathVariable UUID mesaId, Model model) {
        MesaHeader header = writableHeader(mesaId);
        LocalDate today = LocalDate.now(clock);
        ReflectionForms.ReflectionForm form = new ReflectionForms.ReflectionForm();
        form.setYear(String.valueOf(today.getYear()));
        form.setSemester(today.getMonthValue() <= 6 ? "1" : "2");
        model.addAttribute("reflectionForm", form);
        return formPage(header, false, model);
    }

    @PostMapping("/mesas/{mesaId}/reflections")
    String write(@PathVariable UUID mesaId, @Valid @ModelAttribute("reflectionForm") ReflectionForms.ReflectionForm form,
                 BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Actor actor = currentActor.get();
        MesaHeader header = writableHeader(mesaId);
        if (FormSubmit.tried(result, response, () -> reflections.write(actor, mesaId,
                ReflectionForms.whole(form.getYear(), "year"), ReflectionForms.whole(form.getSemester(), "semester"),
                form.content()))) {
            return saved(redirect, mesaId);
        }
        return formPage(header, false, model);
    }

    @GetMapping("/mesas/{mesaId}/reflections/{year}/{semester}")
    String edit(@PathVariable UUID mesaId, @PathVariable int year, @PathVariable int semester, Model model) {
        MesaHeader header = writableHeader(mesaId);
        model.addAttribute("reflectionForm",
                ReflectionForms.ReflectionForm.of(reflections.one(currentActor.get(), mesaId, year, semester)));
        return formPage(header, true, model);
    }

    @PostMapping("/mesas/{mesaId}/reflections/{year}/{semester}")
    String revise(@PathVariable UUID mesaId, @PathVariable int year, @PathVariable int semester,
                  @Valid @ModelAttribute("reflectionForm") ReflectionForms.ReflectionForm form, BindingResult result,
                  Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Actor actor = currentActor.get();
        MesaHeader header = writableHeader(mesaId);
        form.setYear(String.valueOf(year));
        form.setSemester(String.valueOf(semester));
        if (FormSubmit.tried(result, response, () -> reflections.revise(actor, mesaId, year, semester,
                form.getVersion(), form.content()))) {
            return saved(redirect, mesaId);
        }
        return formPage(header, true, model);
    }

    private MesaHeader writableHeader(UUID mesaId) {
        Actor actor = currentActor.get();
        MesaHeader header = headers.of(actor, mesaId);
        if (!ReflectionWriting.writes(actor, header.standing())) {
            throw new AccessDenied(Permission.WORK_IN_MESAS);
        }
        return header;
    }

    private String saved(RedirectAttributes redirect, UUID mesaId) {
        redirect.addFlashAttribute("success", messages.get("reflections.saved"));
        return "redirect:/mesas/" + mesaId + "/reflections";
    }

    private String formPage(MesaHeader header, boolean editing, Model model) {
        model.addAttribute("mesaHeader", header);
        model.addAttribute("editing", editing);
        model.addAttribute("headings", ReflectionAspect.Heading.values());
        model.addAttribute("foundedYear", header.foundedOn().getYear());
        return "reflections/form";
    }
}
