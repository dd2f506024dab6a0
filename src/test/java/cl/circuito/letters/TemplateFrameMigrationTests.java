package cl.circuito.letters;

import cl.circuito.testing.CircuitoTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V29 moves the salutation and the closing out of the templates institutions edited and of the pending drafts:
 * what it recognises moves, what it does not keeps its text byte for byte (so it prints as before). The
 * migration's own functions, run on texts an institution may have written.
 */
@CircuitoTest
class TemplateFrameMigrationTests {

    /** The default not-eligible text before V29 (V16), as an institution that copied it keeps it. */
    private static final String OLD_DEFAULT = """
            Junto con saludar, y en relación con la derivación de {{nna_nombre}}, RUT {{nna_rut}}, recibida por el {{programa}} el {{fecha_recepcion}}, informo a usted que el niño, niña o adolescente no es sujeto de atención de este programa.

            {{motivo}}

            Sin otro particular, saluda atentamente a usted,""";

    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;

    @Test
    void aRecognisedGreetingAndClosingLeaveTheBodyWhichReadsOnCapitalised() {
        Map<String, Object> framed = frame(OLD_DEFAULT);

        assertThat(framed.get("greets")).isEqualTo(true);
        assertThat(framed.get("closing")).isEqualTo("Sin otro particular, saluda atentamente a usted,");
        assertThat((String) framed.get("body")).startsWith("En relación con la derivación de {{nna_nombre}}")
                .endsWith("{{motivo}}");
    }

    @Test
    void windowsLineBreaksAndAGreetingWithoutAnAndAreRecognisedToo() {
        Map<String, Object> framed = frame("Junto con saludar, informo a usted que {{nna_nombre}} ingresó.\r\n\r\n"
                + "Sin otro particular, saluda atentamente a US.,\r\n");

        assertThat(framed.get("greets")).isEqualTo(true);
        assertThat(framed.get("closing")).isEqualTo("Sin otro particular, saluda atentamente a US.,");
        assertThat(framed.get("body")).isEqualTo("Informo a usted que {{nna_nombre}} ingresó.");
    }

    @Test
    void aTextNotRecognisedKeepsEveryCharacter() {
        for (String text : List.of(
                "informo que {{nna_nombre}} ingresó.\n\nAtentamente,\nMaría Pérez",
                "De nuestra consideración: {{nna_nombre}}.\n\nSin otro particular,\nsaluda atentamente a usted,",
                "Junto con saludar")) {
            Map<String, Object> framed = frame(text);
            assertThat(framed.get("greets")).as(text).isEqualTo(false);
            assertThat(framed.get("closing")).as(text).isNull();
            assertThat(framed.get("body")).as(text).isEqualTo(text);
        }
    }

    /** The migration's functions applied as its update applies them to a body. */
    private Map<String, Object> frame(String body) {
        return transactions.execute(status -> {
            functions().forEach(jdbc::execute);
            return jdbc.queryForMap("""
                    select pg_temp.greets(?) as greets, pg_temp.closing_of(?) as closing,
                           pg_temp.without_greeting(case when pg_temp.closing_of(?) is not null
                                                         then pg_temp.without_closing(?) else ? end) as body""",
                    body, body, body, body, body);
        });
    }

    private static List<String> functions() {
        try {
            String migration = new ClassPathResource("db/migration/V29__letters_follow_the_facts.sql")
                    .getContentAsString(StandardCharsets.UTF_8);
            Matcher matcher = Pattern.compile("create function pg_temp\\.[\\s\\S]*?\\$\\$;").matcher(migration);
            List<String> found = matcher.results().map(m -> m.group().replace("create function", "create or replace function")).toList();
            assertThat(found).hasSize(4);
            return found;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
