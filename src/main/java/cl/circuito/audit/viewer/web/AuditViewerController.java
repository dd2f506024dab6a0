package cl.circuito.audit.viewer.web;

import cl.circuito.audit.AuditAction;
import cl.circuito.audit.chain.AuditChain;
import cl.circuito.audit.viewer.AuditViewer;
import cl.circuito.shared.documents.CsvWriter;
import cl.circuito.shared.documents.Spreadsheet;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.CurrentActor;
import cl.circuito.shared.security.Permission;
import cl.circuito.shared.text.ChileanDates;
import cl.circuito.shared.web.Downloads;
import cl.circuito.shared.web.Messages;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The audit viewer's page: the admin and the national team read the whole trail, filter it, take it out as CSV or
 * xlsx (audited), and the admin checks the hash chain on demand.
 */
@Controller
@RequestMapping("/admin/audit")
class AuditViewerController {

    private final CurrentActor actors;
    private final AuditViewer viewer;
    private final AuditChain chain;
    private final Messages messages;

    AuditViewerController(CurrentActor actors, AuditViewer viewer, AuditChain chain, Messages messages) {
        this.actors = actors;
        this.viewer = viewer;
        this.chain = chain;
        this.messages = messages;
    }

    @GetMapping
    String page(@Valid @ModelAttribute("filter") AuditFilter filter, Model model) {
        Actor actor = actors.get();
        AuditViewer.Page page = viewer.page(actor, filter.criteria(), filter.cursor());
        model.addAttribute("page", page);
        model.addAttribute("next", AuditFilter.token(page.next()));
        model.addAttribute("actions", AuditAction.values());
        model.addAttribute("programs", viewer.programs());
        model.addAttribute("mayCheck", actor.can(Permission.MANAGE_USERS));
        model.addAttribute("lastCheck", chain.lastCheck().orElse(null));
        return "audit/viewer";
    }

    @GetMapping("/export.csv")
    ResponseEntity<byte[]> csv(@Valid @ModelAttribute AuditFilter filter) {
        List<AuditViewer.Line> lines = viewer.export(actors.get(), filter.criteria(), "CSV");
        CsvWriter csv = new CsvWriter();
        csv.line(headers());
        lines.forEach(line -> csv.line(cells(line)));
        return Downloads.attachment(fileName("csv"), Downloads.CSV, csv.toBytes());
    }

    @GetMapping("/export.xlsx")
    ResponseEntity<byte[]> xlsx(@Valid @ModelAttribute AuditFilter filter) {
        List<AuditViewer.Line> lines = viewer.export(actors.get(), filter.criteria(), "XLSX");
        Spreadsheet sheet = Spreadsheet.create(messages.get("auditviewer.sheet"), headers());
        lines.forEach(line -> sheet.row(cells(line).toArray()));
        return Downloads.attachment(fileName("xlsx"), Downloads.XLSX, sheet.toBytes());
    }

    @PostMapping("/verify")
    String verify(RedirectAttributes redirect) {
        Actor actor = actors.get();
        actor.require(Permission.MANAGE_USERS);
        AuditChain.Verification result = chain.verify(actor.userId());
        redirect.addFlashAttribute("checked", result);
        return "redirect:/admin/audit";
    }

    private List<String> headers() {
        return List.of(messages.get("auditviewer.column.when"), messages.get("auditviewer.column.who"),
                messages.get("auditviewer.column.action"), messages.get("auditviewer.column.what"),
                messages.get("auditviewer.column.program"), messages.get("auditviewer.column.record"),
                messages.get("auditviewer.column.details"));
    }

    private static List<String> cells(AuditViewer.Line line) {
        return List.of(ChileanDates.dayAndTimeToTheSecond(line.occurredAt().atZone(ChileanDates.CHILE)),
                line.actorName(), line.actionLabel(), line.what(),
                line.programName() == null ? "" : line.programName(),
                line.subjectId() == null ? "" : line.subjectId().toString(),
                line.details().stream().map(change -> change.label() + ": " + change.text())
                        .collect(Collectors.joining("; ")));
    }

    private static String fileName(String extension) {
        return "registro-de-auditoria." + extension;
    }
}
