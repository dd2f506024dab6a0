package cl.circuito.circuit.overlaps.web;

import cl.circuito.circuit.overlaps.MesaOverlaps;
import cl.circuito.shared.security.CurrentActor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.util.UUID;

/** A Mesa's children in several programs at once (under the tab "cases"): candidates for a case review. */
@Controller
class SharedChildrenController {

    private final CurrentActor currentActor;
    private final MesaOverlaps overlaps;

    SharedChildrenController(CurrentActor currentActor, MesaOverlaps overlaps) {
        this.currentActor = currentActor;
        this.overlaps = overlaps;
    }

    @GetMapping("/mesas/{mesaId}/shared-children")
    String sharedChildren(@PathVariable UUID mesaId, Model model) {
        MesaOverlaps.View view = overlaps.of(currentActor.get(), mesaId);
        model.addAttribute("mesaHeader", view.header());
        model.addAttribute("view", view);
        return "circuit/shared-children";
    }
}
