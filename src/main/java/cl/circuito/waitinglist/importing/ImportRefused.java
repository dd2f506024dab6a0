package cl.circuito.waitinglist.importing;

import cl.circuito.shared.DomainException;
import org.springframework.http.HttpStatus;

/** An import cannot start or go on as asked: the upload is gone, a column is missing, another import runs. */
public class ImportRefused extends DomainException {

    ImportRefused(HttpStatus status, String messageKey, String field, Object... arguments) {
        super(status, messageKey, field, arguments);
    }

    static ImportRefused uploadGone() {
        return new ImportRefused(HttpStatus.NOT_FOUND, "import.error.uploadGone", "file");
    }

    static ImportRefused missingColumns(String names) {
        return new ImportRefused(HttpStatus.UNPROCESSABLE_CONTENT, "import.error.missingColumns", "columns", names);
    }

    static ImportRefused running() {
        return new ImportRefused(HttpStatus.CONFLICT, "import.error.running", null);
    }

    static ImportRefused nothingNew() {
        return new ImportRefused(HttpStatus.UNPROCESSABLE_CONTENT, "import.error.nothingNew", null);
    }

    static ImportRefused noHeader() {
        return new ImportRefused(HttpStatus.UNPROCESSABLE_CONTENT, "import.error.noHeader", "file");
    }
}
