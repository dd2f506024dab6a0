package cl.circuito.waitinglist.importing.web;

import cl.circuito.waitinglist.importing.ImportChoices;
import cl.circuito.waitinglist.importing.ListField;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.UncheckedIOException;

import java.util.Map;
import java.util.UUID;

/** What a user sends about an uploaded list, the same record for the page and the API. */
final class ImportInputs {

    private ImportInputs() {
    }

    /** The page's upload: the sheet as a file (the API sends it as the multipart part "file"). */
    record UploadInput(@NotNull MultipartFile file) {

        byte[] bytes() {
            try {
                return file.getBytes();
            } catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            }
        }
    }

    /**
     * The column mapping and the sheet-wide choices, for the preview, the refused rows' file and the confirmation.
     * Without {@code columns} the mapping is Circuito's proposal (what the program confirmed before, and the names
     * columns go by).
     */
    @Schema(description = "La asignación de columnas y lo elegido para toda la planilla.")
    record MappingInput(
            @Schema(description = "Columna de la planilla (desde 0) → dato que contiene; sin este campo se usa la propuesta de Circuito",
                    example = "{\"1\": \"RUT\", \"2\": \"FULL_NAME\"}")
            @Size(max = 200) Map<Integer, ListField> columns,
            @Schema(description = "Si los antecedentes son suficientes para las filas que no lo dicen; vacío: cada fila debe decirlo")
            Boolean backgroundSufficient,
            @Schema(description = "Para cada organismo derivador que la red no conoce, tal como lo escribe la planilla: el organismo de la red al que corresponde")
            @Size(max = 200) Map<String, UUID> referrers) {

        ImportChoices choices() {
            return new ImportChoices(backgroundSufficient, referrers);
        }

        /** The user's mapping, or null to take the proposal. */
        Map<Integer, ListField> chosenColumns() {
            return columns == null || columns.isEmpty() ? null : columns;
        }
    }
}
