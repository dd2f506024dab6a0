package cl.circuito;

import cl.circuito.testing.CircuitoTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@CircuitoTest
class ApplicationStartsTests {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void migratesTheSchemaOnARealPostgresqlWithAllComunas() {
        assertThat(jdbc.queryForObject("select count(*) from comuna", Integer.class)).isEqualTo(346);
        assertThat(jdbc.queryForObject("select count(*) from region", Integer.class)).isEqualTo(16);
        assertThat(jdbc.queryForObject("select name from comuna where code = '05101'", String.class)).isEqualTo("Valparaíso");
        assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
    }
}
