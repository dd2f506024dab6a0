package cl.circuito.shared.database;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatabaseGuardTests {

    private static MockEnvironment production() {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles("prod");
        return environment;
    }

    @Test
    void productionRefusesToStartWithoutAConfiguredDatabase() {
        MockEnvironment environment = production().withProperty("spring.datasource.url", "");

        assertThatThrownBy(() -> new DatabaseGuard(environment).check(false)).hasMessageContaining("CIRCUITO_DB_URL");
    }

    @Test
    void productionRefusesTheEmbeddedDatabase() {
        MockEnvironment environment = production()
                .withProperty("circuito.embedded-db.enabled", "true")
                .withProperty("spring.datasource.url", "jdbc:postgresql://db:5432/circuito");

        assertThatThrownBy(() -> new DatabaseGuard(environment).check(true))
                .hasMessageContaining("refuses the embedded PostgreSQL");
    }

    @Test
    void productionAcceptsAConfiguredPostgresql() {
        MockEnvironment environment = production()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db:5432/circuito");

        assertThatCode(() -> new DatabaseGuard(environment).check(false)).doesNotThrowAnyException();
    }

    @Test
    void refusesTheLocalProfileInABuildWithoutTheEmbeddedServer() {
        MockEnvironment environment = new MockEnvironment().withProperty("circuito.embedded-db.enabled", "true");

        assertThatThrownBy(() -> new DatabaseGuard(environment).check(false))
                .hasMessageContaining("--spring.profiles.active=prod")
                .hasMessageContaining("spring-boot:test-run");
    }

    @Test
    void startsTheEmbeddedServerWhenItIsOnTheClasspath() {
        MockEnvironment environment = new MockEnvironment().withProperty("circuito.embedded-db.enabled", "true");

        assertThatCode(() -> new DatabaseGuard(environment).check(true)).doesNotThrowAnyException();
    }

    @Test
    void leavesAConfiguredDatabaseAlone() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db:5432/circuito");

        assertThatCode(() -> new DatabaseGuard(environment).check(false)).doesNotThrowAnyException();
    }

    @Test
    void findsTheEmbeddedServerOnTheTestClasspath() throws ClassNotFoundException {
        Class.forName(DatabaseGuard.EMBEDDED_SERVER);
    }
}
