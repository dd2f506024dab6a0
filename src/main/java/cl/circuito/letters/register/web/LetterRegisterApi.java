package cl.circuito.letters.register.web;

import cl.circuito.letters.drafting.Letter;
import cl.circuito.letters.drafting.LetterKind;
import cl.circuito.letters.register.LetterRegister;
import cl.circuito.letters.register.LetterRetention;
import cl.circuito.letters.drafting.LetterStatus;
import cl.circuito.letters.register.RegisterFilter;
import cl.circuito.letters.register.web.RegisterApiRecords.DisposalHistoryResponse;
import cl.circuito.letters.register.web.RegisterApiRecords.DisposalResponse;
import cl.circuito.letters.register.web.RegisterApiRecords.DisposedLetterResponse;
import cl.circuito.letters.register.web.RegisterApiRecords.DueResponse;
import cl.circuito.letters.register.web.RegisterApiRecords.PageResponse;
import cl.circuito.letters.register.web.RegisterApiRecords.RegisterLetterResponse;
import cl.circuito.letters.register.web.RegisterApiRecords.RegisterResponse;
import cl.circuito.letters.register.web.RegisterApiRecords.YearNumbersResponse;
import cl.circuito.letters.register.web.RegisterInputs.DisposalInput;
import cl.circuito.shared.security.CurrentActor;
import cl.circuito.shared.web.Downloads;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.ResponseEntity;
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

/**
 * The register of a program's letters and their retention over JSON, for machine clients with a personal
 * API token. Same services as the pages: same scope, same rules, same audit.
 */
@RestController
@RequestMapping("/api/v1/programs/{programId}/letters")
@Validated
@Tag(name = "Registro de oficios", description = "Registro de oficios del programa, exportación y eliminación al término del plazo de conservación")
@SecurityRequirement(name = "token")
class LetterRegisterApi {

    private final CurrentActor currentActor;
    private final LetterRegister register;
    private final LetterRetention retention;

    LetterRegisterApi(CurrentActor currentActor, LetterRegister register, LetterRetention retention) {
        this.currentActor = currentActor;
        this.register = register;
        this.retention = retention;
    }

    @Operation(summary = "Registro de oficios de un programa",
            description = "Todos los oficios (borradores, emitidos, enviados, descartados, eliminados), del número más alto al más bajo, "
                    + "filtrados por tipo, estado, destinatario y mes (de emisión; para borradores y descartados, de creación). "
                    + "Incluye los números usados por año.")
    @GetMapping
    RegisterResponse list(@PathVariable UUID programId,
                          @RequestParam(required = false) LetterKind kind,
                          @RequestParam(required = false) LetterStatus status,
                          @Parameter(description = "Organismo derivador destinatario") @RequestParam(required = false) UUID referrerId,
                          @Parameter(description = "Mes, aaaa-mm", example = "2026-03") @RequestParam(required = false) String month,
                          @RequestParam(defaultValue = "0") @Min(0) int page,
                          @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        LetterRegister.RegisterView view = register.view(currentActor.get(), programId,
                new RegisterFilter(kind, status, referrerId, RegisterFilter.parseMonth(month)), page, size);
        PageResponse<RegisterLetterResponse> rows = PageResponse.of(view.rows(), RegisterLetterResponse::of);
        return new RegisterResponse(rows.items(), rows.page(), rows.size(), rows.totalItems(), rows.totalPages(),
                view.years().stream().map(YearNumbersResponse::of).toList());
    }

    @Operation(summary = "Registro de oficios en Excel (xlsx)", description = "Mismos filtros que el registro; todas las filas. Queda auditado.")
    @GetMapping(value = "/register.xlsx", produces = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    ResponseEntity<byte[]> export(@PathVariable UUID programId,
                                  @RequestParam(required = false) LetterKind kind,
                                  @RequestParam(required = false) LetterStatus status,
                                  @RequestParam(required = false) UUID referrerId,
                                  @Parameter(description = "Mes, aaaa-mm") @RequestParam(required = false) String month) {
        LetterRegister.Export export = register.export(currentActor.get(), programId,
                new RegisterFilter(kind, status, referrerId, RegisterFilter.parseMonth(month)));
        return Downloads.attachment(export.fileName(), Downloads.XLSX, export.content());
    }

    @Operation(summary = "Oficios con plazo de conservación cumplido",
            description = "Emitidos o enviados hace 5 años o más, el plazo más antiguo primero; y cuántos lo cumplirán en los próximos 90 días.")
    @GetMapping("/due-for-disposal")
    DueResponse due(@PathVariable UUID programId,
                    @RequestParam(defaultValue = "0") @Min(0) int page,
                    @RequestParam(defaultValue = "100") @Min(1) @Max(500) int size) {
        LetterRetention.Due due = retention.due(currentActor.get(), programId, page, size);
        return new DueResponse(due.today(), PageResponse.of(due.letters(), RegisterLetterResponse::of), due.upcoming());
    }

    @Operation(summary = "Eliminar oficios al término de su plazo de conservación",
            description = "Todos o ninguno: se borran el texto, los nombres y RUT de los NNA y el PDF; el número queda en el registro. "
                    + "422 sin oficios o sin motivo; 409 si alguno aún no cumple su plazo o ya fue eliminado (el mensaje da su número); "
                    + "404 si alguno no es de este programa. Solo el director(a).")
    @PostMapping("/disposals")
    DisposalResponse dispose(@PathVariable UUID programId, @Valid @RequestBody DisposalInput input) {
        List<Letter> disposed = retention.dispose(currentActor.get(), programId, input.letterIds(), input.reason());
        return new DisposalResponse(disposed.size(), disposed.stream().map(DisposedLetterResponse::of).toList());
    }

    @Operation(summary = "Historial de eliminaciones", description = "Número, tipo, emisión, cuándo, quién y por qué; la más reciente primero.")
    @GetMapping("/disposals")
    PageResponse<DisposalHistoryResponse> disposals(@PathVariable UUID programId,
                                                    @RequestParam(defaultValue = "0") @Min(0) int page,
                                                    @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return PageResponse.of(retention.disposals(currentActor.get(), programId, page, size),
                DisposalHistoryResponse::of);
    }
}
