package cl.circuito.shared.privacy;

import cl.circuito.shared.tables.Uploads;
import cl.circuito.shared.web.Messages;
import org.springframework.stereotype.Component;

/**
 * How long a kind of record is kept, in the words the register of processing activities and the retention pages
 * both use ({@code privacy.retention.*}), with the upload period the deployment configured.
 */
@Component
public class RetentionTexts {

    private final Messages messages;
    private final Uploads uploads;

    RetentionTexts(Messages messages, Uploads uploads) {
        this.messages = messages;
        this.uploads = uploads;
    }

    public String of(RecordKind kind) {
        Retention retention = kind.retention();
        return switch (retention.rule()) {
            case FIXED_PERIOD -> messages.get("privacy.retention.FIXED_PERIOD", retention.period().getYears());
            case CONFIGURED_UPLOADS -> messages.get("privacy.retention.CONFIGURED_UPLOADS",
                    Math.max(1, uploads.keepFor().toDays()));
            default -> messages.get("privacy.retention." + retention.rule().name());
        };
    }
}
