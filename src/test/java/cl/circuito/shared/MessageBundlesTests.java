package cl.circuito.shared;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spanish agreement of number in every message: a count reads "1 sesión", "3 sesiones" (a {@code choice} on the
 * count), never "sesión(es)" or "destinatario(s)", which an official record should not print.
 */
class MessageBundlesTests {

    private static final Pattern PLURAL_IN_PARENTHESES = Pattern.compile("\\p{L}\\((s|es)\\)");

    @Test
    void countsAgreeInNumberInsteadOfAPluralInParentheses() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> bundles = Files.walk(Path.of("src/main/resources/i18n"))) {
            for (Path bundle : bundles.filter(p -> p.toString().endsWith(".properties")).toList()) {
                Properties messages = new Properties();
                try (Reader reader = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
                    messages.load(reader);
                }
                messages.forEach((key, text) -> {
                    if (PLURAL_IN_PARENTHESES.matcher(text.toString()).find()) {
                        found.add(bundle.getFileName() + ": " + key + "=" + text);
                    }
                });
            }
        }
        assertThat(found).as("messages with a plural in parentheses").isEmpty();
    }

    /**
     * Spring reads the bundles as one: a key written in two of them takes the first bundle's text, silently, on
     * every page of the other (two imports both wrote "import.error.noHeader", and one showed the other's words).
     */
    @Test
    void everyKeyIsWrittenInOneBundleOnly() throws IOException {
        java.util.Map<String, List<String>> bundlesByKey = new java.util.TreeMap<>();
        try (Stream<Path> bundles = Files.walk(Path.of("src/main/resources/i18n"))) {
            for (Path bundle : bundles.filter(p -> p.toString().endsWith(".properties")).sorted().toList()) {
                Properties messages = new Properties();
                try (Reader reader = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
                    messages.load(reader);
                }
                messages.keySet().forEach(key -> bundlesByKey.computeIfAbsent(key.toString(), k -> new ArrayList<>())
                        .add(Path.of("src/main/resources/i18n").relativize(bundle).toString()));
            }
        }
        bundlesByKey.values().removeIf(found -> found.size() == 1);
        assertThat(bundlesByKey).as("keys written in more than one bundle").isEmpty();
    }
}
