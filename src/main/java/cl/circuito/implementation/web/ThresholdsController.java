package cl.circuito.implementation.web;

import cl.circuito.implementation.scorecards.IndicatorKind;
import cl.circuito.implementation.scorecards.MonitoringThresholds;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.CurrentActor;
import cl.circuito.shared.security.Permission;
import cl.circuito.shared.web.FormSubmit;
import cl.circuito.shared.web.Messages;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.math.BigDecimal;

/** The thresholds of the marks: read by whoever monitors, changed one indicator at a time by the national team. */
@Controller
class ThresholdsController {

    static final int HISTORY = 50;

    private final CurrentActor currentActor;
    private final MonitoringThresholds thresholds;
    private final Messages messages;

    ThresholdsController(CurrentActor currentActor, MonitoringThresholds thresholds, Messages messages) {
        this.currentActor = currentActor;
        this.thresholds = thresholds;
        this.messages = messages;
    }

    /** What was typed, kept as text so a failed submit shows it again. */
    public static class ThresholdForm {
        private Long version;
        private String green;
        private String amber;

        public Long getVersion() {
            return version;
        }

        public void setVersion(Long version) {
            this.version = version;
        }

        public String getGreen() {
            return green;
        }

        public void setGreen(String green) {
            this.green = green;
        }

        public String getAmber() {
            return amber;
        }

        public void setAmber(String amber) {
            this.amber = amber;
        }
    }

    @GetMapping("/implementation/thresholds")
    String page(Model model) {
        return page(currentActor.get(), null, model);
    }

    @PostMapping("/implementation/thresholds/{kind}")
    String change(@PathVariable IndicatorKind kind, @ModelAttribute("thresholdForm") ThresholdForm form,
                  BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Actor actor = currentActor.get();
        actor.require(Permission.SET_MONITORING_THRESHOLDS);
        BigDecimal green = parse(form.getGreen(), "green", result);
        BigDecimal amber = parse(form.getAmber(), "amber", result);
        return FormSubmit.of(result, response).invalidAs(HttpStatus.UNPROCESSABLE_CONTENT)
                .redirect(redirect, "/implementation/thresholds", () -> {
                    thresholds.change(actor, kind, form.getVersion(), green, amber);
                    return messages.get("implementation.thresholds.saved",
                            messages.get("implementation.indicator." + kind.name()));
                }, () -> page(actor, kind, model));
    }

    private String page(Actor actor, IndicatorKind failed, Model model) {
        model.addAttribute("rules", thresholds.all(actor).values());
        model.addAttribute("history", thresholds.history(actor, HISTORY));
        model.addAttribute("edits", actor.can(Permission.SET_MONITORING_THRESHOLDS));
        model.addAttribute("failed", failed);
        return "implementation/thresholds";
    }

    /** Accepts "75", "0,5" and "0.5"; anything else is an error on the field with what was typed kept. */
    private static BigDecimal parse(String typed, String field, BindingResult result) {
        if (typed == null || typed.isBlank()) {
            result.rejectValue(field, "implementation.error.required");
            return null;
        }
        try {
            return new BigDecimal(typed.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            result.rejectValue(field, "implementation.error.number");
            return null;
        }
    }

}
