package cl.circuito.retention.disposal.web;

import cl.circuito.retention.disposal.web.RetentionApiRecords.DisposalActResponse;
import cl.circuito.retention.disposal.web.RetentionApiRecords.DueRecordResponse;
import cl.circuito.retention.disposal.web.RetentionApiRecords.RecordDisposalResponse;
import cl.circuito.retention.disposal.web.RetentionApiRecords.RetentionKindResponse;
import cl.circuito.retention.disposal.web.RetentionApiRecords.RetentionPageResponse;
import cl.circuito.shared.privacy.RecordKind;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

/** Retention of a program's records over JSON, for machine clients with a personal API token. */
@RestController
@RequestMapping("/api/v1/programs/{programId}/retention")
@Validated
@Tag(name = "Conservación de registros", description = "Registros de NNA con plazo de conservación cumplido, "
        + "por programa o por Mesa, su eliminación con motivo y las actas de eliminación")
@SecurityRequirement(name = "token")
class ProgramRetentionApi {

    private final RetentionApiRecords calls;

    ProgramRetentionApi(RetentionApiRecords calls) {
        this.calls = calls;
    }

    @Operation(summary = "Tipos de registro, su plazo y cuántos lo cumplieron", description = "fichas (entries), pautas de priorización (assessments) y oficios (letters).")
    @GetMapping
    List<RetentionKindResponse> kinds(@PathVariable UUID programId) {
        return calls.kinds(RecordKind.Holder.PROGRAM, programId);
    }

    @Operation(summary = "Registros de un tipo con plazo de conservación cumplido",
            description = "El plazo cumplido hace más tiempo primero. La consulta queda auditada.")
    @GetMapping("/{kind}")
    RetentionPageResponse<DueRecordResponse> due(@PathVariable UUID programId, @PathVariable String kind,
                                                 @RequestParam(defaultValue = "0") @Min(0) int page,
                                                 @RequestParam(defaultValue = "100") @Min(1) @Max(500) int size) {
        return calls.due(RecordKind.Holder.PROGRAM, programId, kind, page, size);
    }

    @Operation(summary = "Eliminar registros al término de su plazo de conservación",
            description = "Todos o ninguno, con motivo; queda un acta y una línea de auditoría por registro. "
                    + "422 sin registros o sin motivo; 409 si alguno aún no cumple su plazo o ya fue eliminado; "
                    + "404 si alguno no es de este programa; 403 si no es el director(a).")
    @PostMapping("/{kind}/disposals")
    RecordDisposalResponse dispose(@PathVariable UUID programId, @PathVariable String kind,
                                   @Valid @RequestBody DisposalChoice choice) {
        return calls.dispose(RecordKind.Holder.PROGRAM, programId, kind, choice);
    }

    @Operation(summary = "Actas de eliminación", description = "Qué tipo, cuántos, cuándo, quién y por qué; la más reciente primero.")
    @GetMapping("/acts")
    RetentionPageResponse<DisposalActResponse> acts(@PathVariable UUID programId,
                                                    @RequestParam(defaultValue = "0") @Min(0) int page,
                                                    @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return calls.acts(RecordKind.Holder.PROGRAM, programId, page, size);
    }
}
