package cl.circuito.shared.web;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A block left open in a stylesheet does not fail anywhere: the browser reads every rule after it as nested
 * inside it, and they silently stop applying (a merge once lost a brace and, with it, the alerts' coloured
 * edges and the scrolling tables' containment).
 */
class StylesheetsTests {

    @Test
    void everyBlockOfEveryStylesheetIsClosed() throws IOException {
        List<String> unbalanced = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/static"))) {
            for (Path css : files.filter(p -> p.toString().endsWith(".css")).toList()) {
                String rules = Files.readString(css).replaceAll("(?s)/\\*.*?\\*/", "");
                int depth = 0;
                for (char c : rules.toCharArray()) {
                    depth += c == '{' ? 1 : c == '}' ? -1 : 0;
                    if (depth < 0) {
                        break;
                    }
                }
                if (depth != 0) {
                    unbalanced.add(css + " (depth " + depth + " at the end)");
                }
            }
        }
        assertThat(unbalanced).as("stylesheets with a block left open or closed twice").isEmpty();
    }
}
