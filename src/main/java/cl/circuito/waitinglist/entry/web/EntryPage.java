package cl.circuito.waitinglist.entry.web;

import cl.circuito.identity.UserAdministration;
import cl.circuito.network.ProgramDirectory;
import cl.circuito.network.Territory;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.CurrentActor;
import cl.circuito.shared.security.Permission;
import cl.circuito.shared.web.FormSubmit;
import cl.circuito.waitinglist.entry.BackgroundActionKind;
import cl.circuito.waitinglist.ChildPrograms;
import cl.circuito.waitinglist.ExitReason;
import cl.circuito.waitinglist.WaitingListQueries;
import cl.circuito.waitinglist.admission.web.AdmissionSection;
import cl.circuito.waitinglist.entry.EntryView;
import cl.circuito.waitinglist.entry.FamilyContacts;
import cl.circuito.waitinglist.monitoring.web.MonitoringEntryController;
import cl.circuito.waitinglist.monitoring.web.MonitoringPanel;
import cl.circuito.waitinglist.priority.PriorityAssessments;
import cl.circuito.waitinglist.ranking.ProgramRankings;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The entry page as every section's forms need it: the model of the whole page (child, referral,
 * deadline, timeline, priority, ranking place, monitoring, admission and each form not already filled by
 * a failed submit), and the one way a form of the page runs its use case. Shared by the controllers of
 * the page's sections ({@link EntryController}, {@link MonitoringEntryController}).
 */
@Component
public class EntryPage {

    private final CurrentActor currentActor;
    private final WaitingListQueries queries;
    private final ProgramDirectory programs;
    private final UserAdministration users;
    private final ProgramRankings rankings;
    private final PriorityAssessments priorityAssessments;
    private final MonitoringPanel monitoringPanel;
    private final AdmissionSection admissionSection;
    private final Clock clock;
    private final ChildPrograms childPrograms;
    private final FamilyContacts contacts;
    private final Territory territory;

    EntryPage(CurrentActor currentActor, WaitingListQueries queries, ProgramDirectory programs,
              UserAdministration users, ProgramRankings rankings, PriorityAssessments priorityAssessments,
              MonitoringPanel monitoringPanel, AdmissionSection admissionSection, Clock clock,
              ChildPrograms childPrograms, FamilyContacts contacts, Territory territory) {
        this.contacts = contacts;
        this.territory = territory;
        this.childPrograms = childPrograms;
        this.currentActor = currentActor;
        this.queries = queries;
        this.programs = programs;
        this.users = users;
        this.rankings = rankings;
        this.priorityAssessments = priorityAssessments;
        this.monitoringPanel = monitoringPanel;
        this.admissionSection = admissionSection;
        this.clock = clock;
    }

    /**
     * Runs a form's use case: on success a redirect with the message; on a validation or rule error the
     * page again, with the form as typed and the error next to its field.
     */
    public String handle(UUID entryId, BindingResult result, Map<String, String> fieldNames, Model model,
                          RedirectAttributes redirect, HttpServletResponse response, Supplier<String> useCase) {
        return FormSubmit.of(result, response).invalidAs(HttpStatus.UNPROCESSABLE_CONTENT).staleOnThePage()
                .fieldNames(fieldNames)
                .redirect(redirect, "/entries/" + entryId, useCase, () -> render(entryId, model));
    }

