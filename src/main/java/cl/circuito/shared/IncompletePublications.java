package cl.circuito.shared;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * Delivers again the events whose listener failed, in any module (a letter's draft or an estimated admission
 * date not written because the database was briefly unavailable, say): the JDBC registry keeps them incomplete
 * until a listener succeeds. Only publications a few minutes old are resubmitted, so one still being handled
 * right after its commit is left alone; every listener is idempotent, so a second delivery does nothing twice.
 * On one node at a time. It lives here, not in a module that listens, because it serves all of them.
 */
@Component
public class IncompletePublications {

    /** Older than this, an incomplete publication is not merely in progress: its listener failed. */
    static final Duration OLDER_THAN = Duration.ofMinutes(5);
    private static final Logger log = LoggerFactory.getLogger(IncompletePublications.class);

    private final IncompleteEventPublications publications;

    IncompletePublications(IncompleteEventPublications publications) {
        this.publications = publications;
    }

    @Scheduled(fixedDelayString = "${circuito.events.resubmit-every:PT5M}", initialDelayString = "PT1M")
    @SchedulerLock(name = "incomplete-event-publications", lockAtMostFor = "PT10M", lockAtLeastFor = "PT30S")
    public void resubmit() {
        try {
            publications.resubmitIncompletePublicationsOlderThan(OLDER_THAN);
        } catch (RuntimeException e) {
            log.error("Incomplete event publications not resubmitted", e);
        }
    }
}
