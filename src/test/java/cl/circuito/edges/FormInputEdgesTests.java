package cl.circuito.edges;

import cl.circuito.shared.web.Messages;
import cl.circuito.testing.DatabaseFingerprint;
import cl.circuito.testing.DemoWorld;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The pages' side of the generative tests: as each demo user, crawl every page reachable from the day page (no
 * page may answer 5xx), collect every form, then submit each with its fields broken one at a time — NUL bytes,
 * 100,000 characters, year 0 and 3001, numbers out of range, options that do not exist, a missing or garbled
 * version — and once with everything blank. Whatever is sent: never a 5xx; a refusal changes no row; the
 * messages on the page are Spanish words; a blank form reports every required field at once.
 */
@DemoWorld
class FormInputEdgesTests {

    private static final List<String> USERS = List.of("directora.prm", "coordinadora.opd", "admin", "nacional",
            "gestora", "profesional.prm", "lectura", "director.ppf", "dupla.edt");
    /** Ids in paths, so /entries/{id} is one kind of page however many entries there are. */
    private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern SKIPPED = Pattern.compile(
            "^/(logout|api/|v3/|swagger|webjars/|assets/|actuator)|\\.(pdf|xlsx|csv|ics|docx|png)(\\?|$)|/pdf(\\?|$)|/document(\\?|$)|/attachments/");
    private static final Pattern INTERNAL_NAME = Pattern.compile(
            "\\b[a-z]+[A-Z][A-Za-z]*\\b|\\b[A-Z]{2,}_[A-Z_]+\\b|must not|Cannot |java\\.|Exception|Failed to convert");
    private static final int PAGES_PER_KIND = 2;
    private static final int PAGES_PER_USER = 160;

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired UserDetailsService users;
    @Autowired Messages messages;

    private final Set<String> failures = new LinkedHashSet<>();
    private DatabaseFingerprint fingerprint;
    private Map<String, String> snapshot;
    private long snapshotAt = -1;
    private int requests;

    /** A form as a page offers it: where it posts, its fields and their current values. */
    record Form(String user, String page, String action, boolean multipart, List<Field> fields) {

        String kind() {
            return ID.matcher(action).replaceAll("{id}") + " " + fields.stream().map(Field::name).sorted().toList();
        }
    }

    record Field(String name, String type, String value, boolean required, List<String> options) {

        boolean visible() {
            return !type.equals("hidden");
        }
    }

    @Test
    void everyPageRendersAndNoFormInputReachesA5xxOrHalfSavesAndRefusalsSpeakSpanishAllAtOnce() throws Exception {
        fingerprint = new DatabaseFingerprint(jdbc);
        Map<String, Form> forms = new LinkedHashMap<>();
        for (String username : USERS) {
            crawl(username, forms);
        }
        for (Form form : forms.values()) {
            submitBroken(form);
        }
        Files.write(Path.of("target", "form-input-edges.txt"), failures);
        assertThat(failures).as("%d forms, %d requests; %d failures (all in target/form-input-edges.txt):%n%s",
                forms.size(), requests, failures.size(), String.join("\n", failures.stream().limit(150).toList()))
                .isEmpty();
    }

