package cl.circuito.shared.web;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a 390 px phone a table wider than the screen scrolls inside its own box; without one it pushed the whole
 * page sideways (the minutes' agreements, a member's representatives). Every table of a page sits in a
 * {@code .table-responsive}, fragments included; PDFs and e-mails have no screen to fit.
 */
class NarrowTablesTests {

    @Test
    void everyTableOfAPageScrollsInsideItsOwnBox() throws IOException {
        List<String> loose = new ArrayList<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template : templates.filter(NarrowTablesTests::isScreen).toList()) {
                for (Element table : Jsoup.parse(Files.readString(template)).select("table.table")) {
                    if (table.parents().stream().noneMatch(parent -> parent.hasClass("table-responsive"))) {
                        loose.add(template + ": " + table.attributes().html().trim());
                    }
                }
            }
        }
        assertThat(loose).as("tables outside a .table-responsive").isEmpty();
    }

    /**
     * On a tablet or a phone a list shows each row as a card (circuito.css, circuito.js label the cells from the
     * headings): no column, deadline and state included, hides beyond the screen's edge. Only a small table sized to
     * its content ({@code w-auto}) may stay a table.
     */
    @Test
    void everyTableOfAPageBecomesCardsOnANarrowScreen() throws IOException {
        List<String> wide = new ArrayList<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template : templates.filter(NarrowTablesTests::isScreen).toList()) {
                for (Element table : Jsoup.parse(Files.readString(template)).select("table.table")) {
                    if (!table.hasClass("table-cards") && !table.hasClass("w-auto") && !isIdentityQuestion(template)) {
                        wide.add(template + ": " + table.attributes().html().trim());
                    }
                }
            }
        }
        assertThat(wide).as("tables that stay tables on a phone").isEmpty();
    }

    /** The identity question compares three short columns inside a form's warning: it fits a phone as a table. */
    private static boolean isIdentityQuestion(Path template) {
        return template.endsWith(Path.of("waitinglist", "identity.html"));
    }

    private static boolean isScreen(Path template) {
        String name = template.toString();
        return name.endsWith(".html") && !name.contains("/pdf/") && !name.endsWith("-pdf.html")
                && !name.endsWith("-email.html");
    }
}
