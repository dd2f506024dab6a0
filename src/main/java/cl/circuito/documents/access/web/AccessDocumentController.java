package cl.circuito.documents.access.web;

import cl.circuito.documents.access.ChildAccessDocuments;
import cl.circuito.documents.access.ChildFinder;
import cl.circuito.shared.security.AccessDenied;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.CurrentActor;
import cl.circuito.shared.security.Permission;
import cl.circuito.shared.web.Downloads;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.UUID;

/**
 * The access document from the pages: the link on the entry page ("Documento de acceso a sus datos") and, for the
 * national team, a search of the network's children by RUT or name. The same service as the API: scope and audit.
 */
@Controller
class AccessDocumentController {

    private final CurrentActor currentActor;
    private final ChildAccessDocuments documents;
    private final ChildFinder finder;

    AccessDocumentController(CurrentActor currentActor, ChildAccessDocuments documents, ChildFinder finder) {
        this.currentActor = currentActor;
        this.documents = documents;
        this.finder = finder;
    }

    @GetMapping("/children/{childId}/access-document")
    ResponseEntity<byte[]> pdf(@PathVariable UUID childId) {
        ChildAccessDocuments.Pdf pdf = documents.pdf(currentActor.get(), childId);
        return Downloads.attachment(pdf.fileName(), Downloads.PDF, pdf.content());
    }

    @GetMapping("/children/access-documents")
    String search(@RequestParam(required = false) String q, Model model) {
        Actor actor = currentActor.get();
        if (!ChildFinder.maySearch(actor)) {
            throw new AccessDenied(Permission.READ_CHILD_RECORDS);
        }
        model.addAttribute("q", q);
        model.addAttribute("found", finder.find(actor, q));
        model.addAttribute("searched", q != null && !q.isBlank());
        return "documents/access/search";
    }
}
