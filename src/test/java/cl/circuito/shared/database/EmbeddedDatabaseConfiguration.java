package cl.circuito.shared.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Points Boot's usual connection pool at the embedded PostgreSQL: the local run ({@code TestCircuitoApplication})
 * and the tests. It lives on the test classpath with its dependency, so the production jar has neither
 * ({@link DatabaseGuard} explains that when the jar is started without the prod profile).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "circuito.embedded-db.enabled", havingValue = "true")
class EmbeddedDatabaseConfiguration {

    /** Released when the context closes, after the pool that depends on it. */
    static final class Handle implements AutoCloseable {
        final EmbeddedPostgres server;

        Handle(EmbeddedPostgres server) {
            this.server = server;
        }

        @Override
        public void close() {
            EmbeddedPostgresServer.release();
        }
    }

    @Bean(destroyMethod = "close")
    Handle embeddedPostgres(EmbeddedDatabaseProperties properties) {
        return new Handle(EmbeddedPostgresServer.acquire(properties));
    }

    @Bean
    JdbcConnectionDetails embeddedConnectionDetails(Handle handle, EmbeddedDatabaseProperties properties) {
        String database = properties.databaseName();
        createIfMissing(handle.server, database);
        String url = handle.server.getJdbcUrl("postgres", database);
        return new JdbcConnectionDetails() {
            @Override
            public String getUsername() {
                return "postgres";
            }

            @Override
            public String getPassword() {
                return "postgres";
            }

            @Override
            public String getJdbcUrl() {
                return url;
            }
        };
    }

    private static void createIfMissing(EmbeddedPostgres server, String database) {
        if (!database.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("Not a plain database name: " + database);
        }
        try (Connection connection = server.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            ResultSet found = statement.executeQuery("select 1 from pg_database where datname = '" + database + "'");
            if (!found.next()) {
                statement.execute("create database " + database);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the embedded database " + database, e);
        }
    }
}
