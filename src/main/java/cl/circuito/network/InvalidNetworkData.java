package cl.circuito.network;

import cl.circuito.shared.DomainException;
import org.springframework.http.HttpStatus;

/** A value the network does not accept: an unknown modality or comuna, a negative capacity… */
final class InvalidNetworkData extends DomainException {

    InvalidNetworkData(String field, String messageKey, Object... arguments) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, messageKey, field, arguments);
    }
}
