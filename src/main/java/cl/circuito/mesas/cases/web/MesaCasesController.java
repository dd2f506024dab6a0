package cl.circuito.mesas.cases.web;

import cl.circuito.mesas.CaseCriterion;
import cl.circuito.mesas.cases.CaseQueries;
import cl.circuito.mesas.cases.CaseReviewing;
import cl.circuito.mesas.cases.CaseStatus;
import cl.circuito.mesas.cases.web.CaseInputs.CaseCloseInput;
import cl.circuito.mesas.MesaHeader;
import cl.circuito.mesas.MesaHeaders;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.UUID;
import java.util.Optional;

/** The Mesa's cases (tab "cases"): counts for every reader, the list and each case for its members. */
@Controller
class MesaCasesController {

    private final CurrentActor currentActor;
    private final MesaHeaders headers;
    private final CaseQueries queries;
    private final CaseReviewing reviewing;
    private final Messages messages;

    MesaCasesController(CurrentActor currentActor, MesaHeaders headers, CaseQueries queries, CaseReviewing reviewing,
                        Messages messages) {
        this.currentActor = currentActor;
        this.headers = headers;
        this.queries = queries;
        this.reviewing = reviewing;
        this.messages = messages;
    }

    @GetMapping("/mesas/{mesaId}/cases")
    String cases(@PathVariable UUID mesaId, @RequestParam(required = false) CaseCriterion criterion,
                 @RequestParam(required = false) CaseStatus status, @RequestParam(defaultValue = "0") int page,
                 Model model) {
        Actor actor = currentActor.get();
        MesaHeader header = headers.of(actor, mesaId);
        model.addAttribute("mesaHeader", header);
        model.addAttribute("counts", queries.counts(actor, mesaId));
        model.addAttribute("criteria", CaseCriterion.values());
        model.addAttribute("statuses", CaseStatus.values());
        model.addAttribute("criterion", criterion);
        model.addAttribute("status", status);
        if (header.standing().seesCaseContent()) {
            model.addAttribute("rows", queries.cases(actor, mesaId, criterion, status, page));
            model.addAttribute("pageUrl", UriComponentsBuilder.fromPath("/mesas/" + mesaId + "/cases")
                    .queryParamIfPresent("criterion", Optional.ofNullable(criterion))
                    .queryParamIfPresent("status", Optional.ofNullable(status)).toUriString());
        }
        return "mesas/cases/cases";
    }

    @GetMapping("/mesas/{mesaId}/cases/{caseId}")
    String show(@PathVariable UUID mesaId, @PathVariable UUID caseId, Model model) {
        return page(currentActor.get(), mesaId, caseId, model);
    }

    @PostMapping("/mesas/{mesaId}/cases/{caseId}/close")
    String close(@PathVariable UUID mesaId, @PathVariable UUID caseId,
                 @Valid @ModelAttribute("closeForm") CaseCloseInput input, BindingResult result, Model model,
                 RedirectAttributes redirect, HttpServletResponse response) {
        Actor actor = currentActor.get();
        if (FormSubmit.tried(result, response,
                () -> reviewing.close(actor, mesaId, caseId, input.version(), input.note()))) {
            redirect.addFlashAttribute("success", messages.get("mesacases.case.closedSaved"));
            return "redirect:/mesas/" + mesaId + "/cases/" + caseId;
        }
        return page(actor, mesaId, caseId, model);
    }

    private String page(Actor actor, UUID mesaId, UUID caseId, Model model) {
        model.addAttribute("mesaHeader", headers.of(actor, mesaId));
        var view = queries.caseView(actor, mesaId, caseId);
        model.addAttribute("mesaCase", view);
        if (!model.containsAttribute("closeForm")) {
            model.addAttribute("closeForm", CaseCloseInput.of(view.version()));
        }
        return "mesas/cases/case";
    }
}
