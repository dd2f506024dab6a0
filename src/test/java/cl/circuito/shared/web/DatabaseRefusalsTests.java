package cl.circuito.shared.web;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

class RaceConditionsTests {

    @Test
    void aBrokenUniqueIndexMeansSomeoneElseActedFirst() {
        var duplicate = new DataIntegrityViolationException("insert",
                new RuntimeException("wrapped", new SQLException("duplicate key value", "23505")));

        assertThat(RaceConditions.lostRace(duplicate)).isTrue();
    }

    @Test
    void otherIntegrityViolationsAreNotRaces() {
        var check = new DataIntegrityViolationException("insert", new SQLException("violates check", "23514"));

        assertThat(RaceConditions.lostRace(check)).isFalse();
    }
}
