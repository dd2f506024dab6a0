package cl.circuito.implementation.web;

import cl.circuito.implementation.reflections.ReflectionAspect;
import cl.circuito.implementation.scorecards.ImplementationRuleViolation;
import cl.circuito.implementation.web.ReflectionInputs.ReflectionInput;
import cl.circuito.implementation.reflections.ReflectionWriting;
import cl.circuito.mesas.MesaHeader;
import cl.circuito.mesas.MesaHeaders;
import cl.circuito.shared.DomainException;
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
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
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
        model.addAttribute("reflectionForm", ReflectionInput.blank());
        model.addAttribute(Semester.NAME, Semester.current(LocalDate.now(clock)));
        return formPage(header, false, model);
    }

    /** {@code year}, {@code semester}: the semester the new reflection is for ({@link Semester}). */
    @PostMapping("/mesas/{mesaId}/reflections")
    String write(@PathVariable UUID mesaId, @Valid @ModelAttribute("reflectionForm") ReflectionInput input,
                 BindingResult result, @RequestParam(required = false) String year,
                 @RequestParam(required = false) String semester, Model model, RedirectAttributes redirect,
                 HttpServletResponse response) {
        Actor actor = currentActor.get();
        MesaHeader header = writableHeader(mesaId);
        Semester chosen = new Semester(year, semester);
        if (tried(result, response, chosen, model, () -> reflections.write(actor, mesaId, chosen.wholeYear(),
                chosen.wholeSemester(), input.content()))) {
            return saved(redirect, mesaId);
        }
        return formPage(header, false, model);
    }

    @GetMapping("/mesas/{mesaId}/reflections/{year}/{semester}")
    String edit(@PathVariable UUID mesaId, @PathVariable int year, @PathVariable int semester, Model model) {
        MesaHeader header = writableHeader(mesaId);
        model.addAttribute("reflectionForm",
                ReflectionInput.of(reflections.one(currentActor.get(), mesaId, year, semester)));
        model.addAttribute(Semester.NAME, Semester.of(year, semester));
        return formPage(header, true, model);
    }

    @PostMapping("/mesas/{mesaId}/reflections/{year}/{semester}")
    String revise(@PathVariable UUID mesaId, @PathVariable int year, @PathVariable int semester,
                  @Valid @ModelAttribute("reflectionForm") ReflectionInput input, BindingResult result,
                  Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Actor actor = currentActor.get();
        MesaHeader header = writableHeader(mesaId);
        if (tried(result, response, Semester.of(year, semester), model, () -> reflections.revise(actor, mesaId,
                year, semester, input.version(), input.content()))) {
            return saved(redirect, mesaId);
        }
        return formPage(header, true, model);
    }

    /**
     * The form's run. The semester is no part of the input (the API has it in the path): a refusal about it is said on
     * the whole form, and again next to its fields, which bind {@link Semester}.
     */
    private static boolean tried(BindingResult result, HttpServletResponse response, Semester semester, Model model,
                                 Runnable change) {
        BindingResult chosen = new BeanPropertyBindingResult(semester, Semester.NAME);
        model.addAttribute(Semester.NAME, semester);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + Semester.NAME, chosen);
        return FormSubmit.of(result, response).on(DomainException.class, (e, refusal) -> {
            if (refusal.isAbout(Semester.FIELDS)) {
                refusal.showOn(chosen, Map.of());
            }
        }).run(change);
    }

    /**
     * The semester a reflection is for, as its page's form has it: a new one's year and semester are typed as text, so
     * that a failed submit shows what was typed; an edited one's come from the path.
     */
    record Semester(String year, String semester) {

        static final String NAME = "reflectionSemester";
        static final Set<String> FIELDS = Set.of("year", "semester");

        static Semester of(int year, int semester) {
            return new Semester(String.valueOf(year), String.valueOf(semester));
        }

        /** The semester under way: a new reflection's first choice. */
        static Semester current(LocalDate today) {
            return of(today.getYear(), today.getMonthValue() <= 6 ? 1 : 2);
        }

        int wholeYear() {
            return whole(year, "year");
        }

        int wholeSemester() {
            return whole(semester, "semester");
        }

        private static int whole(String text, String field) {
            if (text == null || text.isBlank()) {
                throw ImplementationRuleViolation.invalid(field, "reflections.error.required." + field);
            }
            try {
                return Integer.parseInt(text.strip());
            } catch (NumberFormatException e) {
                throw ImplementationRuleViolation.invalid(field, "reflections.error.number");
            }
        }
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
