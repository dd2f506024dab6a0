package cl.circuito.waitinglist.importing;

import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import java.util.UUID;

/**
 * Starts a confirmed import once its confirmation has committed, on the task executor rather than the request's
 * thread. Not an {@code @ApplicationModuleListener}: that would wrap the whole import in one transaction, and the
 * checking phase writes its progress part by part. The event publication registry still keeps the event until the
 * import ends, so one a stopped node interrupted is run again on restart ({@code shared.IncompletePublications});
 * {@link ListImports#run} does nothing for an import already finished.
 */
@Component
class ImportWorker {

    record ImportConfirmed(UUID importId) {
    }

    private final ListImports imports;

    ImportWorker(ListImports imports) {
        this.imports = imports;
    }

    @Async
    @TransactionalEventListener
    void on(ImportConfirmed event) {
        imports.run(event.importId());
    }
}
