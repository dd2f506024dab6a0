package cl.circuito.waitinglist.admission.web;

import cl.circuito.shared.text.ChileanDates;
import cl.circuito.children.ChildIdentityMismatch;
import cl.circuito.network.ProgramDirectory;
import cl.circuito.network.ProgramSummary;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.CurrentActor;
import cl.circuito.shared.security.Permission;
import cl.circuito.shared.web.FormSubmit;
import cl.circuito.shared.web.Messages;
import cl.circuito.waitinglist.admission.CaseCloseReason;
import cl.circuito.waitinglist.admission.ActiveCase;
import cl.circuito.waitinglist.admission.ActiveCaseManagement;
import cl.circuito.waitinglist.admission.AdmissionQueries;
import cl.circuito.waitinglist.admission.CaseFilter;
import cl.circuito.waitinglist.admission.ProgramPlaces;
import cl.circuito.waitinglist.web.IdentityQuestion;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * The active cases of a program ("Casos activos"): the paginated list, closing a case (which frees a place),
 * and registering the cases that predate Circuito.
 */
@Controller
class ActiveCasesController {

    static final String EXISTING = "casesExisting";
    static final String CLOSE = "casesClose";
    private static final int PAGE_SIZE = 50;

    private final CurrentActor currentActor;
    private final ProgramDirectory programs;
    private final ProgramPlaces places;
    private final AdmissionQueries queries;
    private final ActiveCaseManagement management;
    private final Messages messages;
    private final Clock clock;

    ActiveCasesController(CurrentActor currentActor, ProgramDirectory programs, ProgramPlaces places,
                          AdmissionQueries queries, ActiveCaseManagement management, Messages messages, Clock clock) {
        this.currentActor = currentActor;
        this.programs = programs;
        this.places = places;
        this.queries = queries;
        this.management = management;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/programs/{programId}/cases")
    String list(@PathVariable UUID programId, @RequestParam(defaultValue = "OPEN") CaseFilter state,
                @RequestParam(defaultValue = "0") int page, Model model) {
        Actor actor = currentActor.get();
        model.addAttribute("rows", queries.cases(actor, programId, state, Math.max(0, page), PAGE_SIZE));
        model.addAttribute("program", programs.get(programId, actor.scope()));
        model.addAttribute("places", places.of(programId));
        model.addAttribute("state", state);
        model.addAttribute("filters", CaseFilter.values());
        model.addAttribute("pageUrl", UriComponentsBuilder.fromPath("/programs/{id}/cases").queryParam("state", state)
                .buildAndExpand(programId).toUriString());
        model.addAttribute("canManage", actor.can(Permission.MANAGE_ADMISSIONS));
        return "waitinglist/admission/cases";
    }

    @GetMapping("/programs/{programId}/cases/new")
    String newCase(@PathVariable UUID programId, Model model) {
        Actor actor = currentActor.get();
        actor.require(Permission.MANAGE_ADMISSIONS);
        model.addAttribute(EXISTING, AdmissionInputs.ExistingCaseInput.blank());
        return showNew(programs.get(programId, actor.scope()), model);
    }

    /** Beside the input comes the RUT an answer to the identity question was given for ({@link IdentityQuestion}). */
    @PostMapping("/programs/{programId}/cases")
    String register(@PathVariable UUID programId,
                    @Valid @ModelAttribute(EXISTING) AdmissionInputs.ExistingCaseInput input, BindingResult result,
                    @RequestParam(required = false) String identityRut, Model model, RedirectAttributes redirect,
                    HttpServletResponse response) {
        Actor actor = currentActor.get();
        ProgramSummary program = programs.get(programId, actor.scope());
        IdentityQuestion.carry(identityRut, model);
        return FormSubmit.of(result, response).invalidAs(HttpStatus.UNPROCESSABLE_CONTENT).staleOnThePage()
                .on(ChildIdentityMismatch.class, (e, refusal) -> IdentityQuestion.ask(e, input.rut(), result, model))
                .redirect(redirect, "/programs/" + programId + "/cases", () -> {
                    input.registerOn(management, actor, programId,
                            IdentityQuestion.answer(input.identityChoice(), input.rut(), identityRut));
                    return messages.get("cases.existing.saved");
                }, () -> showNew(program, model));
    }

    @GetMapping("/active-cases/{caseId}/close")
    String closeForm(@PathVariable UUID caseId, Model model) {
        Actor actor = currentActor.get();
        actor.require(Permission.MANAGE_ADMISSIONS);
        AdmissionQueries.CaseView view = queries.activeCase(actor, caseId);
        model.addAttribute(CLOSE, AdmissionInputs.ActiveCaseCloseInput.startingOn(LocalDate.now(clock),
                view.activeCase().version()));
        return showClose(view, model);
    }

    /** The case names the reason {@code closeReason}; the input, as the API, {@code reason}. */
    @PostMapping("/active-cases/{caseId}/close")
    String close(@PathVariable UUID caseId, @Valid @ModelAttribute(CLOSE) AdmissionInputs.ActiveCaseCloseInput input,
                 BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Actor actor = currentActor.get();
        AdmissionQueries.CaseView view = queries.activeCase(actor, caseId);
        return FormSubmit.of(result, response).invalidAs(HttpStatus.UNPROCESSABLE_CONTENT).staleOnThePage()
                .fieldNames(Map.of("closeReason", "reason"))
                .redirect(redirect, "/programs/" + view.program().id() + "/cases", () -> {
                    ActiveCase closed = input.recordOn(management, actor, caseId);
                    return messages.get("cases.close.saved", view.child().fullName(),
                            ChileanDates.day(closed.closedOn()));
                }, () -> showClose(view, model));
    }

    private String showNew(ProgramSummary program, Model model) {
        model.addAttribute("program", program);
        model.addAttribute("places", places.of(program.id()));
        model.addAttribute("today", LocalDate.now(clock));
        return "waitinglist/admission/case-form";
    }

    private String showClose(AdmissionQueries.CaseView view, Model model) {
        model.addAttribute("view", view);
        model.addAttribute("program", view.program());
        model.addAttribute("reasons", CaseCloseReason.values());
        model.addAttribute("today", LocalDate.now(clock));
        return "waitinglist/admission/case-close";
    }
}
