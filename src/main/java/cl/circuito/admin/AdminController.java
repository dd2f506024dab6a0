package cl.circuito.admin;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The administration's index: what there is to manage. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AdminController {

    @GetMapping("/admin")
    String index() {
        return "admin/index";
    }
}
