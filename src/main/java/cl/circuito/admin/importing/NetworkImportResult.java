package cl.circuito.admin.importing;

import io.swagger.v3.oas.annotations.media.Schema;

/** What a confirmed import did: rows created, rows that already existed, rows refused (not imported). */
@Schema(name = "NetworkImportResult", description = "Resultado de confirmar una importación")
public record NetworkImportResult(NetworkImportKind kind, String fileName, int created, int existing, int refused) {
}
