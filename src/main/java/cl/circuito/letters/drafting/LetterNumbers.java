package cl.circuito.letters.drafting;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * The numbers of a program's year. {@link #next} runs in the issuing transaction and holds the counter
 * row's lock until it commits: two letters issued at once get consecutive numbers, and a number whose
 * issue fails is rolled back with it, so the register never skips or repeats one.
 */
@Component
class LetterNumbers {

    private final JdbcClient jdbc;

    LetterNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    int next(UUID programId, int year) {
        return jdbc.sql("""
                        insert into letter_number (program_id, year, last_number) values (:program, :year, 1)
                        on conflict (program_id, year) do update set last_number = letter_number.last_number + 1
                        returning last_number""")
                .param("program", programId)
                .param("year", year)
                .query(Integer.class)
                .single();
    }
}
