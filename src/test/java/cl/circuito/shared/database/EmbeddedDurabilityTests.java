package cl.circuito.shared.database;

import cl.circuito.testing.CircuitoTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded PostgreSQL (the README's run, and these tests) acknowledges a write only once it is on disk. */
@CircuitoTest
class EmbeddedDurabilityTests {

    @Autowired JdbcClient jdbc;

    @Test
    void anAcknowledgedWriteSurvivesACrashOfTheMachine() {
        EmbeddedPostgresServer.DURABILITY.forEach((setting, expected) ->
                assertThat(jdbc.sql("select current_setting(:name)").param("name", setting).query(String.class).single())
                        .as(setting).isEqualTo(expected));
    }
}
