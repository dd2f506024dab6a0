package cl.circuito.shared.database;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * The embedded PostgreSQL lives on the test classpath only (the local run, {@code ./mvnw spring-boot:test-run},
 * and the tests), so the production jar carries none of its binaries. That jar started without the prod
 * profile falls back to the local profile, which asks for the embedded server: refuse before any bean is
 * created, with a message that says how to start, rather than a connection pool's complaint about a missing URL.
 */
@Component
class EmbeddedDatabaseGuard implements BeanFactoryPostProcessor, EnvironmentAware {

    static final String EMBEDDED_SERVER = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres";

    private Environment environment;

    EmbeddedDatabaseGuard() {
    }

    EmbeddedDatabaseGuard(Environment environment) {
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
        if (environment.getProperty("circuito.embedded-db.enabled", Boolean.class, false) && !embeddedServerPresent) {
            throw new IllegalStateException(
                    "This build has no embedded PostgreSQL (it is kept out of the production jar). In production, start "
                            + "with --spring.profiles.active=prod and CIRCUITO_DB_URL, CIRCUITO_DB_USER and "
                            + "CIRCUITO_DB_PASSWORD; to try Circuito on its embedded database, run ./mvnw spring-boot:test-run "
                            + "from the source.");
        }
    }
}
