package cl.circuito.documents.exports.web;

import cl.circuito.documents.exports.Document;
import cl.circuito.documents.exports.RegisterFilter;
import cl.circuito.documents.exports.WaitingListDocuments;
import cl.circuito.shared.documents.PaperSize;
import cl.circuito.shared.security.CurrentActor;
import cl.circuito.shared.web.Downloads;
import cl.circuito.waitinglist.ListFilter;
import cl.circuito.waitinglist.ListSort;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.UUID;

/**
 * The downloads offered on the waiting-list page and the priority guide's pages (plain links and a GET form,
 * so they work without JavaScript). The same service as the API: the same scope, the same audit.
 */
@Controller
class DocumentsController {

    private final CurrentActor currentActor;
    private final WaitingListDocuments documents;

    DocumentsController(CurrentActor currentActor, WaitingListDocuments documents) {
        this.currentActor = currentActor;
        this.documents = documents;
    }

    @GetMapping("/programs/{programId}/documents/f-sgc-030.xlsx")
    ResponseEntity<byte[]> registerXlsx(@PathVariable UUID programId,
                                        @RequestParam(defaultValue = "OPEN") RegisterFilter filter,
                                        @RequestParam(required = false) Integer year) {
        Document document = documents.registerXlsx(currentActor.get(), programId, filter, year);
        return Downloads.attachment(document.fileName(), Downloads.XLSX, document.content());
    }

    @GetMapping("/programs/{programId}/documents/f-sgc-030.pdf")
    ResponseEntity<byte[]> registerPdf(@PathVariable UUID programId,
                                       @RequestParam(defaultValue = "OPEN") RegisterFilter filter,
                                       @RequestParam(required = false) Integer year,
                                       @RequestParam(required = false) PaperSize paper) {
        Document document = documents.registerPdf(currentActor.get(), programId, filter, year, paper);
        return Downloads.attachment(document.fileName(), Downloads.PDF, document.content());
    }

    /** The list page's own filter, search and order travel in the link. */
    @GetMapping("/programs/{programId}/waiting-list.csv")
    ResponseEntity<byte[]> csv(@PathVariable UUID programId, @RequestParam(defaultValue = "OPEN") ListFilter state,
                               @RequestParam(required = false) String q,
                               @RequestParam(defaultValue = "DEADLINE") ListSort sort) {
        Document document = documents.waitingListCsv(currentActor.get(), programId, state, q, sort);
        return Downloads.attachment(document.fileName(), Downloads.CSV, document.content());
    }

    @GetMapping("/entries/{entryId}/priority/{assessmentId}/pdf")
    ResponseEntity<byte[]> priorityGuide(@PathVariable UUID entryId, @PathVariable UUID assessmentId,
                                         @RequestParam(defaultValue = "A4") PaperSize paper) {
        Document document = documents.priorityGuidePdf(currentActor.get(), entryId, assessmentId, paper);
        return Downloads.attachment(document.fileName(), Downloads.PDF, document.content());
    }
}
