package cl.circuito.shared.tables;

import cl.circuito.shared.DomainException;
import org.springframework.http.HttpStatus;

/** The file is not a table Circuito can read: empty, too big, damaged, or of another kind (an old .xls, a PDF). */
public class UnreadableTable extends DomainException {

    UnreadableTable(String messageKey, Object... arguments) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, messageKey, "file", arguments);
    }
}