    private void crawl(String username, Map<String, Form> forms) throws Exception {
        Deque<String> queue = new ArrayDeque<>(List.of("/"));
        Set<String> seen = new LinkedHashSet<>();
        Map<String, Integer> perKind = new HashMap<>();
        while (!queue.isEmpty() && seen.size() < PAGES_PER_USER) {
            String url = queue.poll();
            String kind = ID.matcher(url).replaceAll("{id}").replaceAll("=[^&]*", "=");
            if (!seen.add(url) || perKind.merge(kind, 1, Integer::sum) > PAGES_PER_KIND) {
                continue;
            }
            MockHttpServletResponse response = mvc.perform(get(URI.create(url)).with(user(users.loadUserByUsername(username))))
                    .andReturn().getResponse();
            requests++;
            if (response.getStatus() >= 500) {
                failures.add("GET " + url + " as " + username + " → " + response.getStatus());
                continue;
            }
            String type = response.getContentType();
            if (response.getStatus() != 200 || type == null || !type.startsWith("text/html")) {
                continue;
            }
            Document page = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8), "http://localhost" + url);
            spanishOnly(page, "GET " + url + " as " + username);
            for (Element link : page.select("a[href]")) {
                String href = link.attr("href");
                if (href.startsWith("/") && !href.startsWith("//") && !SKIPPED.matcher(href).find()) {
                    queue.add(href.replaceAll("#.*", ""));
                }
            }
            for (Element element : page.select("form")) {
                if (!element.attr("method").equalsIgnoreCase("post")) {
                    continue;
                }
                List<String> actions = new ArrayList<>();
                actions.add(element.attr("action").isEmpty() ? url : element.attr("action"));
                element.select("button[formaction]").forEach(b -> actions.add(b.attr("formaction")));
                for (String action : actions) {
                    if (!action.startsWith("/") || SKIPPED.matcher(action).find()) {
                        continue;
                    }
                    Form form = new Form(username, url, action,
                            element.attr("enctype").equalsIgnoreCase("multipart/form-data"), fields(element));
                    forms.putIfAbsent(form.kind(), form);
                }
            }
        }
    }

    private static List<Field> fields(Element form) {
        Map<String, Field> fields = new LinkedHashMap<>();
        for (Element input : form.select("input[name], select[name], textarea[name]")) {
            String name = input.attr("name");
            if (name.equals("_csrf") || fields.containsKey(name)) {
                continue;
            }
            String type = input.tagName().equals("input") ? input.attr("type").toLowerCase() : input.tagName();
            if (type.isEmpty()) {
                type = "text";
            }
            if (type.equals("submit") || type.equals("button") || type.equals("file")) {
                continue;
            }
            List<String> options = new ArrayList<>();
            String value;
            switch (type) {
                case "select" -> {
                    input.select("option").forEach(o -> options.add(o.attr("value")));
                    Element selected = input.selectFirst("option[selected]");
                    value = selected != null ? selected.attr("value")
                            : options.stream().filter(o -> !o.isEmpty()).findFirst().orElse("");
                }
                case "textarea" -> value = input.text();
                case "checkbox", "radio" -> {
                    Element checked = form.selectFirst("input[name=" + name + "][checked]");
                    value = checked != null ? checked.attr("value") : null;
                    form.select("input[name=" + name + "]").forEach(o -> options.add(o.attr("value")));
                }
                default -> value = input.attr("value");
            }
            if ((value == null || value.isEmpty()) && input.hasAttr("required")) {
                value = plausible(type, name, options);
            }
            fields.put(name, new Field(name, type, value, input.hasAttr("required"), options));
        }
        return new ArrayList<>(fields.values());
    }

    private static String plausible(String type, String name, List<String> options) {
        return switch (type) {
            case "date" -> LocalDate.now().toString();
            case "month" -> LocalDate.now().toString().substring(0, 7);
            case "time" -> name.toLowerCase().contains("end") ? "12:00" : "10:00";
            case "number" -> "1";
            case "email" -> "prueba@circuito.cl";
            case "radio", "checkbox", "select" -> options.stream().filter(o -> !o.isEmpty()).findFirst().orElse("");
            default -> "Texto de prueba";
        };
    }

    /** One field at a time, then the whole form blank. */
    private void submitBroken(Form form) throws Exception {
        for (Field field : form.fields()) {
            for (String[] broken : broken(field)) {
                Map<String, String> values = values(form);
                if (broken[1] == null) {
                    values.remove(field.name());
                } else {
                    values.put(field.name(), broken[1]);
                }
                submit(form, values, field.name() + ": " + broken[0], null);
            }
        }
        Map<String, String> blank = values(form);
        List<String> required = new ArrayList<>();
        for (Field field : form.fields()) {
            if (field.visible() && !field.type().equals("checkbox") && !field.type().equals("radio")) {
                blank.put(field.name(), "");
                if (field.required()) {
                    required.add(field.name());
                }
            }
        }
        submit(form, blank, "todo en blanco", required);
    }

    private static List<String[]> broken(Field field) {
        List<String[]> all = new ArrayList<>();
        if (!field.visible()) {
            all.add(new String[]{"ausente", null});
            all.add(new String[]{"texto", "no-es-un-valor"});
            all.add(new String[]{"NUL", "\u0000"});
            return all;
        }
        switch (field.type()) {
            case "date" -> {
                all.add(new String[]{"año 0", "0000-01-01"});
                all.add(new String[]{"año 3001", "3001-01-01"});
                all.add(new String[]{"fecha imposible", "2026-02-30"});
                all.add(new String[]{"texto en fecha", "mañana"});
            }
            case "number" -> {
                all.add(new String[]{"negativo", "-1"});
                all.add(new String[]{"enorme", "99999999999999"});
                all.add(new String[]{"texto en número", "uno"});
            }
            case "select", "radio", "checkbox" -> all.add(new String[]{"opción inexistente", "NO_EXISTE"});
            default -> {
                all.add(new String[]{"NUL", "texto\u0000con NUL"});
                all.add(new String[]{"demasiado largo", "x".repeat(100_001)});
            }
        }
        if (field.type().equals("time")) {
            all.add(new String[]{"hora imposible", "25:61"});
        }
        return all;
    }

    private static Map<String, String> values(Form form) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Field field : form.fields()) {
            if (field.value() != null) {
                values.put(field.name(), field.value());
            }
        }
        return values;
    }

    private void submit(Form form, Map<String, String> values, String what, List<String> requiredBlank) throws Exception {
        AbstractMockHttpServletRequestBuilder<?> request = form.multipart()
                ? org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(URI.create(form.action()))
                : post(URI.create(form.action()));
        values.forEach(request::param);
        request.with(user(users.loadUserByUsername(form.user()))).with(csrf());
        settle();
        long before = fingerprint.nextTransaction();
        if (before != snapshotAt) {
            snapshot = fingerprint.tables();
            snapshotAt = fingerprint.nextTransaction();
            before = snapshotAt;
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        requests++;
        int status = response.getStatus();
        String where = "POST " + ID.matcher(form.action()).replaceAll("{id}") + " as " + form.user() + " [" + what + "] → "
                + status;
        if (status >= 500) {
            failures.add(where);
            return;
        }
        if (status >= 400) {
            settle();
            if (fingerprint.nextTransaction() != before) {
                Map<String, String> changed = DatabaseFingerprint.differences(snapshot, fingerprint.tables());
                if (!changed.isEmpty()) {
                    failures.add(where + " refused but changed " + changed.keySet());
                }
                snapshot = fingerprint.tables();
                snapshotAt = fingerprint.nextTransaction();
            }
        }
        String type = response.getContentType();
        if (type == null || !type.startsWith("text/html")) {
            return;
        }
        Document page = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
        spanishOnly(page, where);
        if (page.text().contains(messages.get("error.database.refused"))) {
            failures.add(where + " refused by the database, not by validation naming the field");
        }
        if (requiredBlank != null && (status == 400 || status == 422)) {
            for (String name : requiredBlank) {
                Element field = page.selectFirst("[name=" + name + "]");
                if (field != null && !field.hasClass("is-invalid")) {
                    failures.add(where + " did not mark the required field «" + name + "» with the others");
                }
            }
        }
    }

    private void spanishOnly(Document page, String where) {
        for (Element message : page.select(".invalid-feedback, .alert-danger, .alert-warning, .lead")) {
            String text = message.text();
            if (INTERNAL_NAME.matcher(text).find()) {
                failures.add(where + " not in Spanish words: «" + (text.length() > 200 ? text.substring(0, 200) : text) + "»");
            }
        }
    }

    /** Modules react to events after commit, on another thread: their writes are not the request's. */
    private void settle() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline) && jdbc.sql(
                "select count(*) from event_publication where completion_date is null").query(Long.class).single() > 0) {
            Thread.sleep(20);
        }
    }
}
