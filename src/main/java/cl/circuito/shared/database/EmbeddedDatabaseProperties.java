package cl.circuito.shared.database;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The in-process PostgreSQL used by the local run and the tests.
 *
 * @param enabled       start it (never in production: see {@link ProductionDatabaseGuard})
 * @param dataDirectory where its cluster lives; blank means a throwaway temporary directory
 * @param port          fixed port, or 0 for any free port
 */
@ConfigurationProperties("circuito.embedded-db")
public record EmbeddedDatabaseProperties(boolean enabled, String dataDirectory, int port) {

    boolean persistent() {
        return dataDirectory != null && !dataDirectory.isBlank();
    }
}
