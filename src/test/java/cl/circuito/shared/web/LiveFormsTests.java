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
 * A form that sends itself while the user types or picks (a search box, a filter) must let the latest request
 * win. htmx's default drops a request while another from the same element is in flight, so a search typed while
 * the previous filter still loads was silently lost, and the list showed what the user no longer asked for.
 */
class LiveFormsTests {

    private static final Pattern ELEMENT = Pattern.compile("<(form|input|select|textarea)\\b[^>]*>", Pattern.DOTALL);
    private static final Pattern LIVE_TRIGGER = Pattern.compile("hx-trigger=\"[^\"]*\\b(input|change|keyup)\\b");

    @Test
    void everyFormThatSendsItselfWhileTypedInLetsTheLatestRequestWin() throws IOException {
        List<String> unsynchronised = new ArrayList<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher element = ELEMENT.matcher(Files.readString(template));
                while (element.find()) {
                    String tag = element.group();
                    if (LIVE_TRIGGER.matcher(tag).find() && !tag.contains("hx-sync=\"this:replace\"")) {
                        unsynchronised.add(template + ": " + tag.replaceAll("\\s+", " "));
                    }
                }
            }
        }
        assertThat(unsynchronised).as("live forms without hx-sync=\"this:replace\"").isEmpty();
    }
}
