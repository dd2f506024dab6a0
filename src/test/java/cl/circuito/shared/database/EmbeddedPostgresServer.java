package cl.circuito.shared.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One embedded PostgreSQL per JVM, shared by every Spring context that asks for it.
 *
 * <p>Test runs cache several application contexts; each acquires the server and releases it when it
 * closes, and the last release stops PostgreSQL. This way PostgreSQL always stops after the
 * connection pools that use it (zonky's own shutdown hook would stop it first and make the pool's
 * shutdown hang).
 */
final class EmbeddedPostgresServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    static final java.util.Map<String, String> DURABILITY =
            java.util.Map.of("fsync", "on", "synchronous_commit", "on", "full_page_writes", "on");

    private static EmbeddedPostgres server;
    private static int users;

    private EmbeddedPostgresServer() {
    }

    static synchronized EmbeddedPostgres acquire(EmbeddedDatabaseProperties properties) {
        if (server == null) {
            server = start(properties);
        }
        users++;
        return server;
    }

    static synchronized void release() {
        if (--users > 0 || server == null) {
            return;
        }
        try {
            server.close();
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly", e);
        } finally {
            server = null;
        }
    }

    private static EmbeddedPostgres start(EmbeddedDatabaseProperties properties) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60));
            // The local run's database may be a small program's real one: an acknowledged write must survive a
            // crash of the whole machine. zonky turns synchronous_commit off for speed; we turn durability back on
            // (and say so for fsync and full-page writes, PostgreSQL's defaults), in the tests too, so they run
            // on what users run.
            DURABILITY.forEach(builder::setServerConfig);
            if (properties.persistent()) {
                Path dir = Path.of(properties.dataDirectory()).toAbsolutePath();
                Files.createDirectories(dir);
                stopOrphanedServer(dir);
                builder.setDataDirectory(dir).setCleanDataDirectory(false);
            }
            if (properties.port() > 0) {
                builder.setPort(properties.port());
            }
            EmbeddedPostgres started = builder.start();
            log.info("Embedded PostgreSQL listening on port {}{}", started.getPort(),
                    properties.persistent() ? " with data in " + Path.of(properties.dataDirectory()).toAbsolutePath() : "");
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        }
    }

    /**
     * A killed application (kill -9) leaves its PostgreSQL running, detached by pg_ctl, holding the
     * data directory. Stop that orphan so this start can own the directory again.
     */
    private static void stopOrphanedServer(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<ProcessHandle> orphan = Files.readAllLines(pidFile).stream().findFirst()
                .map(String::trim)
                .flatMap(pid -> {
                    try {
                        return ProcessHandle.of(Long.parseLong(pid));
                    } catch (NumberFormatException e) {
                        return Optional.empty();
                    }
                })
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false));
        if (orphan.isPresent()) {
            log.warn("Stopping a PostgreSQL left running by an earlier run (pid {})", orphan.get().pid());
            orphan.get().destroy(); // SIGTERM: PostgreSQL's smart shutdown, its clients are gone already
            Instant deadline = Instant.now().plusSeconds(30);
            while (orphan.get().isAlive() && Instant.now().isBefore(deadline)) {
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
        Files.deleteIfExists(pidFile);
    }
}
