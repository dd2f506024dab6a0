package cl.circuito.letters.drafting;

import cl.circuito.letters.templates.BatchMode;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import cl.circuito.testing.PdfText;
import cl.circuito.waitinglist.entry.EntryDecisions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How an oficio reads on paper: the salutation before the text, the closing after it — after the paragraphs
 * the director adds and after a list letter's table — then the signature; a count agrees with its noun.
 */
@CircuitoTest
class LetterLayoutTests {

    @Autowired Fixtures fixtures;
    @Autowired EntryDecisions decisions;
    @Autowired LetterManagement management;
    @Autowired MonthlyBatch batch;
    @Autowired JdbcClient jdbc;

    @Test
    void paragraphsTheDirectorAddsLandBeforeTheClosingAndTheSignature() {
        LetterScenario scenario = new LetterScenario(fixtures, decisions, jdbc);
        LetterScenario.Child child = scenario.refer(scenario.opd, 10);
        decisions.declareNotEligible(scenario.director, child.entryId(), scenario.version(child), LocalDate.now(),
                "No presenta indicadores de maltrato grave.", null, "PPF Ñuble Centro");
        scenario.settle(scenario.program);
        Letter draft = draftOf(scenario, child);
        assertThat(draft.salutation()).isEqualTo("De mi consideración:");
        assertThat(draft.closing()).isEqualTo("Sin otro particular, saluda atentamente a usted,");
        assertThat(draft.body()).doesNotContain("Sin otro particular").doesNotContain("Junto con saludar");

        Letter edited = management.edit(scenario.director, draft.id(), draft.version(), draft.subject(),
                draft.body() + "\n\nSe adjunta el informe psicosocial de la dupla.");
        Letter issued = management.issue(scenario.director, edited.id(), edited.version());

        String text = words(PdfText.of(management.pdf(scenario.director, issued.id()).content()).text());
        assertThat(text).containsSubsequence("De mi consideración:", "En relación con la derivación de " + child.name(),
                "No presenta indicadores de maltrato grave.", "se sugiere su derivación a PPF Ñuble Centro",
                "No contamos con los datos de contacto de ese programa.",
                "Se adjunta el informe psicosocial de la dupla.",
                "Sin otro particular, saluda atentamente a usted,");
        assertThat(text.lastIndexOf(LetterScenario.DIRECTOR_NAME))
                .isGreaterThan(text.indexOf("Sin otro particular"));
        assertThat(count(text, "Sin otro particular")).isOne();
    }

    @Test
    void aListLetterOfOneChildSaysSoInTheSingularAndItsTableComesBeforeTheClosing() {
        LetterScenario scenario = new LetterScenario(fixtures, decisions, jdbc);
        LetterScenario.Child child = scenario.waiting(scenario.court, 20);

        String text = issuedList(scenario);

        assertThat(text).contains("de 1 niño, niña o adolescente que ese organismo derivó al programa")
                .doesNotContain("de los 1").doesNotContain("niños, niñas y adolescentes que");
        assertThat(text).containsSubsequence("De mi consideración:", "Cada fecha estimada considera",
                "se detalla a continuación:", child.name(), "Sin otro particular, saluda atentamente a usted,");
        assertThat(text.indexOf(child.name())).isLessThan(text.indexOf("Sin otro particular"));
        assertThat(text.lastIndexOf(LetterScenario.DIRECTOR_NAME)).isGreaterThan(text.indexOf("Sin otro particular"));
    }

    @Test
    void aListLetterOfSeveralChildrenCountsThemInThePlural() {
        LetterScenario scenario = new LetterScenario(fixtures, decisions, jdbc);
        List<LetterScenario.Child> children = List.of(scenario.waiting(scenario.court, 30),
                scenario.waiting(scenario.court, 25), scenario.waiting(scenario.court, 20));

        String text = issuedList(scenario);

        assertThat(text).contains("de los 3 niños, niñas y adolescentes que ese organismo derivó al programa");
        int closing = text.indexOf("Sin otro particular");
        children.forEach(child -> assertThat(text.indexOf(child.name())).isBetween(0, closing));
    }

    /** Issues the program's pending estimated dates as one list letter to the court; its PDF's text. */
    private String issuedList(LetterScenario scenario) {
        scenario.settle(scenario.program);
        MonthlyBatch.Overview overview = batch.overview(scenario.director, scenario.program);
        List<Letter> issued = batch.issue(scenario.director, scenario.program, BatchMode.PER_COURT, overview.letterIds());
        assertThat(issued).hasSize(1);
        return words(PdfText.of(management.pdf(scenario.director, issued.get(0).id()).content()).text());
    }

    private Letter draftOf(LetterScenario scenario, LetterScenario.Child child) {
        UUID id = jdbc.sql("""
                        select l.id from letter l join letter_child c on c.letter_id = l.id
                         where c.entry_id = ? and l.status = 'DRAFT'""")
                .param(child.entryId()).query(UUID.class).single();
        return management.details(scenario.director, id).letter();
    }

    /** The text with its line breaks as spaces: a justified paragraph wraps anywhere. */
    private static String words(String text) {
        return text.replaceAll("\\s+", " ");
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
