package cl.circuito.edges;

import cl.circuito.identity.Actors;
import cl.circuito.identity.tokens.ApiTokenManagement;
import cl.circuito.shared.web.Messages;
import cl.circuito.testing.DatabaseFingerprint;
import cl.circuito.testing.DemoWorld;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * A generative walk over every operation of the API's OpenAPI document, on the demo's records, as the right user
 * for each: first what a client would send, then — one property at a time — malformed, oversized, out-of-range
 * and hostile values, broken bodies and query parameters. Whatever arrives:
 * <ul>
 *   <li>the answer is never a 5xx;</li>
 *   <li>a refusal (4xx) leaves the record exactly as it was (no half-saved row);</li>
 *   <li>a refusal of an unreadable, oversized or out-of-range value names that field;</li>
 *   <li>every message is Spanish words, never an internal name ({@code heldOn}, {@code SCHEDULED}).</li>
 * </ul>
 */
@DemoWorld
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiInputEdgesTests {

    private static final Pattern INTERNAL_NAME = Pattern.compile(
            "\\b[a-z]+[A-Z][A-Za-z]*\\b|\\b[A-Z]{2,}_[A-Z_]+\\b|must not|Cannot |JSON parse|java\\.|Exception|Required request");

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;
    @Autowired ApiTokenManagement tokens;
    @Autowired Actors actors;
    @Autowired Messages messages;

    private ApiOperations operations;
    private DemoRecords records;
    private DatabaseFingerprint fingerprint;
    private final Map<String, String> tokenOf = new HashMap<>();
    private final Set<String> failures = new java.util.LinkedHashSet<>();
    private Map<String, String> snapshot;
    private long snapshotAt = -1;
    private int requests;
    private int baselineStatus;
    private boolean namingChecked;
    private String databaseRefused;

    @BeforeAll
    void readTheDocumentAndSignIn() throws Exception {
        String document = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        operations = ApiOperations.of(json.readTree(document));
        records = new DemoRecords(jdbc);
        fingerprint = new DatabaseFingerprint(jdbc);
        databaseRefused = messages.get("error.database.refused");
        for (String username : List.of("directora.prm", "coordinadora.opd", "admin", "nacional")) {
            UUID userId = jdbc.sql("select id from app_user where username = ?").param(username).query(UUID.class).single();
            tokenOf.put(username, tokens.create(actors.actorOf(userId).orElseThrow(), "Pruebas generativas").secret());
        }
    }

    @Test
    void everyPathParameterOfTheDocumentIsExercisedOnARealRecord() {
        assertThat(operations.all()).hasSizeGreaterThan(100);
        operations.all().forEach(op -> op.parameters().stream().filter(p -> p.in().equals("path"))
                .forEach(p -> assertThat(DemoRecords.KNOWN).as("%s: {%s}", op, p.name()).contains(p.name())));
    }

    @Test
    void noInputReachesA5xxOrLeavesAHalfSavedRowAndEveryRefusalIsSpanishNamingTheField() throws Exception {
        List<ApiOperations.Operation> ordered = new ArrayList<>(operations.all());
        ordered.sort(Comparator.comparingInt(ApiInputEdgesTests::order).thenComparing(ApiOperations.Operation::path));
        for (ApiOperations.Operation operation : ordered) {
            walk(operation);
        }
        java.nio.file.Files.write(java.nio.file.Path.of("target", "api-input-edges.txt"), failures);
        assertThat(failures).as("%d requests; %d failures (all in target/api-input-edges.txt):%n%s", requests,
                failures.size(), String.join("\n", failures.stream().limit(150).toList())).isEmpty();
    }

    /** Reads first, then changes, and the ones that end something last: the demo keeps records for the others. */
    private static int order(ApiOperations.Operation op) {
        if (!op.changes()) {
            return 0;
        }
        String last = op.path().substring(op.path().lastIndexOf('/') + 1);
        boolean ends = op.method().equals("DELETE") || Set.of("close", "exit", "leave", "end", "cancel", "discard",
                "disposals", "unschedule", "admission", "issue", "held").contains(last);
        return ends ? 2 : 1;
    }

    private void walk(ApiOperations.Operation op) throws Exception {
        Map<String, String> path = records.pathValues(op);
        String user = userFor(op);
        Map<String, Object> base = baselineBody(op, path);
        Map<String, String> query = baselineQuery(op);

        user = chooseUser(op, path, query, base, user);
        // A refusal can only be expected to name the broken field when the rest of the request was acceptable.
        namingChecked = baselineStatus != 400 && baselineStatus != 422;
        for (ApiOperations.Parameter p : op.query()) {
            for (Inputs.Mutation m : Inputs.queryValues(p.schema())) {
                Map<String, String> mutated = new LinkedHashMap<>(query);
                mutated.put(p.name(), (String) m.value());
                send(op, user, path, mutated, base, "consulta " + p.name() + ": " + m.label(), null);
            }
        }
        if (op.bodyKind() == ApiOperations.BodyKind.JSON) {
            for (Inputs.Mutation m : Inputs.bodies()) {
                send(op, user, path, query, m.value(), "cuerpo: " + m.label(), null);
            }
            mutateProperties(op, user, path, query, base, op.body(), "", base);
        }
        if (op.bodyKind() == ApiOperations.BodyKind.MULTIPART) {
            multipartEdges(op, user, path, query);
        }
    }

    /** One property at a time, and one level down into objects and the first element of lists of objects. */
    @SuppressWarnings("unchecked")
    private void mutateProperties(ApiOperations.Operation op, String user, Map<String, String> path,
                                  Map<String, String> query, Object root, JsonNode schema, String prefix,
                                  Object container) throws Exception {
        JsonNode s = op.schemas().resolve(schema);
        if (s == null) {
            return;
        }
        if (s.path("type").asString("").equals("array") && container instanceof List<?> list && !list.isEmpty()) {
            mutateProperties(op, user, path, query, root, s.path("items"), prefix + "[0]", list.get(0));
            return;
        }
        if (!(container instanceof Map<?, ?>)) {
            return;
        }
        Map<String, Object> object = (Map<String, Object>) container;
        for (Map.Entry<String, JsonNode> property : s.path("properties").properties()) {
            String name = property.getKey();
            String field = prefix.isEmpty() ? name : prefix + "." + name;
            for (Inputs.Mutation m : Inputs.mutations(property.getValue(), op.schemas())) {
                Object before = object.containsKey(name) ? object.get(name) : Inputs.ABSENT;
                if (m.value() == Inputs.ABSENT) {
                    object.remove(name);
                } else {
                    object.put(name, m.value());
                }
                try {
                    send(op, user, path, query, root, field + ": " + m.label(), m.namesTheField() ? field : null);
                } finally {
                    if (before == Inputs.ABSENT) {
                        object.remove(name);
                    } else {
                        object.put(name, before);
                    }
                }
            }
            if (prefix.split("\\.").length < 2 && object.get(name) != null) {
                mutateProperties(op, user, path, query, root, property.getValue(), field, object.get(name));
            }
        }
    }

    private void multipartEdges(ApiOperations.Operation op, String user, Map<String, String> path,
                                Map<String, String> query) throws Exception {
        String part = op.body().path("properties").propertyNames().iterator().next();
        byte[] pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII);
        List<MockMultipartFile> cases = List.of(
                new MockMultipartFile(part, "vacío.pdf", "application/pdf", new byte[0]),
                new MockMultipartFile(part, "no-es-pdf.pdf", "application/pdf", "hola".getBytes()),
                new MockMultipartFile(part, "../../etc/\u0000passwd.pdf", "application/pdf", pdf),
                new MockMultipartFile(part, "x".repeat(5000) + ".pdf", "application/pdf", pdf),
                new MockMultipartFile("otro", "archivo.pdf", "application/pdf", pdf));
        for (MockMultipartFile file : cases) {
            MockMultipartHttpServletRequestBuilder builder = multipart(HttpMethod.valueOf(op.method()), op.path(),
                    path.values().toArray());
            builder.file(file);
            query.forEach(builder::param);
            records.version(op, path).ifPresent(v -> builder.param("version", v.toString()));
            perform(op, builder.header("Authorization", "Bearer " + tokenOf.get(user)),
                    "archivo " + file.getName() + " «" + abbreviate(file.getOriginalFilename()) + "»", null);
        }
    }

    private String chooseUser(ApiOperations.Operation op, Map<String, String> path, Map<String, String> query,
                              Map<String, Object> body, String preferred) throws Exception {
        baselineStatus = send(op, preferred, path, query, body, "lo que enviaría un cliente", null);
        if (baselineStatus != 403 && baselineStatus != 404) {
            return preferred;
        }
        for (String other : tokenOf.keySet()) {
            if (!other.equals(preferred)) {
                int s = send(op, other, path, query, body, "lo que enviaría un cliente (como " + other + ")", null);
                if (s != 403 && s != 404) {
                    baselineStatus = s;
                    return other;
                }
            }
        }
        return preferred;
    }

    private static String userFor(ApiOperations.Operation op) {
        String path = op.path();
        if (path.equals("/api/v1/mesas") && op.method().equals("POST")) {
            return "admin";
        }
        if (path.startsWith("/api/v1/mesas") || path.startsWith("/api/v1/flows")) {
            return "coordinadora.opd";
        }
        if (path.startsWith("/api/v1/implementation")) {
            return "nacional";
        }
        if (path.startsWith("/api/v1/institutions") || path.startsWith("/api/v1/priority-instruments")
                || path.startsWith("/api/v1/network-imports")
                || path.startsWith("/api/v1/calendar")) {
            return "admin";
        }
        return "directora.prm";
    }

    private Map<String, Object> baselineBody(ApiOperations.Operation op, Map<String, String> path) {
        if (op.bodyKind() != ApiOperations.BodyKind.JSON) {
            return null;
        }
        Optional<Long> version = records.version(op, path);
        Object body = Inputs.baseline(op.body(), "body", op.schemas(), property -> {
            if (property.equals("version") || property.endsWith("Version")) {
                return version.orElse(0L);
            }
            return records.forProperty(property, path).orElse(null);
        }, 0);
        if (body instanceof Map<?, ?>) {
            @SuppressWarnings("unchecked") Map<String, Object> map = (Map<String, Object>) body;
            return map;
        }
        Map<String, Object> wrapper = new LinkedHashMap<>();
        wrapper.put("", body);
        return wrapper;
    }

    private static Map<String, String> baselineQuery(ApiOperations.Operation op) {
        Map<String, String> query = new LinkedHashMap<>();
        for (ApiOperations.Parameter p : op.query()) {
            if (!p.required()) {
                continue;
            }
            JsonNode s = p.schema();
            String type = s == null ? "" : s.path("type").asString("");
            query.put(p.name(), s != null && s.has("enum") ? s.get("enum").get(0).asString()
                    : type.equals("integer") ? "0" : "1");
        }
        return query;
    }

    /** @return the status */
    private int send(ApiOperations.Operation op, String user, Map<String, String> path, Map<String, String> query,
                     Object body, String what, String field) throws Exception {
        MockHttpServletRequestBuilder builder = request(HttpMethod.valueOf(op.method()), op.path(), path.values().toArray())
                .header("Authorization", "Bearer " + tokenOf.get(user))
                .accept(MediaType.APPLICATION_JSON);
        query.forEach(builder::queryParam);
        if (op.bodyKind() == ApiOperations.BodyKind.JSON && body != Inputs.ABSENT && body != null) {
            builder.contentType(MediaType.APPLICATION_JSON);
            if (body instanceof String raw) {
                builder.content(raw);
            } else if (body instanceof Map<?, ?> map && map.size() == 1 && map.containsKey("")) {
                builder.content(json.writeValueAsBytes(map.get("")));
            } else {
                builder.content(json.writeValueAsBytes(body));
            }
        }
        return perform(op, builder, what, field);
    }

    private int perform(ApiOperations.Operation op, RequestBuilder builder, String what, String field)
            throws Exception {
        settle();
        long before = fingerprint.nextTransaction();
        if (op.changes() && before != snapshotAt) {
            snapshot = fingerprint.tables();
            snapshotAt = fingerprint.nextTransaction();
            before = snapshotAt;
        }
        MvcResult result = mvc.perform(builder).andReturn();
        requests++;
        int status = result.getResponse().getStatus();
        String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        String where = op + " [" + what + "] → " + status;
        if (status >= 500) {
            failures.add(where + " " + abbreviate(body));
            return status;
        }
        if (status >= 400 && op.changes()) {
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
        if (status >= 400 && body.startsWith("{")) {
            JsonNode problem = json.readTree(body);
            List<String> texts = new ArrayList<>();
            texts.add(problem.path("detail").asString(""));
            List<String> fields = new ArrayList<>();
            for (JsonNode error : problem.path("errors")) {
                texts.add(error.path("message").asString(""));
                fields.add(error.path("field").asString(""));
            }
            texts.stream().filter(t -> INTERNAL_NAME.matcher(t).find())
                    .forEach(t -> failures.add(where + " not in Spanish words: «" + abbreviate(t) + "»"));
            if (problem.path("detail").asString("").equals(databaseRefused)) {
                failures.add(where + " refused by the database, not by validation naming the field");
            }
            if (field != null && namingChecked && (status == 400 || status == 422)
                    && fields.stream().noneMatch(f -> names(f, field))) {
                failures.add(where + " does not name «" + field + "»: " + abbreviate(body));
            }
        }
        return status;
    }

    private static boolean names(String reported, String field) {
        String plainReported = reported.replaceAll("\\[\\d*]", "");
        String plainField = field.replaceAll("\\[\\d*]", "");
        return plainReported.equals(plainField) || plainReported.endsWith("." + plainField)
                || plainField.endsWith("." + plainReported) || plainReported.startsWith(plainField + ".");
    }

    /** Modules react to events after commit, on another thread: their writes are not the request's. */
    private void settle() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline) && jdbc.sql(
                "select count(*) from event_publication where completion_date is null").query(Long.class).single() > 0) {
            Thread.sleep(20);
        }
    }

    private static String abbreviate(String text) {
        String oneLine = text.replace('\n', ' ').replace("\u0000", "\\0");
        return oneLine.length() > 300 ? oneLine.substring(0, 300) + "…" : oneLine;
    }
}
