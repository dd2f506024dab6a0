package cl.circuito.waitinglist.admission.web;

import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Permission;
import cl.circuito.waitinglist.admission.AdmissionQueries;
import cl.circuito.waitinglist.entry.EntryView;
import cl.circuito.waitinglist.entry.FamilyContact;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import java.time.LocalDate;

/**
 * The admission part of the entry page (template waitinglist/admission/admission-section): scheduling, interview,
 * admission and the estimated admission date with its history, and the forms of a scheduled child. Forms
 * already in the model (re-rendered after an error) are kept as the user typed them.
 */
@Component
public class AdmissionSection {

    public static final String INTERVIEW = "admissionInterview";
    public static final String ADMIT = "admissionAdmit";
    public static final String UNSCHEDULE = "admissionUnschedule";

    private final AdmissionQueries queries;

    AdmissionSection(AdmissionQueries queries) {
        this.queries = queries;
    }

    /** @param contact the family's recorded contact: the interview starts from its address */
    public void addTo(Model model, EntryView view, Actor actor, LocalDate today, FamilyContact contact) {
        long version = view.entry().version();
        model.addAttribute("admission", queries.forEntry(view));
        model.addAttribute("canAdmit", actor.can(Permission.MANAGE_ADMISSIONS));
        if (!model.containsAttribute(INTERVIEW)) {
            model.addAttribute(INTERVIEW, AdmissionInputs.AdmissionInterviewInput.startingOn(today, version, contact));
        }
        if (!model.containsAttribute(ADMIT)) {
            model.addAttribute(ADMIT, AdmissionInputs.AdmissionInput.startingOn(today, version));
        }
        if (!model.containsAttribute(UNSCHEDULE)) {
            model.addAttribute(UNSCHEDULE, AdmissionInputs.AdmissionUnscheduleInput.of(version));
        }
    }
}
