package cl.circuito.admin.importing;

import cl.circuito.shared.DomainException;
import org.springframework.http.HttpStatus;

/** The sheet cannot be imported at all: a required column is missing, or the upload is not there any more. */
class ImportRefused extends DomainException {

    ImportRefused(HttpStatus status, String messageKey, Object... arguments) {
        super(status, messageKey, "file", arguments);
    }
}
