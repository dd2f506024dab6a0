package cl.circuito.shared.database;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The in-process PostgreSQL used by the local run and the tests.
 *
 * @param enabled       start it (never in production: see {@link DatabaseGuard})
 * @param dataDirectory where its cluster lives; blank means a throwaway temporary directory
 * @param port          fixed port, or 0 for any free port
 * @param database      the database inside it (created when missing); blank means {@code postgres}. Tests that
 *                      need a world of their own (the demo, for the generative tests) use another database of the
 *                      same server rather than a second server.
 */
@ConfigurationProperties("circuito.embedded-db")
public record EmbeddedDatabaseProperties(boolean enabled, String dataDirectory, int port, String database) {

    String databaseName() {
        return database == null || database.isBlank() ? "postgres" : database;
    }

    boolean persistent() {
        return dataDirectory != null && !dataDirectory.isBlank();
    }
}
