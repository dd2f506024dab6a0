package cl.circuito.shared.web;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseRefusalsTests {

    @Test
    void aBrokenUniqueIndexMeansSomeoneElseActedFirst() {
        var duplicate = new DataIntegrityViolationException("insert",
                new RuntimeException("wrapped", new SQLException("duplicate key value", "23505")));

        assertThat(DatabaseRefusals.of(duplicate)).get().extracting(DatabaseRefusals.Refusal::status)
                .isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void everyOtherIntegrityRuleAndEveryValueTheColumnCannotHoldIsTheRequestsData() {
        for (String state : new String[]{"23514", "23502", "23503", "22001", "22008", "22003", "22021", "22P02"}) {
            var refused = new DataIntegrityViolationException("insert", new SQLException("refused", state));

            assertThat(DatabaseRefusals.of(refused)).as(state).get().extracting(DatabaseRefusals.Refusal::status)
                    .isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
        }
    }

    @Test
    void anythingElseIsABugNotTheUsersInput() {
        var other = new DataIntegrityViolationException("insert", new SQLException("feature not supported", "0A000"));

        assertThat(DatabaseRefusals.of(other)).isEmpty();
        assertThat(DatabaseRefusals.of(new DataIntegrityViolationException("no cause"))).isEmpty();
    }
}
