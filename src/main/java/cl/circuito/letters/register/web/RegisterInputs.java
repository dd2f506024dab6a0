package cl.circuito.letters.register.web;

import cl.circuito.shared.validation.NoMarkup;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

/**
 * What a director sends to dispose of letters past their term, the same record for the retention page's form
 * ({@code @ModelAttribute}, its review step and its act) and the API ({@code @RequestBody}). The rules (at least one
 * letter, a reason, each letter due) are the service's, so the page and the API answer alike.
 */
final class RegisterInputs {

    private RegisterInputs() {
    }

    @Schema(description = "Eliminación al término del plazo de conservación: todos los oficios indicados o ninguno.")
    record DisposalInput(
            @Schema(description = "Oficios del programa a eliminar (todos deben haber cumplido su plazo)")
            @Size(max = 500) List<UUID> letterIds,
            @Schema(description = "Motivo, p. ej. el acta de eliminación", example = "Acta de eliminación N° 3/2031")
            @Size(max = 1000) @NoMarkup String reason) {

        /** The page's form before the director ticks any letter. */
        static DisposalInput none() {
            return new DisposalInput(List.of(), null);
        }

        /** Whether the page shows this letter ticked (public: the template calls it). */
        public boolean chose(UUID letterId) {
            return letterIds != null && letterIds.contains(letterId);
        }
    }
}
