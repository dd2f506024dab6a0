package cl.circuito;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A class grows past about 300 lines only with a reason written at its top: its Javadoc says why it is longer
 * than our classes usually are (one state machine whose verbs guard one state, a read model that is mostly SQL…).
 * A long class without one is a sign that it serves more than one reason to change.
 */
class ClassSizeTests {

    static final int LINES = 300;

    /** The Javadoc right before the top-level type's declaration (after its annotations). */
    private static final Pattern TYPE_DOC = Pattern.compile(
            "/\\*\\*((?:(?!\\*/).)*)\\*/\\s*(?:@[^\\n]*\\n\\s*)*(?:public |final |abstract |sealed )*(?:class|record|enum|interface) ",
            Pattern.DOTALL);
    private static final Pattern REASON = Pattern.compile("(?i)\\b(longer|length)\\b");

    @Test
    void aClassOverThreeHundredLinesSaysWhyAtItsTop() throws IOException {
        List<String> unexplained;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            unexplained = files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> lines(file).size() > LINES)
                    .filter(file -> !explained(file))
                    .map(Path::toString)
                    .sorted()
                    .toList();
        }
        assertThat(unexplained).as("classes over %d lines whose Javadoc does not say why", LINES).isEmpty();
    }

    private static boolean explained(Path file) {
        Matcher doc = TYPE_DOC.matcher(String.join("\n", lines(file)));
        return doc.find() && REASON.matcher(doc.group(1)).find();
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new IllegalStateException(file.toString(), e);
        }
    }
}
