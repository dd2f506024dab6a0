package cl.circuito.letters.templates;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {{field}} placeholders of a template's text. Filling leaves a placeholder whose value is unknown
 * (a child without RUT) in place, so the director sees what is missing, and a letter cannot be issued
 * while its text still holds one ({@link #placeholdersIn}).
 */
public final class TemplateText {

    /** What a placeholder looks like; the admin's preview marks exactly what filling would leave. */
    static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z0-9_]+)\\s*}}");

    private TemplateText() {
    }

    /** Replaces every known field that has a non-blank value; anything else is left as written. */
    public static String fill(String text, Map<TemplateField, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = TemplateField.byPlaceholder(matcher.group(1))
                    .map(values::get)
                    .filter(v -> !v.isBlank())
                    .orElse(matcher.group());
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /**
     * The facts a text filled from this template states: each known field it writes, with its value (null when
     * unknown, so it stayed as a placeholder). What a draft compares with the current facts.
     */
    public static Map<String, String> stated(String template, Map<TemplateField, String> values) {
        Map<String, String> stated = new java.util.LinkedHashMap<>();
        for (String name : placeholdersIn(template)) {
            TemplateField.byPlaceholder(name).ifPresent(field -> {
                String value = values.get(field);
                stated.put(name, value == null || value.isBlank() ? null : value);
            });
        }
        return stated;
    }

    /** A letter's text as printed: paragraphs split on blank lines, each as its stripped lines. */
    public static List<List<String>> paragraphs(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(text.strip().split("\\R\\s*\\R"))
                .map(p -> java.util.Arrays.stream(p.split("\\R")).map(String::strip).toList())
                .toList();
    }

    /** The placeholder names still in a text ("nna_rut"), in order of appearance, once each. */
    public static List<String> placeholdersIn(String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text == null ? "" : text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return List.copyOf(found);
    }

    /** Placeholders a template of this kind may not use (unknown, or about something the kind lacks). */
    public static List<String> notUsableIn(TemplateKind kind, String text) {
        return placeholdersIn(text).stream()
                .filter(name -> TemplateField.byPlaceholder(name).map(f -> !f.usableIn(kind)).orElse(true))
                .toList();
    }
}
