package cl.circuito.shared.database;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Production must run on a configured PostgreSQL: without a URL, or with the embedded server switched
 * on, it refuses to start (Keycloak's start vs start-dev lesson). It checks before any bean is created,
 * so the operator reads this message rather than a connection pool's complaint.
 */
@Component
@Profile("prod")
class ProductionDatabaseGuard implements BeanFactoryPostProcessor, EnvironmentAware {

    private Environment environment;

    ProductionDatabaseGuard() {
    }

    ProductionDatabaseGuard(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        check();
    }

    void check() {
        if (environment.getProperty("circuito.embedded-db.enabled", Boolean.class, false)) {
            throw new IllegalStateException(
                    "The prod profile refuses the embedded PostgreSQL: set circuito.embedded-db.enabled=false "
                            + "and configure CIRCUITO_DB_URL, CIRCUITO_DB_USER and CIRCUITO_DB_PASSWORD.");
        }
        String url = environment.getProperty("spring.datasource.url", "");
        if (!url.startsWith("jdbc:postgresql://")) {
            throw new IllegalStateException(
                    "The prod profile needs a PostgreSQL database: set CIRCUITO_DB_URL (jdbc:postgresql://host:5432/circuito), "
                            + "CIRCUITO_DB_USER and CIRCUITO_DB_PASSWORD.");
        }
    }
}
