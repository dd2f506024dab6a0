package cl.circuito.courtorders.ledger.web;

import cl.circuito.courtorders.ledger.CourtOrders;
import cl.circuito.courtorders.ledger.OrderTexts;
import cl.circuito.shared.security.CurrentActor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.util.UUID;

/** The ledger's pages: a program's court orders, and one order (reached from the entry's page). */
@Controller
class CourtOrdersController {

    private final CurrentActor currentActor;
    private final CourtOrders orders;
    private final OrderTexts cells;

    CourtOrdersController(CurrentActor currentActor, CourtOrders orders, OrderTexts cells) {
        this.currentActor = currentActor;
        this.orders = orders;
        this.cells = cells;
    }

    @GetMapping("/programs/{programId}/court-orders")
    String ofProgram(@PathVariable UUID programId, Model model) {
        CourtOrders.ProgramOrders found = orders.ofProgram(currentActor.get(), programId);
        model.addAttribute("program", found.program());
        model.addAttribute("orders", found.orders());
        model.addAttribute("cells", cells);
        return "courtorders/ledger/orders";
    }

    @GetMapping("/entries/{entryId}/court-order")
    String order(@PathVariable UUID entryId, Model model) {
        model.addAttribute("order", orders.order(currentActor.get(), entryId));
        model.addAttribute("cells", cells);
        return "courtorders/ledger/order";
    }
}
