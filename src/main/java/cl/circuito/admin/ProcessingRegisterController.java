package cl.circuito.admin;

import cl.circuito.shared.web.Downloads;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The register of processing activities, for the administrator and the national team: a page, a PDF and a sheet. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'NATIONAL_TEAM')")
class ProcessingRegisterController {

    private final ProcessingRegister register;

    ProcessingRegisterController(ProcessingRegister register) {
        this.register = register;
    }

    @GetMapping("/admin/processing-register")
    String page(Model model) {
        model.addAttribute("rows", register.rows());
        return "admin/processing-register";
    }

    @GetMapping("/admin/processing-register.pdf")
    ResponseEntity<byte[]> pdf() {
        return Downloads.attachment("registro-actividades-tratamiento.pdf", Downloads.PDF, register.pdf());
    }

    @GetMapping("/admin/processing-register.xlsx")
    ResponseEntity<byte[]> xlsx() {
        return Downloads.attachment("registro-actividades-tratamiento.xlsx", Downloads.XLSX, register.xlsx());
    }
}
