package cl.circuito.retention.disposal.web;

import cl.circuito.shared.validation.NoMarkup;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

/**
 * What a person sends to dispose of records past their retention: the page's form (its review step and its act)
 * and the API's body. The rules (at least one record, a reason, each record due) are the service's, so the page
 * and the API answer alike.
 */
@Schema(description = "Eliminación al término del plazo de conservación: todos los registros indicados o ninguno.")
record DisposalChoice(
        @Schema(description = "Registros a eliminar (todos deben haber cumplido su plazo)")
        @Size(max = 500) List<UUID> recordIds,
        @Schema(description = "Motivo, p. ej. el acta de eliminación", example = "Acta de eliminación N° 2/2031")
        @Size(max = 1000) @NoMarkup String reason) {

    static DisposalChoice none() {
        return new DisposalChoice(List.of(), null);
    }

    /** Whether the page shows this record ticked (public: the template calls it). */
    public boolean chose(UUID recordId) {
        return recordIds != null && recordIds.contains(recordId);
    }
}
