package cl.circuito.circuit.capacity.web;

import cl.circuito.circuit.capacity.CapacityWorkbook;
import cl.circuito.circuit.capacity.NetworkCapacity;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.CurrentActor;
import cl.circuito.shared.web.Downloads;
import cl.circuito.shared.web.FormSubmit;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import tools.jackson.databind.json.JsonMapper;

/**
 * The capacity the network needs (top bar "Capacidad"; a program's dashboard and the flows page link here): the
 * what-if form, the trend and forecast chart, and the tables with the same numbers; the same as xlsx. A value out of
 * range comes back next to its field with what was typed.
 */
@Controller
class CapacityController {

    private final CurrentActor currentActor;
    private final NetworkCapacity capacity;
    private final CapacityWorkbook workbook;
    private final JsonMapper json;

    CapacityController(CurrentActor currentActor, NetworkCapacity capacity, CapacityWorkbook workbook,
                       JsonMapper json) {
        this.currentActor = currentActor;
        this.capacity = capacity;
        this.workbook = workbook;
        this.json = json;
    }

    @GetMapping("/capacity")
    String capacity(@ModelAttribute("capacityForm") CapacityForm form, BindingResult result, Model model,
                    HttpServletResponse response) {
        Actor actor = currentActor.get();
        var choices = capacity.choices(actor);
        model.addAttribute("choices", choices);
        if (choices.isEmpty()) {
            return "circuit/capacity";
        }
        FormSubmit.attempted(result, response, () -> capacity.of(actor, form.question()))
                .ifPresent(report -> {
                    form.setArea(report.areaValue());
                    model.addAttribute("report", report);
                    // The chart reads the API's own shape from a data- attribute: no inline script under the CSP.
                    model.addAttribute("chartJson", json.writeValueAsString(CapacityResponse.of(report)));
                });
        return "circuit/capacity";
    }

    @GetMapping("/capacity/capacidad.xlsx")
    ResponseEntity<byte[]> xlsx(@ModelAttribute CapacityForm form) {
        CapacityWorkbook.File file = workbook.xlsx(currentActor.get(), form.question());
        return Downloads.attachment(file.fileName(), Downloads.XLSX, file.content());
    }
}
