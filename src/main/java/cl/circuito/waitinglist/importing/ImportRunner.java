package cl.circuito.waitinglist.importing;

import cl.circuito.identity.Actors;
import cl.circuito.network.ProgramSummary;
import cl.circuito.shared.DomainException;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.tables.Table;
import cl.circuito.shared.tables.Uploads;
import cl.circuito.shared.web.Messages;
import cl.circuito.waitinglist.Events;
import cl.circuito.waitinglist.entry.ReferralIntake;
import jakarta.persistence.EntityManager;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Async;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Runs a confirmed import ({@link ListImports#confirm}) once its confirmation has committed, on the task executor
 * rather than the request's thread, in two phases:
 * <ol>
 *   <li>checking: the rows are checked again, as the list is now, in parts of {@value #PART} rows, each part in a
 *   short read-only transaction and the progress written between parts (so the page shows it, and no connection
 *   is held while another is taken);</li>
 *   <li>saving: every new row in one transaction with the import's own "done" — all of them or none. A row that
 *   became a duplicate meanwhile (someone registered the child by hand) fails the whole import, saying so.</li>
 * </ol>
 * Not an {@code @ApplicationModuleListener}: that would wrap the whole import in one transaction, and the checking
 * phase writes its progress part by part. The event publication registry still keeps the event until the import
 * ends, so one a stopped node interrupted is run again on restart ({@code shared.IncompletePublications}); a
 * finished import is not run twice.
 */
@Component
class ImportRunner {

    record ImportConfirmed(UUID importId) {
    }

    static final int PART = 200;
    /** An import whose progress has not moved for this long was interrupted (its node stopped). */
    static final Duration STALE_AFTER = Duration.ofMinutes(15);

    private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

    private final ListImports imports;
    private final Uploads uploads;
    private final ListPreview preview;
    private final ReferralIntake intake;
    private final Actors actors;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Messages messages;
    private final Clock clock;
    private final EntityManager entityManager;

    ImportRunner(ListImports imports, Uploads uploads, ListPreview preview, ReferralIntake intake, Actors actors,
                 JdbcClient jdbc, TransactionTemplate transactions, ApplicationEventPublisher events,
                 Messages messages, Clock clock, EntityManager entityManager) {
        this.imports = imports;
        this.uploads = uploads;
        this.preview = preview;
        this.intake = intake;
        this.actors = actors;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.events = events;
        this.messages = messages;
        this.clock = clock;
        this.entityManager = entityManager;
    }

    /** Runs a confirmed import to its end; a repeated delivery of a finished one does nothing. */
    @Async
    @TransactionalEventListener
    void on(ImportConfirmed confirmed) {
        run(confirmed.importId());
    }

    void run(UUID importId) {
        Optional<Job> found = job(importId);
        if (found.isEmpty() || found.get().finished()) {
            return;
        }
        Job job = found.get();
        try {
            Actor actor = actors.actorOf(job.startedBy())
                    .orElseThrow(() -> new Failure(messages.get("import.failure.account")));
            ProgramSummary program;
            try {
                program = imports.programFor(actor, job.programId());
            } catch (DomainException | SecurityException lostAccess) {
                throw new Failure(messages.get("import.failure.access"));
            }
            Table table = uploads.find(job.uploadId(), ListImports.PURPOSE, job.startedBy(), job.programId().toString())
                    .orElseThrow(() -> new Failure(messages.get("import.failure.uploadGone"))).table();
            Table.Row header = table.rows().stream().filter(r -> r.number() == job.headerRow()).findFirst()
                    .orElseThrow(() -> new Failure(messages.get("import.failure.uploadGone")));
            ColumnMapping mapping = new ColumnMapping(header, ColumnMapping.decoded(job.mapping()));
            ImportChoices choices = ImportChoices.decode(job.backgroundDefault(), job.referrerChoices());

            long started = System.nanoTime();
            List<Preview.Row> checked = check(actor, program, job, ListPreview.dataRows(table, mapping), mapping,
                    choices);
            long checkedAt = System.nanoTime();
            setPhase(importId, ImportStatus.Phase.SAVING);
            save(actor, program, job, checked);
            log.info("List import {} of {} rows: checked in {} ms, saved in {} ms", importId, checked.size(),
                    (checkedAt - started) / 1_000_000, (System.nanoTime() - checkedAt) / 1_000_000);
        } catch (Failure failure) {
            fail(importId, failure.getMessage());
        } catch (DataIntegrityViolationException raced) {
            fail(importId, messages.get("import.failure.concurrent"));
        } catch (DomainException refused) {
            fail(importId, messages.get("import.failure.refused", messages.get(refused.messageKey(),
                    refused.arguments() == null ? new Object[0] : refused.arguments())));
        } catch (RuntimeException unexpected) {
            log.error("List import {} failed", importId, unexpected);
            fail(importId, messages.get("import.failure.unexpected"));
        }
    }

    private List<Preview.Row> check(Actor actor, ProgramSummary program, Job job, List<Table.Row> rows,
                                    ColumnMapping mapping, ImportChoices choices) {
        Map<String, Integer> seen = new HashMap<>();
        List<Preview.Row> checked = new ArrayList<>(rows.size());
        for (int from = 0; from < rows.size(); from += PART) {
            List<Table.Row> part = rows.subList(from, Math.min(rows.size(), from + PART));
            checked.addAll(preview.check(actor, program, part, mapping, choices, seen).rows());
            progress(job.id(), checked.size());
        }
        return checked;
    }

    private void save(Actor actor, ProgramSummary program, Job job, List<Preview.Row> checked) {
        ReferralIntake.ImportSource source = new ReferralIntake.ImportSource(job.id(), job.fileName(),
                job.checksum(), messages.get("import.timeline.note", job.fileName()));
        transactions.executeWithoutResult(status -> {
            int created = 0;
            for (Preview.Row row : checked) {
                if (row.outcome() == Preview.RowOutcome.NEW) {
                    if (created > 0 && created % PART == 0) {
                        // Each row's queries flush the persistence context first; left to grow, every flush would
                        // check every entry saved so far (quadratic in the list's length).
                        entityManager.flush();
                        entityManager.clear();
                    }
                    try {
                        intake.importReferral(actor, program, row.read().request(), row.read().prior(), source);
                    } catch (DomainException refused) {
                        throw new Failure(messages.get("import.failure.row", row.number(),
                                messages.get(refused.messageKey(), refused.arguments() == null ? new Object[0]
                                        : refused.arguments())));
                    }
                    created++;
                }
            }
            jdbc.sql("""
                            update list_import set status = 'DONE', created_count = :created, already_count = :already,
                                skipped_count = :skipped, refused_count = :refused, checked_rows = total_rows,
                                finished_at = :now, touched_at = :now
                             where id = :id and status = 'SAVING'""")
                    .param("created", created).param("already", count(checked, Preview.RowOutcome.ALREADY_THERE))
                    .param("skipped", count(checked, Preview.RowOutcome.NOT_ON_LIST))
                    .param("refused", count(checked, Preview.RowOutcome.REFUSED))
                    .param("now", Timestamp.from(clock.instant())).param("id", job.id()).update();
            if (created > 0) {
                events.publishEvent(new Events.ListImported(program.id(), job.id(), created));
            }
        });
    }

    private static long count(List<Preview.Row> rows, Preview.RowOutcome outcome) {
        return rows.stream().filter(r -> r.outcome() == outcome).count();
    }

    private void progress(UUID id, int checked) {
        transactions.executeWithoutResult(status -> jdbc.sql(
                        "update list_import set checked_rows = :checked, touched_at = :now where id = :id")
                .param("checked", checked).param("now", Timestamp.from(clock.instant())).param("id", id).update());
    }

    private void setPhase(UUID id, ImportStatus.Phase phase) {
        transactions.executeWithoutResult(status -> jdbc.sql(
                        "update list_import set status = :phase, touched_at = :now where id = :id")
                .param("phase", phase.name()).param("now", Timestamp.from(clock.instant())).param("id", id).update());
    }

    private void fail(UUID id, String why) {
        transactions.executeWithoutResult(status -> jdbc.sql("""
                        update list_import set status = 'FAILED', failure = :why, finished_at = :now, touched_at = :now
                         where id = :id and status in ('CHECKING', 'SAVING')""")
                .param("why", why).param("now", Timestamp.from(clock.instant())).param("id", id).update());
    }

    /**
     * Imports whose node stopped mid-way are marked failed (nothing of them was saved: saving is one transaction),
     * so the program can confirm again. Every five minutes, on one node.
     */
    @Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT1M")
    @SchedulerLock(name = "list-import-stale", lockAtMostFor = "PT4M")
    public void abandonStale() {
        transactions.executeWithoutResult(status -> jdbc.sql("""
                        update list_import set status = 'FAILED', failure = :why, finished_at = :now
                         where status in ('CHECKING', 'SAVING') and touched_at < :before""")
                .param("why", messages.get("import.failure.interrupted"))
                .param("now", Timestamp.from(clock.instant()))
                .param("before", Timestamp.from(clock.instant().minus(STALE_AFTER))).update());
    }

    private Optional<Job> job(UUID id) {
        return jdbc.sql("""
                        select id, program_id, upload_id, file_name, checksum, header_row, mapping, background_default,
                               referrer_choices, status, started_by
                          from list_import where id = :id""")
                .param("id", id)
                .query((rs, n) -> new Job(rs.getObject("id", UUID.class), rs.getObject("program_id", UUID.class),
                        rs.getObject("upload_id", UUID.class), rs.getString("file_name"), rs.getString("checksum"),
                        rs.getInt("header_row"), rs.getString("mapping"), (Boolean) rs.getObject("background_default"),
                        rs.getString("referrer_choices"), ImportStatus.Phase.valueOf(rs.getString("status")),
                        rs.getObject("started_by", UUID.class)))
                .optional();
    }

    private record Job(UUID id, UUID programId, UUID uploadId, String fileName, String checksum, int headerRow,
                       String mapping, Boolean backgroundDefault, String referrerChoices, ImportStatus.Phase phase,
                       UUID startedBy) {

        boolean finished() {
            return phase.finished();
        }
    }

    /** Why an import stopped, already in Spanish: what the status page shows. */
    private static final class Failure extends RuntimeException {

        Failure(String message) {
            super(message, null, false, false);
        }
    }
}
