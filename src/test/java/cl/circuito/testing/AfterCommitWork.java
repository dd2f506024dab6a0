package cl.circuito.testing;

import org.awaitility.Awaitility;
import org.springframework.core.task.TaskDecorator;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts the work that follows committed changes (listeners on Spring Boot's task executor, which takes this
 * decorator) from the moment it is handed to the executor until it has run. The executor's own counts cannot say
 * that: a worker that has taken a task from the queue but not yet started it is neither queued nor active, and a
 * test that looked in that instant went on before an estimate or a letter existed.
 */
public class AfterCommitWork implements TaskDecorator {

    private final AtomicInteger running = new AtomicInteger();

    @Override
    public Runnable decorate(Runnable task) {
        running.incrementAndGet(); // on the submitting thread, before the executor returns
        return () -> {
            try {
                task.run();
            } finally {
                running.decrementAndGet();
            }
        };
    }

    /** Waits until every task handed over so far, and every task those handed over while running, has run. */
    void settle() {
        // Checked at once first: Awaitility waits one poll interval before its first look, and every MockMvc
        // request settles (SettledRequests), almost always with nothing to wait for.
        if (running.get() == 0) {
            return;
        }
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(5))
                .until(() -> running.get() == 0);
    }
}
