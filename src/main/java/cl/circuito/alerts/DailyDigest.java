package cl.circuito.alerts;

import cl.circuito.identity.Actors;
import cl.circuito.identity.Actors.Recipient;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The daily e-mail digest: each user who kept it on and has something to attend to gets one e-mail a
 * day counting their alerts per program and kind, with a link to the day page. Users with nothing to
 * report get nothing. A failure for one user is logged and recorded, and the others still get theirs.
 */
@Component
class DailyDigest {

    private static final Logger log = LoggerFactory.getLogger(DailyDigest.class);

    private final Actors actors;
    private final Alerts alerts;
    private final DigestComposer composer;
    private final DigestSender sender;
    private final DigestLog digestLog;
    private final Clock clock;

    DailyDigest(Actors actors, Alerts alerts, DigestComposer composer, DigestSender sender, DigestLog digestLog,
                Clock clock) {
        this.actors = actors;
        this.alerts = alerts;
        this.composer = composer;
        this.sender = sender;
        this.digestLog = digestLog;
        this.clock = clock;
    }

    /** Working days at 7:00 in Chile; on one node at a time (the digest log also guards each user). */
    @Scheduled(cron = "${circuito.digest.cron:0 0 7 * * MON-FRI}", zone = "America/Santiago")
    @SchedulerLock(name = "daily-digest", lockAtMostFor = "PT1H", lockAtLeastFor = "PT1M")
    public void sendToday() {
        Result result = run(LocalDate.now(clock));
        log.info("Daily digest: {} sent, {} with nothing to report or already sent, {} failed", result.sent(),
                result.skipped(), result.failed());
    }

    /** How a run went: digests sent, users skipped (nothing to report, or already sent today), failures. */
    public record Result(int sent, int skipped, int failed) {
    }

    /** Sends the digest of {@code day} to everyone who should get it and has not yet. */
    public Result run(LocalDate day) {
        int sent = 0;
        int skipped = 0;
        int failed = 0;
        for (Recipient recipient : actors.digestRecipients()) {
            try {
                if (sendTo(recipient, day)) {
                    sent++;
                } else {
                    skipped++;
                }
            } catch (RuntimeException e) {
                failed++;
                log.warn("Daily digest for user {} failed", recipient.actor().userId(), e);
            }
        }
        return new Result(sent, skipped, failed);
    }

    private boolean sendTo(Recipient recipient, LocalDate day) {
        List<Alert> found = alerts.of(recipient.actor(), day);
        if (found.isEmpty() || !digestLog.claim(recipient.actor().userId(), day, found.size())) {
            return false;
        }
        try {
            sender.send(composer.compose(recipient.email(), recipient.actor().displayName(), found, day));
        } catch (RuntimeException e) {
            digestLog.failed(recipient.actor().userId(), day, e.getClass().getSimpleName() + ": " + e.getMessage());
            throw e;
        }
        digestLog.sent(recipient.actor().userId(), day);
        return true;
    }
}
