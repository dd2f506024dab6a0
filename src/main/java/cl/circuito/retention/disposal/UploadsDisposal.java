package cl.circuito.retention.disposal;

import cl.circuito.audit.AuditAction;
import cl.circuito.audit.AuditDetails;
import cl.circuito.audit.AuditTrail;
import cl.circuito.shared.privacy.RecordKind;
import cl.circuito.shared.security.AccessScope;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Role;
import cl.circuito.shared.tables.Uploads;
import cl.circuito.shared.web.Messages;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import static cl.circuito.audit.AuditField.KIND;
import static cl.circuito.audit.AuditField.REASON;
import static cl.circuito.audit.AuditField.RECORDS;

/**
 * Uploaded sheets (lists being imported, the network) leave after the period the deployment configures
 * ({@code circuito.uploads.keep-for}, 7 days by default): the one kind disposed of without a person's act, because
 * they are working copies nobody reads after confirming. Still not silently: each purge is an act in the register
 * and a line in the audit, by "Circuito" and with the configured period as its reason.
 */
@Component
class UploadsDisposal {

    private static final Logger log = LoggerFactory.getLogger(UploadsDisposal.class);
    /** Who the act and the audit name: the deployment's configuration, not a user. */
    private static final Actor CONFIGURED_PERIOD = new Actor(AuditTrail.NOBODY, "circuito", "Circuito",
            Role.READ_ONLY, new AccessScope.Nothing());

    private final Uploads uploads;
    private final DisposalActs acts;
    private final AuditTrail audit;
    private final Messages messages;
    private final Clock clock;

    UploadsDisposal(Uploads uploads, DisposalActs acts, AuditTrail audit, Messages messages,
                    Clock clock) {
        this.uploads = uploads;
        this.acts = acts;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    @Scheduled(cron = "${circuito.uploads.purge-cron:0 15 3 * * *}", zone = "America/Santiago")
    @SchedulerLock(name = "table-upload-purge", lockAtMostFor = "PT10M")
    public void purgeNow() {
        int purged = purge().size();
        if (purged > 0) {
            log.info("Purged {} uploaded tables older than {}", purged, uploads.keepFor());
        }
    }

    /** Deletes the uploads past their period and keeps the act, in one transaction. */
    @Transactional
    public List<UUID> purge() {
        List<UUID> purged = uploads.purge();
        if (purged.isEmpty()) {
            return purged;
        }
        String reason = messages.get("retention.uploads.reason", uploads.keepFor().toDays());
        acts.add(new DisposalAct(UUID.randomUUID(), RecordKind.UPLOADS, RecordKind.Holder.NETWORK, null,
                clock.instant(), null, CONFIGURED_PERIOD.displayName(), reason, purged.size(), purged));
        audit.changed(CONFIGURED_PERIOD, AuditAction.DISPOSED, new AuditTrail.Subject("UPLOADS", null, null),
                "retention.audit.act.UPLOADS", AuditDetails.of(KIND, RecordKind.UPLOADS).with(RECORDS, purged.size())
                        .with(REASON, reason));
        return purged;
    }
}
