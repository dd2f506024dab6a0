package cl.circuito.admin.importing.web;

import cl.circuito.admin.importing.NetworkImport;
import cl.circuito.admin.importing.NetworkImportKind;
import cl.circuito.admin.importing.NetworkImportPreview;
import cl.circuito.admin.importing.NetworkImportResult;
import cl.circuito.shared.NotFound;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.CurrentActor;
import cl.circuito.shared.security.Permission;
import cl.circuito.shared.web.Downloads;
import cl.circuito.shared.web.FormSubmit;
import cl.circuito.shared.web.Messages;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The page that brings the network in from a sheet: choose what, upload, check the preview, confirm. The admin and
 * the national team (which may not create administrators or national-team users).
 */
@Controller
@RequestMapping("/admin/import")
@PreAuthorize("hasAnyRole('ADMIN', 'NATIONAL_TEAM')")
class NetworkImportController {

    private static final String PAGE = "admin/import";

    private final NetworkImport imports;
    private final CurrentActor currentActor;
    private final Messages messages;

    NetworkImportController(NetworkImport imports, CurrentActor currentActor, Messages messages) {
        this.imports = imports;
        this.currentActor = currentActor;
        this.messages = messages;
    }

    @GetMapping
    String page(@RequestParam(required = false) NetworkImportKind kind, Model model) {
        ImportUploadForm form = new ImportUploadForm();
        form.setImportKind(kind == null ? NetworkImportKind.INSTITUTIONS : kind);
        model.addAttribute(form);
        return page(model);
    }

    @PostMapping
    String upload(@Valid @ModelAttribute ImportUploadForm importUploadForm, BindingResult result, Model model,
                  HttpServletResponse response) {
        Actor actor = currentActor.get();
        Optional<NetworkImportPreview> preview = FormSubmit.attempted(result, response,
                () -> imports.upload(actor, importUploadForm.getImportKind(), importUploadForm.fileName(),
                        importUploadForm.content()));
        if (preview.isEmpty()) {
            return page(model);
        }
        return "redirect:/admin/import/" + preview.get().kind().path() + "/" + preview.get().uploadId();
    }

    @GetMapping("/{kind}/{uploadId}")
    String preview(@PathVariable String kind, @PathVariable UUID uploadId, Model model) {
        model.addAttribute("preview", imports.preview(currentActor.get(), kind(kind), uploadId));
        return "admin/import-preview";
    }

    @PostMapping("/{kind}/{uploadId}/confirm")
    String confirm(@PathVariable String kind, @PathVariable UUID uploadId, RedirectAttributes redirect) {
        NetworkImportResult done = imports.confirm(currentActor.get(), kind(kind), uploadId);
        redirect.addFlashAttribute("success", messages.get("networkImport.done",
                messages.get("networkImport.kind." + done.kind().name()), done.fileName(), done.created(), done.existing(),
                done.refused()));
        return "redirect:/admin/import?kind=" + done.kind().name();
    }

    @GetMapping("/{kind}/{uploadId}/refused.csv")
    ResponseEntity<byte[]> refusedRows(@PathVariable String kind, @PathVariable UUID uploadId) {
        NetworkImportKind what = kind(kind);
        return Downloads.attachment("filas-con-problemas-" + messages.get("networkImport.kind." + what.name())
                        .toLowerCase(java.util.Locale.ROOT).replace(' ', '-') + ".csv", Downloads.CSV,
                imports.refusedRows(currentActor.get(), what, uploadId));
    }

    private String page(Model model) {
        Actor actor = currentActor.get();
        Map<NetworkImportKind, Map<String, List<String>>> columns = new LinkedHashMap<>();
        for (NetworkImportKind kind : NetworkImportKind.values()) {
            columns.put(kind, imports.columns(kind));
        }
        model.addAttribute("kinds", NetworkImportKind.values());
        model.addAttribute("columns", columns);
        model.addAttribute("national", !actor.can(Permission.MANAGE_USERS));
        return PAGE;
    }

    static NetworkImportKind kind(String path) {
        return NetworkImportKind.ofPath(path).orElseThrow(() -> new NotFound("networkImport"));
    }
}
