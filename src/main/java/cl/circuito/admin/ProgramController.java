package cl.circuito.admin;

import cl.circuito.identity.User;
import cl.circuito.identity.UserAdministration;
import cl.circuito.network.NetworkAdministration;
import cl.circuito.network.NetworkAdministration.ProgramCriteria;
import cl.circuito.network.NetworkAdministration.ProgramData;
import cl.circuito.network.NetworkAdministration.Versioned;
import cl.circuito.network.ProgramDirectory;
import cl.circuito.network.ProgramSummary;
import cl.circuito.network.Territory;
import cl.circuito.shared.NotFound;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.CurrentActor;
import cl.circuito.shared.security.Role;
import cl.circuito.shared.web.FormSubmit;
import cl.circuito.shared.web.Messages;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.data.domain.Page;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

@Controller
@RequestMapping("/admin/programs")
@PreAuthorize("hasRole('ADMIN')")
class ProgramController {

    private static final String FORM = "admin/program-form";
    private static final String LIST = "redirect:/admin/programs";

    private final NetworkAdministration network;
    private final ProgramDirectory directory;
    private final ProgramStaffing staffing;
    private final UserAdministration users;
    private final Territory territory;
    private final CurrentActor currentActor;
    private final Messages messages;

    ProgramController(NetworkAdministration network, ProgramDirectory directory, ProgramStaffing staffing,
                      UserAdministration users, Territory territory, CurrentActor currentActor, Messages messages) {
        this.network = network;
        this.directory = directory;
        this.staffing = staffing;
        this.users = users;
        this.territory = territory;
        this.currentActor = currentActor;
        this.messages = messages;
    }

    /** One page of programs by name: search by program or institution, filter by region and modality. */
    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String region,
                @RequestParam(required = false) String modality, @RequestParam(defaultValue = "0") int page,
                HtmxRequest htmx, Model model) {
        Actor actor = currentActor.get();
        ProgramCriteria criteria = new ProgramCriteria(q, region, modality);
        Page<ProgramSummary> rows = AdminLists.page(page, pageable -> network.searchPrograms(actor, criteria, pageable));
        Set<UUID> directors = rows.stream().map(ProgramSummary::directorUserId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        model.addAttribute("rows", rows);
        model.addAttribute("directorNames", users.fullNames(actor, directors));
        model.addAttribute("q", q);
        model.addAttribute("region", criteria.regionCode());
        model.addAttribute("modality", criteria.modalityCode());
        model.addAttribute("regions", territory.regionsWithComunas());
        model.addAttribute("modalities", network.modalities());
        model.addAttribute("filtered", criteria.filters());
        model.addAttribute("pageUrl", AdminLists.url("/admin/programs", "q", q, "region", criteria.regionCode(),
                "modality", criteria.modalityCode()));
        return AdminLists.view(htmx, "admin/programs", "programs");
    }

    @GetMapping("/new")
    String newForm(@RequestParam(name = "institution", required = false) UUID institutionId, Model model) {
        ProgramForm form = new ProgramForm();
        form.setInstitutionId(institutionId);
        model.addAttribute(form);
        return form(model, null);
    }

    @PostMapping
    String create(@Valid @ModelAttribute ProgramForm programForm, BindingResult result, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        Optional<ProgramSummary> saved = FormSubmit.attempted(result, response,
                () -> staffing.create(currentActor.get(), programForm.getInstitutionId(),
                        programForm.toData(), programForm.getDirectorUserId()));
        if (saved.isEmpty()) {
            return form(model, null);
        }
        redirect.addFlashAttribute("success", messages.get("admin.program.created", saved.get().name()));
        return LIST;
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable UUID id, Model model) {
        ProgramSummary program = summary(id);
        Versioned<ProgramData> stored = network.program(currentActor.get(), id);
        model.addAttribute(ProgramForm.of(program.institutionId(), stored.version(), stored.data(),
                program.directorUserId()));
        return form(model, program);
    }

    @PostMapping("/{id}")
    String update(@PathVariable UUID id, @Valid @ModelAttribute ProgramForm programForm, BindingResult result,
                  Model model, RedirectAttributes redirect, HttpServletResponse response) {
        ProgramSummary program = summary(id);
        Optional<ProgramSummary> saved = FormSubmit.attempted(result, response,
                () -> staffing.update(currentActor.get(), id, programForm.getVersion(),
                        programForm.toData(), programForm.getDirectorUserId()));
        if (saved.isEmpty()) {
            return form(model, program);
        }
        redirect.addFlashAttribute("success", messages.get("admin.program.updated", saved.get().name()));
        return LIST;
    }

    private ProgramSummary summary(UUID id) {
        return directory.find(id).orElseThrow(() -> new NotFound("program"));
    }

    /** The form's choices; {@code program} is null when creating. */
    private String form(Model model, ProgramSummary program) {
        Actor actor = currentActor.get();
        UUID currentDirector = program == null ? null : program.directorUserId();
        List<User> directors = users.all(actor).stream()
                .filter(u -> u.role() == Role.PROGRAM_DIRECTOR && (u.enabled() || u.id().equals(currentDirector)))
                .toList();
        model.addAttribute("program", program);
        model.addAttribute("institutions", network.institutions(actor));
        model.addAttribute("modalities", network.modalities());
        model.addAttribute("regions", network.comunasByRegion());
        model.addAttribute("directors", directors);
        return FORM;
    }
}
