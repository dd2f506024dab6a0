package cl.circuito.shared.database;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmbeddedDatabaseGuardTests {

    @Test
    void refusesTheLocalProfileInABuildWithoutTheEmbeddedServer() {
        MockEnvironment environment = new MockEnvironment().withProperty("circuito.embedded-db.enabled", "true");

        assertThatThrownBy(() -> new EmbeddedDatabaseGuard(environment).check(false))
                .hasMessageContaining("--spring.profiles.active=prod")
                .hasMessageContaining("spring-boot:test-run");
    }

    @Test
    void startsTheEmbeddedServerWhenItIsOnTheClasspath() {
        MockEnvironment environment = new MockEnvironment().withProperty("circuito.embedded-db.enabled", "true");

        assertThatCode(() -> new EmbeddedDatabaseGuard(environment).check(true)).doesNotThrowAnyException();
    }

    @Test
    void leavesAConfiguredDatabaseAlone() {
        MockEnvironment environment = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db:5432/circuito");

        assertThatCode(() -> new EmbeddedDatabaseGuard(environment).check(false)).doesNotThrowAnyException();
    }

    @Test
    void findsTheEmbeddedServerOnTheTestClasspath() throws ClassNotFoundException {
        Class.forName(EmbeddedDatabaseGuard.EMBEDDED_SERVER);
    }
}
