package cl.circuito.networkmap.map.web;

import cl.circuito.mesas.MesaDirectory;
import cl.circuito.mesas.MesaHeader;
import cl.circuito.mesas.MesaHeaders;
import cl.circuito.networkmap.map.ProtocolDocument;
import cl.circuito.networkmap.map.ProtocolRow;
import cl.circuito.networkmap.map.ProtocolStatus;
import cl.circuito.networkmap.map.Protocols;
import cl.circuito.networkmap.map.web.NetworkInputs.ProtocolInput;
import cl.circuito.networkmap.map.web.NetworkInputs.StatusInput;
import cl.circuito.shared.DomainException;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.CurrentActor;
import cl.circuito.shared.web.Downloads;
import cl.circuito.shared.web.FormSubmit;
import cl.circuito.shared.web.Messages;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The protocols of a Mesa with other sectors: the list with their statuses, the form with the document. */
@Controller
class ProtocolsController {

    private final CurrentActor currentActor;
    private final MesaHeaders headers;
    private final Protocols protocols;
    private final MesaDirectory directory;
    private final Messages messages;

    ProtocolsController(CurrentActor currentActor, MesaHeaders headers, Protocols protocols, MesaDirectory directory,
                        Messages messages) {
        this.currentActor = currentActor;
        this.headers = headers;
        this.protocols = protocols;
        this.directory = directory;
        this.messages = messages;
    }

    @GetMapping("/mesas/{mesaId}/protocols")
    String list(@PathVariable UUID mesaId, Model model) {
        return listPage(headers.of(currentActor.get(), mesaId), model);
    }

    @GetMapping("/mesas/{mesaId}/protocols/new")
    String newProtocol(@PathVariable UUID mesaId, Model model) {
        model.addAttribute("protocolForm", ProtocolInput.blank());
        return formPage(editableHeader(mesaId), null, model);
    }

    @PostMapping("/mesas/{mesaId}/protocols")
    String record(@PathVariable UUID mesaId, @Valid @ModelAttribute("protocolForm") ProtocolInput input,
                  BindingResult result, @RequestParam(name = "file", required = false) MultipartFile file, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        Actor actor = currentActor.get();
        MesaHeader header = editableHeader(mesaId);
        if (tried(result, response, model, () -> protocols.record(actor, mesaId, input.details(), input.status(),
                document(file)))) {
            redirect.addFlashAttribute("success", messages.get("networkmap.protocol.saved"));
            return "redirect:/mesas/" + mesaId + "/protocols";
        }
        return formPage(header, null, model);
    }

    @GetMapping("/mesas/{mesaId}/protocols/{protocolId}")
    String edit(@PathVariable UUID mesaId, @PathVariable UUID protocolId, Model model) {
        MesaHeader header = editableHeader(mesaId);
        ProtocolRow row = protocols.protocol(currentActor.get(), mesaId, protocolId);
        model.addAttribute("protocolForm", ProtocolInput.of(row));
        return formPage(header, row, model);
    }

    @PostMapping("/mesas/{mesaId}/protocols/{protocolId}")
    String change(@PathVariable UUID mesaId, @PathVariable UUID protocolId,
                  @Valid @ModelAttribute("protocolForm") ProtocolInput input, BindingResult result,
                  @RequestParam(name = "file", required = false) MultipartFile file, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        Actor actor = currentActor.get();
        MesaHeader header = editableHeader(mesaId);
        if (tried(result, response, model, () -> protocols.change(actor, mesaId, protocolId, input.version(),
                input.details(), document(file)))) {
            redirect.addFlashAttribute("success", messages.get("networkmap.protocol.saved"));
            return "redirect:/mesas/" + mesaId + "/protocols";
        }
        return formPage(header, protocols.protocol(actor, mesaId, protocolId), model);
    }

    @PostMapping("/mesas/{mesaId}/protocols/{protocolId}/status")
    String moveTo(@PathVariable UUID mesaId, @PathVariable UUID protocolId,
                  @Valid @ModelAttribute("status") StatusInput input, BindingResult result, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        Actor actor = currentActor.get();
        MesaHeader header = editableHeader(mesaId);
        return FormSubmit.oneOf("status", protocolId, result, response, model, messages)
                .redirect(redirect, "/mesas/" + mesaId + "/protocols", () -> {
                    protocols.moveTo(actor, mesaId, protocolId, input.version(), input.status());
                    return messages.get("networkmap.protocol.statusChanged",
                            messages.get("networkmap.status." + input.status()));
                }, () -> listPage(header, model));
    }

    @GetMapping("/mesas/{mesaId}/protocols/{protocolId}/document")
    ResponseEntity<byte[]> document(@PathVariable UUID mesaId, @PathVariable UUID protocolId) {
        ProtocolDocument document = protocols.document(currentActor.get(), mesaId, protocolId);
        return Downloads.attachment(document.fileName(), MediaType.parseMediaType(document.contentType()),
                document.bytes());
    }

    /**
     * The form's run. The signed document is a request part beside the input, no field of it: a refusal of the
     * document is said on the whole form, and again next to the file input, which binds {@link DocumentField}.
     */
    private static boolean tried(BindingResult result, HttpServletResponse response, Model model, Runnable change) {
        BindingResult document = new BeanPropertyBindingResult(new DocumentField(null), DocumentField.NAME);
        model.addAttribute(DocumentField.NAME, document.getTarget());
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + DocumentField.NAME, document);
        return FormSubmit.of(result, response).on(DomainException.class, (e, refusal) -> {
            if (refusal.isAbout(Set.of(DocumentField.FIELD))) {
                refusal.showOn(document, Map.of());
            }
        }).run(change);
    }

    /** What the protocol form's file input binds: no value (the file is a request part), only its refusal. */
    record DocumentField(String document) {

        static final String NAME = "protocolDocument";
        static final String FIELD = "document";
    }

    /** An empty file input means "no new document". */
    static ProtocolDocument document(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return null;
        }
        try {
            return ProtocolDocument.of(file.getOriginalFilename(), file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String listPage(MesaHeader header, Model model) {
        model.addAttribute("mesaHeader", header);
        model.addAttribute("protocols", protocols.list(currentActor.get(), header.id()));
        model.addAttribute("statuses", Arrays.stream(ProtocolStatus.values())
                .filter(s -> s != ProtocolStatus.DRAFT).toList());
        return "networkmap/protocols";
    }

    private String formPage(MesaHeader header, ProtocolRow row, Model model) {
        if (!model.containsAttribute(DocumentField.NAME)) {
            model.addAttribute(DocumentField.NAME, new DocumentField(null));
        }
        model.addAttribute("mesaHeader", header);
        model.addAttribute("protocol", row);
        model.addAttribute("sectors", directory.memberChoices(header.id()).sectors());
        model.addAttribute("statuses", row == null ? List.of(ProtocolStatus.values()) : List.of());
        model.addAttribute("maxMegabytes", ProtocolDocument.MAX_BYTES / (1024 * 1024));
        return "networkmap/protocol-form";
    }

    private MesaHeader editableHeader(UUID mesaId) {
        MesaHeader header = headers.of(currentActor.get(), mesaId);
        header.standing().requireEdit();
        return header;
    }

}
