package cl.circuito.admin.importing;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/**
 * What importing an uploaded sheet would do, row by row, before anything is created.
 *
 * @param headerRow the sheet's row number that holds the column names
 */
@Schema(name = "NetworkImportPreview", description = "Vista previa de una importación: qué se creará, qué ya existe y los problemas, fila por fila")
public record NetworkImportPreview(UUID uploadId, NetworkImportKind kind, String fileName, String checksum,
                                   int headerRow, List<Column> columns, List<Row> rows, int toCreate, int existing,
                                   int refused) {

    /** A column of the sheet, as written, and the field Circuito reads from it (null: ignored). */
    @Schema(name = "NetworkImportColumn")
    public record Column(String column, String field) {
    }

    public enum Status { CREATE, EXISTS, REFUSED }

    /**
     * @param row         the row number as Excel shows it
     * @param description what the row is, in a few words ("PRM Los Aromos (PRM-1234)")
     * @param notes       for a row that exists: how the sheet's data differs from Circuito's (not changed)
     * @param problems    why the row is refused, each naming its row and column
     */
    @Schema(name = "NetworkImportRow")
    public record Row(int row, Status status, String description, List<String> notes, List<String> problems) {

        public boolean creates() {
            return status == Status.CREATE;
        }

        public boolean exists() {
            return status == Status.EXISTS;
        }
    }

    public boolean importable() {
        return toCreate > 0;
    }
}
