package cl.circuito.implementation.web;

import cl.circuito.implementation.report.ManagerNoteView;
import cl.circuito.implementation.report.ManagerNoteWriting;
import cl.circuito.implementation.report.ReportGeneration;
import cl.circuito.implementation.scorecards.ReportScopes;
import cl.circuito.implementation.web.ReflectionInputs.NotesInput;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.CurrentActor;
import cl.circuito.shared.web.Downloads;
import cl.circuito.shared.web.FormSubmit;
import cl.circuito.shared.web.Messages;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** The yearly report's page: the managers' notes and the downloads (PDF, Word). */
@Controller
class ReportController {

    static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final CurrentActor currentActor;
    private final ManagerNoteWriting notes;
    private final ReportGeneration reports;
    private final ReportScopes scopes;
    private final Messages messages;

    ReportController(CurrentActor currentActor, ManagerNoteWriting notes, ReportGeneration reports, ReportScopes scopes,
                     Messages messages) {
        this.currentActor = currentActor;
        this.notes = notes;
        this.reports = reports;
        this.scopes = scopes;
        this.messages = messages;
    }

    @GetMapping("/implementation/report")
    String page(@RequestParam(required = false) Integer year, @RequestParam(required = false) String region,
                Model model) {
        ManagerNoteView view = notes.notes(currentActor.get(), year, region);
        model.addAttribute("notesForm", NotesInput.of(view));
        return page(view, model);
    }

    @PostMapping("/implementation/report/notes")
    String write(@RequestParam(required = false) Integer year, @RequestParam(required = false) String region,
                 @Valid @ModelAttribute("notesForm") NotesInput input, BindingResult result, Model model,
                 RedirectAttributes redirect, HttpServletResponse response) {
        Actor actor = currentActor.get();
        ManagerNoteView view = notes.notes(actor, year, region);
        if (FormSubmit.tried(result, response, () -> notes.write(actor, view.year(), region, input.version(),
                input.content()))) {
            redirect.addFlashAttribute("success", messages.get("report.notes.saved"));
            return "redirect:" + UriComponentsBuilder.fromPath("/implementation/report")
                    .queryParam("year", view.year())
                    .queryParamIfPresent("region", java.util.Optional.ofNullable(view.scope().regionCode()))
                    .build().toUriString();
        }
        return page(view, model);
    }

    @GetMapping("/implementation/report.pdf")
    ResponseEntity<byte[]> pdf(@RequestParam(required = false) Integer year,
                               @RequestParam(required = false) String region) {
        ReportGeneration.ReportFile file = reports.pdf(currentActor.get(), year, region);
        return Downloads.attachment(file.fileName(), Downloads.PDF, file.content());
    }

    @GetMapping("/implementation/report.docx")
    ResponseEntity<byte[]> docx(@RequestParam(required = false) Integer year,
                                @RequestParam(required = false) String region) {
        ReportGeneration.ReportFile file = reports.docx(currentActor.get(), year, region);
        return Downloads.attachment(file.fileName(), DOCX, file.content());
    }

    private String page(ManagerNoteView view, Model model) {
        model.addAttribute("notes", view);
        model.addAttribute("scope", view.scope());
        model.addAttribute("year", view.year());
        model.addAttribute("choices", scopes.choices(currentActor.get()));
        model.addAttribute("years", years());
        return "report/page";
    }

    private java.util.List<Integer> years() {
        int current = scopes.year(null);
        java.util.List<Integer> years = new java.util.ArrayList<>();
        for (int y = current; y >= Math.max(ReportScopes.FIRST_YEAR, current - 9); y--) {
            years.add(y);
        }
        return years;
    }
}
