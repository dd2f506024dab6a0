package cl.circuito.circuit.flows.web;

import cl.circuito.circuit.flows.ReferralFlows;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.CurrentActor;
import cl.circuito.shared.security.Permission;
import cl.circuito.shared.web.FormSubmit;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import tools.jackson.databind.json.JsonMapper;

import java.time.format.DateTimeFormatter;

/**
 * Referral flows of a comuna (top bar "Flujos"): the Sankey diagram, the waiting-time distribution and the
 * tables with the same numbers. A bad date comes back next to its field with what was typed.
 */
@Controller
class FlowsController {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;

    private final CurrentActor currentActor;
    private final ReferralFlows flows;
    private final JsonMapper json;

    FlowsController(CurrentActor currentActor, ReferralFlows flows, JsonMapper json) {
        this.currentActor = currentActor;
        this.flows = flows;
        this.json = json;
    }

    @GetMapping("/flows")
    String flows(@ModelAttribute("flowsForm") FlowsForm form, BindingResult result, Model model,
                 HttpServletResponse response) {
        Actor actor = currentActor.get();
        var comunas = flows.comunas(actor);
        model.addAttribute("comunas", comunas);
        if (comunas.isEmpty()) {
            // Staff without programs: say why there is nothing to see; the admin keeps no child records at all.
            actor.require(Permission.READ_CHILD_RECORDS);
            return "circuit/flows";
        }
        // A period the flows cannot be counted for is said next to its field, with what was typed.
        FormSubmit.attempted(result, response, () -> flows.of(actor, form.getComuna(), form.getFrom(), form.getTo()))
                .ifPresent(report -> {
                    form.setComuna(report.comunaCode());
                    form.setFrom(ISO.format(report.from()));
                    form.setTo(ISO.format(report.to()));
                    model.addAttribute("report", report);
                    // The diagrams read the API's own shape from a data- attribute: no inline script under the CSP.
                    model.addAttribute("chartJson", json.writeValueAsString(FlowsApi.FlowsResponse.of(report)));
                });
        return "circuit/flows";
    }
}
