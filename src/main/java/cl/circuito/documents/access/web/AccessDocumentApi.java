package cl.circuito.documents.access.web;

import cl.circuito.documents.access.ChildAccessDocuments;
import cl.circuito.shared.security.CurrentActor;
import cl.circuito.shared.web.Downloads;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/** The child's access document for machine clients: the same PDF, scope and audit as the page's link. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Derechos del NNA", description = "Documento de acceso a sus datos (Ley 21.719)")
@SecurityRequirement(name = "token")
class AccessDocumentApi {

    private static final String PROBLEM = MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    private final CurrentActor currentActor;
    private final ChildAccessDocuments documents;

    AccessDocumentApi(CurrentActor currentActor, ChildAccessDocuments documents) {
        this.currentActor = currentActor;
        this.documents = documents;
    }

    @Operation(summary = "Documento de acceso a sus datos de un NNA (Ley 21.719), en PDF",
            description = "Todo lo que Circuito guarda del NNA dentro de su alcance: identidad y sus correcciones, cada "
                    + "ficha (derivación, decisiones, pautas de priorización, monitoreo, acciones judiciales, ingreso, "
                    + "contacto, documentos adjuntos por nombre), oficios, análisis de caso en Mesas por referencia y "
                    + "quién consultó y modificó estos registros. Las fichas de programas fuera de su alcance se cuentan, "
                    + "no se muestran. Queda auditado.")
    @ApiResponse(responseCode = "200", description = "El PDF.", content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE))
    @ApiResponse(responseCode = "404", description = "El NNA no existe o no tiene fichas dentro de su alcance.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping("/children/{childId}/access-document")
    ResponseEntity<byte[]> pdf(@PathVariable UUID childId) {
        ChildAccessDocuments.Pdf pdf = documents.pdf(currentActor.get(), childId);
        return Downloads.attachment(pdf.fileName(), Downloads.PDF, pdf.content());
    }
}
