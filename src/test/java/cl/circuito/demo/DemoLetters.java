package cl.circuito.demo;

import cl.circuito.letters.drafting.Letter;
import cl.circuito.letters.drafting.LetterKind;
import cl.circuito.letters.drafting.LetterManagement;
import cl.circuito.letters.drafting.LetterQueries;
import cl.circuito.letters.drafting.SendingChannel;
import cl.circuito.shared.DomainException;
import cl.circuito.shared.security.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The demo's oficios: the waiting list's events drafted them (not eligible, estimated dates, not protected,
 * admissions) once the demo's data committed; here the PRM's director issues a few, as users do, so the
 * register is not empty, and records how one of them was sent. The rest wait in the tray.
 */
@Component
@ConditionalOnProperty(name = "circuito.demo-data.enabled", havingValue = "true")
class DemoLetters {

    private static final Logger log = LoggerFactory.getLogger(DemoLetters.class);
    private static final long WAIT_MILLIS = 60_000;

    private final LetterManagement letters;
    private final LetterQueries queries;
    private final JdbcClient jdbc;
    private final Clock clock;

    DemoLetters(LetterManagement letters, LetterQueries queries, JdbcClient jdbc, Clock clock) {
        this.letters = letters;
        this.queries = queries;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Issues the not-eligible and effective-admission drafts whose text is complete; the first is sent. */
    void issueSome(Actor director, UUID programId) {
        awaitDrafts(programId);
        List<LetterQueries.Row> drafts = queries.tray(director, programId, 0, 0).drafts().getContent();
        List<LetterQueries.Row> toIssue = java.util.stream.Stream.concat(
                drafts.stream().filter(r -> r.kind() == LetterKind.NOT_ELIGIBLE),
                drafts.stream().filter(r -> r.kind() == LetterKind.EFFECTIVE_ADMISSION)).toList();
        int issued = 0;
        for (LetterQueries.Row row : toIssue) {
            try {
                Letter letter = letters.issue(director, row.id(), letters.details(director, row.id()).letter().version());
                if (issued == 0) {
                    letters.recordSending(director, letter.id(), letter.version(), SendingChannel.EMAIL, LocalDate.now(clock),
                            "Enviado a la casilla institucional del organismo");
                }
                issued++;
            } catch (DomainException e) {
                // A draft about a child without RUT waits for the director to complete it, as it would.
                log.debug("Demo letter {} left as a draft: {}", row.id(), e.messageKey());
            }
        }
        log.info("Demo letters: {} drafts, {} issued", drafts.size(), issued);
    }

    /**
     * The drafts come from listeners that run after the demo's transaction committed, on other threads. Only
     * this program's events count (every event names its program): an unrelated stuck publication must not
     * hold the demo up.
     */
    private void awaitDrafts(UUID programId) {
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        while (System.currentTimeMillis() < deadline && pendingPublications(programId) > 0) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private long pendingPublications(UUID programId) {
        return jdbc.sql("select count(*) from event_publication where completion_date is null"
                        + " and serialized_event like '%' || :program || '%'")
                .param("program", programId.toString())
                .query(Long.class).single();
    }
}
