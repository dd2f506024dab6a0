package cl.circuito.letters.templates;

import cl.circuito.letters.drafting.LetterChild;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * A template's text as the admin's editor previews it: each field the kind may use filled with a fictional
 * sample, and each field it may not use kept as written and marked, so the admin sees the mistake where it is.
 *
 * @param salutation     the line printed before the body, or null for none
 * @param paragraphs     the body's paragraphs (split on blank lines, as the PDF splits them), each as its lines
 * @param listedChildren a list letter's sample table, printed after the body and before the closing; else empty
 * @param closing        the line printed after the body (and the table), or null for none
 * @param notUsable      the placeholders the kind may not use, as written ("{{fecha_ingreso}}"), once each
 */
record TemplatePreview(List<Segment> subject, String salutation, List<List<List<Segment>>> paragraphs,
                              List<LetterChild> listedChildren, String closing, List<String> notUsable) {

    public enum SegmentKind {
        TEXT, FILLED, NOT_USABLE;

        // What a page asks of a value ("${entry.status.isWaiting()}"), instead of comparing names.
        public boolean isText() {
            return this == TEXT;
        }
    }

    public record Segment(String text, SegmentKind kind) {

        public boolean filled() {
            return kind == SegmentKind.FILLED;
        }

        public boolean notUsable() {
            return kind == SegmentKind.NOT_USABLE;
        }
    }

    static TemplatePreview of(TemplateKind kind, String subject, String salutation, String body, String closing,
                              Map<TemplateField, String> samples, List<LetterChild> listedChildren) {
        Set<String> notUsable = new LinkedHashSet<>();
        List<Segment> subjectSegments = segments(kind, subject == null ? "" : subject.strip(), samples, notUsable);
        List<List<List<Segment>>> paragraphs = TemplateText.paragraphs(body).stream()
                .map(lines -> lines.stream().map(line -> segments(kind, line, samples, notUsable)).toList())
                .toList();
        return new TemplatePreview(subjectSegments, blankToNull(salutation), paragraphs, List.copyOf(listedChildren),
                blankToNull(closing), List.copyOf(notUsable));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static List<Segment> segments(TemplateKind kind, String text, Map<TemplateField, String> samples,
                                          Set<String> notUsable) {
        List<Segment> segments = new ArrayList<>();
        Matcher matcher = TemplateText.PLACEHOLDER.matcher(text);
        int from = 0;
        while (matcher.find()) {
            if (matcher.start() > from) {
                segments.add(new Segment(text.substring(from, matcher.start()), SegmentKind.TEXT));
            }
            String value = TemplateField.byPlaceholder(matcher.group(1))
                    .filter(field -> field.usableIn(kind))
                    .map(samples::get)
                    .orElse(null);
            if (value == null) {
                notUsable.add("{{" + matcher.group(1) + "}}");
                segments.add(new Segment(matcher.group(), SegmentKind.NOT_USABLE));
            } else {
                segments.add(new Segment(value, SegmentKind.FILLED));
            }
            from = matcher.end();
        }
        if (from < text.length()) {
            segments.add(new Segment(text.substring(from), SegmentKind.TEXT));
        }
        return List.copyOf(segments);
    }
}
