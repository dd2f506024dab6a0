package cl.circuito.letters.drafting;

import cl.circuito.shared.text.ChileanDates;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import cl.circuito.waitinglist.entry.EntryDecisions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V29 moves the salutation and the closing out of the templates institutions edited and of the pending drafts:
 * what it recognises moves, what it does not keeps its text byte for byte (so it prints as before); and a
 * pending draft remembers the date it states. The migration's own statements, run on texts an institution may
 * have written and on a draft made as before it.
 */
@CircuitoTest
class TemplateFrameMigrationTests {

    /** The default not-eligible text before V29 (V16), as an institution that copied it keeps it. */
    private static final String OLD_DEFAULT = """
            Junto con saludar, y en relación con la derivación de {{nna_nombre}}, RUT {{nna_rut}}, recibida por el {{programa}} el {{fecha_recepcion}}, informo a usted que el niño, niña o adolescente no es sujeto de atención de este programa.

            {{motivo}}

            Sin otro particular, saluda atentamente a usted,""";

    @Autowired JdbcTemplate jdbc;
    @Autowired JdbcClient client;
    @Autowired Fixtures fixtures;
    @Autowired EntryDecisions decisions;
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

    @Test
    void aDraftPendingBeforeTheMigrationRemembersTheDateItStatesSoItFollowsIt() {
        LetterScenario scenario = new LetterScenario(fixtures, decisions, client);
        LetterScenario.Child child = scenario.waiting(scenario.court, 20);
        scenario.settle(scenario.program);
        UUID letter = client.sql("""
                        select l.id from letter l join letter_child c on c.letter_id = l.id
                         where c.entry_id = ? and l.status = 'DRAFT'""").param(child.entryId()).query(UUID.class).single();
        LocalDate stated = client.sql("select stated_date from letter_child where letter_id = ?").param(letter)
                .query(LocalDate.class).single();
        jdbc.update("update letter set stated_facts = '{}'::jsonb where id = ?", letter);

        jdbc.update(statement("update letter l set stated_facts = jsonb_build_object"));

        assertThat(client.sql("select stated_facts->>'fecha_estimada' from letter where id = ?").param(letter)
                .query(String.class).single()).isEqualTo(ChileanDates.longDay(stated));
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

    /** The migration's statement that starts so, up to its semicolon. */
    private static String statement(String start) {
        String migration = migration();
        int from = migration.indexOf(start);
        assertThat(from).isNotNegative();
        return migration.substring(from, migration.indexOf(';', from));
    }

    private static String migration() {
        try {
            return new ClassPathResource("db/migration/letters/V29__letters_follow_the_facts.sql")
                    .getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> functions() {
        Matcher matcher = Pattern.compile("create function pg_temp\\.[\\s\\S]*?\\$\\$;").matcher(migration());
        List<String> found = matcher.results()
                .map(m -> m.group().replace("create function", "create or replace function")).toList();
        assertThat(found).hasSize(4);
        return found;
    }
}
