package cl.circuito.shared.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Points Boot's usual connection pool at the embedded PostgreSQL (local run and tests only).
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
    JdbcConnectionDetails embeddedConnectionDetails(Handle handle) {
        String url = handle.server.getJdbcUrl("postgres", "postgres");
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
}
