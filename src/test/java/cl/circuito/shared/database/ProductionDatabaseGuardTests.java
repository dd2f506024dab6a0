package cl.circuito.shared.database;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProductionDatabaseGuardTests {

    @Test
    void refusesToStartWithoutAConfiguredDatabase() {
        MockEnvironment environment = new MockEnvironment().withProperty("spring.datasource.url", "");

        assertThatThrownBy(() -> new ProductionDatabaseGuard(environment).check())
                .hasMessageContaining("CIRCUITO_DB_URL");
    }

    @Test
    void refusesTheEmbeddedDatabase() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("circuito.embedded-db.enabled", "true")
                .withProperty("spring.datasource.url", "jdbc:postgresql://db:5432/circuito");

        assertThatThrownBy(() -> new ProductionDatabaseGuard(environment).check())
                .hasMessageContaining("refuses the embedded PostgreSQL");
    }

    @Test
    void acceptsAConfiguredPostgresql() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db:5432/circuito");

        assertThatCode(() -> new ProductionDatabaseGuard(environment).check()).doesNotThrowAnyException();
    }
}
