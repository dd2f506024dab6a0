package cl.circuito.waitinglist.importing.web;

import cl.circuito.network.ProgramDirectory;
import cl.circuito.network.ProgramSummary;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.CurrentActor;
import cl.circuito.shared.tables.Uploads;
import cl.circuito.shared.web.Downloads;
import cl.circuito.shared.web.FormSubmit;
import cl.circuito.shared.web.Messages;
import cl.circuito.waitinglist.importing.ImportChoices;
import cl.circuito.waitinglist.importing.ListField;
import cl.circuito.waitinglist.importing.ListImports;
import cl.circuito.waitinglist.importing.Preview;
import cl.circuito.waitinglist.importing.RowReader;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The director brings in the program's earlier list: uploads it, checks the mapping and the preview (the mapping
 * form is a GET of the same page, so each change shows the preview again and the address keeps it), confirms, and
 * follows the progress.
 */
@Controller
@RequestMapping("/programs/{programId}/import")
class ListImportController {

    /** Rows of each kind shown on the preview; the counts say the rest, the refused rows' file has them all. */
    static final int SHOWN = 200;
    private static final String UPLOAD_FORM = "form";
    private static final String MAPPING_FORM = "mapping";

    private final CurrentActor currentActor;
    private final ListImports imports;
    private final ProgramDirectory programs;
    private final Messages messages;
    private final Clock clock;

    ListImportController(CurrentActor currentActor, ListImports imports, ProgramDirectory programs,
                         Messages messages, Clock clock) {
        this.clock = clock;
        this.currentActor = currentActor;
        this.imports = imports;
        this.programs = programs;
        this.messages = messages;
    }

    @GetMapping
    String start(@PathVariable UUID programId, Model model) {
        model.addAttribute(UPLOAD_FORM, new ImportInputs.UploadInput(null));
        return showStart(programId, model);
    }

    @PostMapping
    String upload(@PathVariable UUID programId, @Valid @ModelAttribute(UPLOAD_FORM) ImportInputs.UploadInput form,
                  BindingResult result, HttpServletResponse response, Model model) {
        Actor actor = currentActor.get();
        return FormSubmit.attempted(result, response, () -> imports.upload(actor, programId,
                        form.file().getOriginalFilename(), form.bytes()))
                .map(upload -> "redirect:/programs/" + programId + "/import/" + upload.id())
                .orElseGet(() -> showStart(programId, model));
    }

    @GetMapping("/{uploadId}")
    String preview(@PathVariable UUID programId, @PathVariable UUID uploadId,
                   @ModelAttribute(MAPPING_FORM) ImportInputs.MappingInput input, Model model) {
        return showPreview(programId, uploadId, input, model);
    }

    @GetMapping("/{uploadId}/errors")
    ResponseEntity<byte[]> errors(@PathVariable UUID programId, @PathVariable UUID uploadId,
                                  @ModelAttribute(MAPPING_FORM) ImportInputs.MappingInput input) {
        Actor actor = currentActor.get();
        Uploads.Upload upload = imports.uploaded(actor, programId, uploadId);
        byte[] file = imports.errorFile(actor, programId, uploadId, input.chosenColumns(), input.choices());
        return Downloads.attachment(messages.get("import.errorFile.name", baseName(upload.fileName())),
                Downloads.CSV, file);
    }

    @PostMapping("/{uploadId}/confirm")
    String confirm(@PathVariable UUID programId, @PathVariable UUID uploadId,
                   @Valid @ModelAttribute(MAPPING_FORM) ImportInputs.MappingInput input, BindingResult result,
                   HttpServletResponse response, Model model) {
        Actor actor = currentActor.get();
        return FormSubmit.attempted(result, response, () -> imports.confirm(actor, programId, uploadId,
                        input.chosenColumns(), input.choices()))
                .map(importId -> "redirect:/programs/" + programId + "/import/runs/" + importId)
                .orElseGet(() -> showPreview(programId, uploadId, input, model));
    }

    @GetMapping("/runs/{importId}")
    String run(@PathVariable UUID programId, @PathVariable UUID importId, Model model) {
        Actor actor = currentActor.get();
        model.addAttribute("program", imports.programFor(actor, programId));
        model.addAttribute("run", imports.status(actor, programId, importId));
        return "waitinglist/importing/run";
    }

    /** The progress alone, polled by the run page until the import ends. */
    @GetMapping("/runs/{importId}/progress")
    String progress(@PathVariable UUID programId, @PathVariable UUID importId, Model model) {
        Actor actor = currentActor.get();
        model.addAttribute("program", imports.programFor(actor, programId));
        model.addAttribute("run", imports.status(actor, programId, importId));
        return "waitinglist/importing/run :: progress";
    }

    private String showStart(UUID programId, Model model) {
        Actor actor = currentActor.get();
        model.addAttribute("program", imports.programFor(actor, programId));
        model.addAttribute("history", imports.history(actor, programId));
        model.addAttribute("fields", ListField.values());
        return "waitinglist/importing/start";
    }

    private String showPreview(UUID programId, UUID uploadId, ImportInputs.MappingInput typed, Model model) {
        Actor actor = currentActor.get();
        ProgramSummary program = imports.programFor(actor, programId);
        Uploads.Upload upload = imports.uploaded(actor, programId, uploadId);
        ImportChoices choices = imports.choices(programId, typed.chosenColumns(), typed.choices());
        ImportInputs.MappingInput input = new ImportInputs.MappingInput(typed.columns(), choices.backgroundSufficient(),
                choices.referrers());
        model.addAttribute(MAPPING_FORM, input);
        Preview preview = imports.preview(actor, programId, uploadId, input.chosenColumns(), choices);
        model.addAttribute("program", program);
        model.addAttribute("upload", upload);
        model.addAttribute("preview", preview);
        model.addAttribute("fields", ListField.values());
        model.addAttribute("referrers", programs.activeReferrers());
        model.addAttribute("unknownReferrers", preview.unknownReferrers().stream().map(name -> {
            String key = RowReader.referrerKey(name);
            return new UnknownReferrer(name, key, input.choices().referrers().get(key));
        }).toList());
        Map<String, String> params = params(preview, input);
        model.addAttribute("mappingParams", params);
        model.addAttribute("mappingQuery", String.join("&", params.entrySet().stream()
                .map(p -> encode(p.getKey()) + "=" + encode(p.getValue())).toList()));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("shown", SHOWN);
        return "waitinglist/importing/preview";
    }

    /** The mapping as query parameters, for the refused rows' link: the same file the page describes. */
    private static Map<String, String> params(Preview preview, ImportInputs.MappingInput input) {
        Map<String, String> params = new TreeMap<>();
        preview.mapping().columns().forEach((column, field) -> params.put("columns[" + column + "]", field.name()));
        if (input.backgroundSufficient() != null) {
            params.put("backgroundSufficient", input.backgroundSufficient().toString());
        }
        input.choices().referrers().forEach((name, id) -> params.put("referrers[" + name + "]", id.toString()));
        return params;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String baseName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    /** A referrer name the network does not know, the key of its choice on the page, and what was chosen. */
    record UnknownReferrer(String name, String key, UUID chosen) {
    }
}
