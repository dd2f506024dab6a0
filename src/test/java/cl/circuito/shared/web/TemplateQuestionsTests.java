package cl.circuito.shared.web;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Templates ask values what they are ({@code entry.status.isWaiting()}, {@code #chileanDates.day(…)}), never compare
 * a constant's name as text nor format dates with patterns of their own: a misspelt name compared false for ever
 * without a word, and every page had its own idea of a date and of the time zone.
 */
class TemplateQuestionsTests {

    private static final Pattern NAME_COMPARED = Pattern.compile("\\.name\\(\\)\\s*(==|!=|eq|ne)\\s*'");
    private static final Pattern OWN_DATE_FORMAT = Pattern.compile("#temporals\\.format|#dates\\.format");

    @Test
    void noTemplateComparesAConstantsNameOrFormatsADateItself() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                List<String> lines = Files.readAllLines(template);
                for (int i = 0; i < lines.size(); i++) {
                    for (Pattern pattern : List.of(NAME_COMPARED, OWN_DATE_FORMAT)) {
                        Matcher m = pattern.matcher(lines.get(i));
                        if (m.find()) {
                            found.add(template + ":" + (i + 1) + ": " + lines.get(i).strip());
                        }
                    }
                }
            }
        }
        assertThat(found).as("templates comparing names or formatting dates themselves").isEmpty();
    }
}
