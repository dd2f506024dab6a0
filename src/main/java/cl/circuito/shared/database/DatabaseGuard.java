package cl.circuito.shared.database;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * Refuses, before any bean is created, to start on the wrong database, with a message that says how to start
 * rather than a connection pool's complaint:
 * <ul>
 *   <li>production (profile {@code prod}) runs on a configured PostgreSQL, never the embedded one (Keycloak's
 *       start vs start-dev lesson);</li>
 *   <li>the embedded PostgreSQL lives on the test classpath only (the local run, {@code ./mvnw
 *       spring-boot:test-run}, and the tests), so the production jar started without the prod profile, which
 *       falls back to the local profile and asks for the embedded server, is told how to start instead.</li>
 * </ul>
 */
@Component
class DatabaseGuard implements BeanFactoryPostProcessor, EnvironmentAware {

    static final String EMBEDDED_SERVER = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres";

    private Environment environment;

    DatabaseGuard() {
    }

    DatabaseGuard(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        check(ClassUtils.isPresent(EMBEDDED_SERVER, beanFactory.getBeanClassLoader()));
    }

    void check(boolean embeddedServerPresent) {
        boolean embedded = environment.getProperty("circuito.embedded-db.enabled", Boolean.class, false);
        if (environment.acceptsProfiles(Profiles.of("prod"))) {
            if (embedded) {
                throw new IllegalStateException(
                        "The prod profile refuses the embedded PostgreSQL: set circuito.embedded-db.enabled=false "
                                + "and configure CIRCUITO_DB_URL, CIRCUITO_DB_USER and CIRCUITO_DB_PASSWORD.");
            }
            if (!environment.getProperty("spring.datasource.url", "").startsWith("jdbc:postgresql://")) {
                throw new IllegalStateException(
                        "The prod profile needs a PostgreSQL database: set CIRCUITO_DB_URL "
                                + "(jdbc:postgresql://host:5432/circuito), CIRCUITO_DB_USER and CIRCUITO_DB_PASSWORD.");
            }
        } else if (embedded && !embeddedServerPresent) {
            throw new IllegalStateException(
                    "This build has no embedded PostgreSQL (it is kept out of the production jar). In production, start "
                            + "with --spring.profiles.active=prod and CIRCUITO_DB_URL, CIRCUITO_DB_USER and "
                            + "CIRCUITO_DB_PASSWORD; to try Circuito on its embedded database, run ./mvnw spring-boot:test-run "
                            + "from the source.");
        }
    }
}