    String render(UUID entryId, Model model) {
        Actor actor = currentActor.get();
        EntryView view = queries.entry(actor, entryId);
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("view", view);
        model.addAttribute("today", today);
        model.addAttribute("age", view.child().ageOn(today));
        model.addAttribute("rankingPlace", rankings.placeOf(actor, entryId).orElse(null));
        model.addAttribute("canGather", actor.can(Permission.GATHER_BACKGROUND));
        model.addAttribute("canDecide", actor.can(Permission.DECIDE_ADMISSIBILITY));
        model.addAttribute("canExit", actor.can(Permission.RECORD_EXITS));
        model.addAttribute("canCorrectChild", actor.can(Permission.REGISTER_REFERRALS));
        model.addAttribute("priority", priorityAssessments.current(actor, entryId).orElse(null));
        model.addAttribute("canAssessPriority", actor.can(Permission.ASSESS_PRIORITY));
        model.addAttribute("actionKinds", BackgroundActionKind.values());
        model.addAttribute("exitReasons", ExitReason.otherExits());
        // How to reach the family: shown beside the monitoring and the admission interview, corrected in its form.
        FamilyContacts.ContactView contact = contacts.of(actor, entryId);
        model.addAttribute("contact", contact);
        model.addAttribute("canEditContact", FamilyContacts.mayChange(actor));
        model.addAttribute("regions", territory.regionsWithComunas());
        BindingResult contactErrors = (BindingResult) model.getAttribute(BindingResult.MODEL_KEY_PREFIX + "contactInput");
        // A re-validation that could not reach the family comes back here to correct the contact.
        model.addAttribute("contactFormOpen", (contactErrors != null && contactErrors.hasErrors())
                || "contact".equals(model.getAttribute("revalidationNext")));
        if (!model.containsAttribute("contactInput")) {
            model.addAttribute("contactInput", Inputs.ContactInput.of(contact));
        }
        admissionSection.addTo(model, view, actor, today, contact.details());
        model.addAttribute("staff", users.staffOf(view.entry().programId()));
        // The more pertinent program is chosen only while a decision is pending: no need to list the network otherwise.
        model.addAttribute("network", !view.entry().isAwaitingDecision() ? List.of() : programs.allPrograms().stream()
                .filter(p -> !p.id().equals(view.entry().programId())).toList());
        monitoringPanel.addTo(model, actor, view, today);
        // Over-intervention: where else the child waits or is cared for (program, modality, state, since only).
        model.addAttribute("childPrograms", childPrograms.ofEntry(actor, entryId));
        long version = view.entry().version();
        if (!model.containsAttribute("backgroundActionInput")) {
            model.addAttribute("backgroundActionInput", Inputs.BackgroundActionInput.startingOn(today, actor));
        }
        if (!model.containsAttribute("sufficiencyInput")) {
            model.addAttribute("sufficiencyInput", Inputs.SufficiencyInput.changing(view.entry()));
        }
        if (!model.containsAttribute("decisionInput")) {
            model.addAttribute("decisionInput", Inputs.DecisionInput.startingOn(today, version));
        }
        BindingResult childErrors = (BindingResult) model.getAttribute(BindingResult.MODEL_KEY_PREFIX + "childForm");
        model.addAttribute("childFormOpen", childErrors != null && childErrors.hasErrors());
        if (!model.containsAttribute("childForm")) {
            Forms.ChildForm form = new Forms.ChildForm();
            form.setRut(view.child().rut());
            form.setGivenNames(view.child().givenNames());
            form.setPaternalSurname(view.child().paternalSurname());
            form.setMaternalSurname(view.child().maternalSurname());
            form.setBirthDate(view.child().birthDate());
            model.addAttribute("childForm", form);
        }
        if (!model.containsAttribute("reopenInput")) {
            model.addAttribute("reopenInput", Inputs.ReopenInput.of(version));
        }
        // A refused step stays on screen with its reason, even when another user's record made it no longer pending.
        BindingResult senainfoErrors = (BindingResult) model.getAttribute(BindingResult.MODEL_KEY_PREFIX + "senainfoInput");
        model.addAttribute("senainfoFormOpen", view.entry().senainfoState().isPending()
                || (senainfoErrors != null && senainfoErrors.hasErrors()));
        Inputs.SenainfoInput next = Inputs.SenainfoInput.next(view.entry(), today);
        // A refused form keeps its errors and what was typed, even a date that did not convert (the record is then no
        // object in the model, only its errors): it is replaced only when nothing was sent.
        if (!model.containsAttribute("senainfoInput")) {
            model.addAttribute("senainfoInput", next);
        }
        // The step as sent when it is one (its heading, date label and button), else the one pending.
        if (model.getAttribute("senainfoStep") == null) {
            model.addAttribute("senainfoStep", next.senainfoStep());
        }
        if (!model.containsAttribute("exitInput")) {
            model.addAttribute("exitInput", Inputs.ExitInput.startingOn(today, version));
        }
        String refused = refusedForm(model);
        // A re-validation that found the program no longer needed comes back here to record the exit.
        model.addAttribute("openForm", refused == null && "exit".equals(model.getAttribute("revalidationNext"))
                ? "exitInput" : refused);
        return "waitinglist/entry/entry";
    }

    /**
     * The page shows each action's form closed until the user picks it: the one a failed submit came back with
     * opens by itself, with its errors and what was typed. Its model name, or null.
     */
    private static String refusedForm(Model model) {
        return model.asMap().entrySet().stream()
                .filter(e -> e.getKey().startsWith(BindingResult.MODEL_KEY_PREFIX)
                        && e.getValue() instanceof BindingResult result && result.hasErrors())
                .map(e -> e.getKey().substring(BindingResult.MODEL_KEY_PREFIX.length()))
                .findFirst().orElse(null);
    }
}
