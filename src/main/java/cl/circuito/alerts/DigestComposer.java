package cl.circuito.alerts;

import cl.circuito.shared.text.ChileanDates;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Writes a user's digest. E-mail leaves our systems, so the digest says only how many alerts of each
 * kind each program has, and links to the day page: it never uses an alert's message (which may name
 * a child) nor its link (which identifies an entry).
 */
@Component
class DigestComposer {

    private static final Locale ES_CL = Locale.forLanguageTag("es-CL");

    private final MessageSource messages;
    private final ITemplateEngine templates;
    private final String baseUrl;

    DigestComposer(MessageSource messages, ITemplateEngine templates,
                   @Value("${circuito.base-url:http://localhost:8080}") String baseUrl) {
        this.messages = messages;
        this.templates = templates;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** One line of the digest: a program and its counts in words ("2 decisiones vencidas, 1 …"). */
    record ProgramLine(String programName, String counts) {
    }

    DigestMail compose(String to, String recipientName, List<Alert> alerts, LocalDate day) {
        List<ProgramLine> lines = lines(alerts);
        String date = ChileanDates.day(day);
        String dayUrl = baseUrl + "/";
        String accountUrl = baseUrl + "/account";
        String subject = text("digest.subject", date, alerts.size());

        StringBuilder text = new StringBuilder()
                .append(text("digest.greeting", recipientName)).append("\n\n")
                .append(text("digest.intro", date, alerts.size())).append("\n\n");
        lines.forEach(line -> text.append("- ").append(line.programName()).append(": ").append(line.counts())
                .append(".\n"));
        text.append('\n').append(text("digest.open")).append(' ').append(dayUrl).append("\n\n")
                .append(text("digest.privacy")).append('\n')
                .append(text("digest.unsubscribe")).append(' ').append(accountUrl).append('\n');

        Context context = new Context(ES_CL, Map.of("recipientName", recipientName, "date", date,
                "total", alerts.size(), "lines", lines, "dayUrl", dayUrl, "accountUrl", accountUrl));
        String html = templates.process("alerts/digest-email", context);
        return new DigestMail(to, subject, text.toString(), html);
    }

    /** Programs by name; in each, the kinds most urgent first. */
    private List<ProgramLine> lines(List<Alert> alerts) {
        Map<UUID, String> names = new LinkedHashMap<>();
        Map<UUID, Map<AlertKind, Integer>> counts = new LinkedHashMap<>();
        for (Alert alert : alerts) {
            names.putIfAbsent(alert.programId(), alert.programName() == null ? "" : alert.programName());
            counts.computeIfAbsent(alert.programId(), id -> new EnumMap<>(AlertKind.class))
                    .merge(alert.kind(), 1, Integer::sum);
        }
        return counts.entrySet().stream()
                .map(e -> new ProgramLine(names.get(e.getKey()), e.getValue().entrySet().stream()
                        .map(k -> text("digest.kind." + k.getKey().name(), k.getValue()))
                        .collect(Collectors.joining(", "))))
                .sorted(Comparator.comparing(ProgramLine::programName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, ES_CL);
    }
}
