package cl.circuito.edges;

import cl.circuito.identity.Actors;
import cl.circuito.identity.tokens.ApiTokenManagement;
import cl.circuito.testing.DatabaseFingerprint;
import cl.circuito.testing.DemoWorld;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * The one version rule, over the whole API: every operation that changes or removes a record names the version
 * it was based on, and one that leaves it out is refused with a 422 on {@code version} before anything changes.
 * Operations that only add a record are listed here with the reason they need no version; a new operation must
 * either carry a version or be added to that list knowingly.
 */
@DemoWorld
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VersionRuleTests {

    /** Operations that add a record or act without changing one the user read, and why. */
    private static final Map<String, String> NO_VERSION = Map.ofEntries(
            Map.entry("POST /api/v1/programs/{programId}/referrals", "registers a new referral"),
            Map.entry("POST /api/v1/programs/{programId}/active-cases", "registers a case the program already had"),
            Map.entry("POST /api/v1/programs/{programId}/admission-plans", "confirms the month's plan once, under the program's lock"),
            Map.entry("POST /api/v1/programs/{programId}/monitoring-plans/{month}", "draws the month's plan once"),
            Map.entry("POST /api/v1/programs/{programId}/monitoring-plans/{month}/items", "adds a child to the plan"),
            Map.entry("POST /api/v1/programs/{programId}/letters/batch", "issues the pending drafts; each is re-checked against its facts"),
            Map.entry("POST /api/v1/programs/{programId}/letters/disposals", "disposes of letters past their term, refusing any already disposed"),
            Map.entry("POST /api/v1/programs/{programId}/retention/{kind}/disposals", "disposes of records past their term, refusing any already disposed"),
            Map.entry("POST /api/v1/mesas/{mesaId}/retention/{kind}/disposals", "disposes of records past their term, refusing any already disposed"),
            Map.entry("POST /api/v1/entries/{entryId}/attachments", "adds a document"),
            Map.entry("POST /api/v1/entries/{entryId}/background-actions", "adds an action to the timeline"),
            Map.entry("POST /api/v1/entries/{entryId}/monitoring-actions", "adds a monitoring action"),
            Map.entry("POST /api/v1/entries/{entryId}/letters", "drafts a new letter"),
            Map.entry("POST /api/v1/letters/{letterId}/corrections", "drafts a new letter citing an issued one"),
            Map.entry("POST /api/v1/priority-instruments", "publishes a new instrument"),
            Map.entry("POST /api/v1/priority-instruments/{instrumentId}/versions", "publishes a new version; the old one stays"),
            Map.entry("POST /api/v1/institutions/{institutionId}/letter-templates/{kind}/preview", "changes nothing"),
            Map.entry("PUT /api/v1/me/notification-preferences", "the user's own yes/no, the same whoever sets it"),
            Map.entry("POST /api/v1/mesas", "founds a Mesa"),
            Map.entry("POST /api/v1/programs/{programId}/list-imports/uploads", "keeps a new upload"),
            Map.entry("POST /api/v1/programs/{programId}/list-imports/uploads/{uploadId}/preview", "changes nothing"),
            Map.entry("POST /api/v1/programs/{programId}/list-imports/uploads/{uploadId}/errors", "changes nothing"),
            Map.entry("POST /api/v1/programs/{programId}/list-imports/uploads/{uploadId}/imports",
                    "creates only the rows not already on the list, one import per program at a time"),
            Map.entry("POST /api/v1/network-imports/{kind}", "keeps a new upload"),
            Map.entry("POST /api/v1/network-imports/{kind}/{uploadId}/confirm",
                    "creates only what does not exist yet; the unique indexes decide"),
            Map.entry("POST /api/v1/mesas/{id}/sessions", "schedules new sessions"),
            Map.entry("POST /api/v1/mesas/{id}/sessions/past", "records a session already held"),
            Map.entry("POST /api/v1/mesas/{id}/sessions/{sid}/agenda", "adds an item to the agenda"),
            Map.entry("POST /api/v1/mesas/{id}/sessions/{sid}/invitations", "sends the convocation and records the sending"),
            Map.entry("POST /api/v1/mesas/{mesaId}/members", "adds a member"),
            Map.entry("POST /api/v1/mesas/{mesaId}/cases", "opens a case"),
            Map.entry("POST /api/v1/mesas/{mesaId}/sessions/{sessionId}/case-reviews", "adds a review to a session"),
            Map.entry("POST /api/v1/mesas/{mesaId}/presentation-formats", "creates the Mesa's own format"),
            Map.entry("POST /api/v1/mesas/{mesaId}/network/members", "brings the Mesa's members into the map"),
            Map.entry("POST /api/v1/mesas/{mesaId}/network/notes", "adds a dated note; notes are never rewritten"),
            Map.entry("POST /api/v1/mesas/{mesaId}/network/ties", "adds a tie"),
            Map.entry("POST /api/v1/mesas/{mesaId}/network/actors", "adds an actor (the body's version is for changes)"),
            Map.entry("POST /api/v1/mesas/{mesaId}/protocols", "records a protocol (the body's version is for changes)"),
            Map.entry("POST /api/v1/mesas/{mesaId}/plans", "draws a plan (the body's version is for changes)"),
            Map.entry("POST /api/v1/mesas/{mesaId}/activities", "records an activity (the body's version is for changes)"),
            Map.entry("POST /api/v1/mesas/{mesaId}/members/{memberId}/representatives",
                    "adds a representative (the body's version is for changes)"),
            Map.entry("PUT /api/v1/mesas/{mesaId}/network/positions", "the drawing's layout: the last arrangement wins"));

    /**
     * Operations whose record the same request writes the first time (a program's settings, a semester's
     * reflection): the first call may carry no version; once the record is saved, leaving it out is refused.
     */
    private static final Map<String, String> FIRST_WRITE = Map.ofEntries(
            Map.entry("PUT /api/v1/programs/{programId}/priority-setting", "the program's first choice of instrument"),
            Map.entry("PUT /api/v1/programs/{programId}/letter-settings", "the program's first letter settings"),
            Map.entry("PUT /api/v1/programs/{programId}/wait-target", "the program's first own wait target"),
            Map.entry("PUT /api/v1/mesas/{mesaId}/reflections/{year}/{semester}", "the semester's first reflection"),
            Map.entry("PUT /api/v1/mesas/{mesaId}/presentation-formats/chosen", "the Mesa's first choice of format"),
            Map.entry("PUT /api/v1/mesas/{mesaId}/case-retention", "the Mesa's first case settings, if it chose no format"),
            Map.entry("PUT /api/v1/institutions/{institutionId}/letterhead", "the institution's first letterhead"),
            Map.entry("PUT /api/v1/institutions/{institutionId}/letter-templates/{kind}", "the institution's own template"),
            Map.entry("PUT /api/v1/implementation/notes", "the manager's first note of the period"),
            Map.entry("PUT /api/v1/entries/{entryId}/contact", "the family's first contact, when intake had none"));

    @Autowired MockMvc mvc;
    @Autowired JsonMapper json;
    @Autowired JdbcClient jdbc;
    @Autowired ApiTokenManagement tokens;
    @Autowired Actors actors;

    private ApiOperations operations;
    private DatabaseFingerprint fingerprint;
    private DemoRecords records;

    @BeforeAll
    void readTheDocument() throws Exception {
        String document = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        operations = ApiOperations.of(json.readTree(document));
        records = new DemoRecords(jdbc);
        fingerprint = new DatabaseFingerprint(jdbc);
    }

    @Test
    void everyOperationThatChangesARecordNamesItsVersionOrSaysWhyItNeedsNone() {
        List<String> unversioned = new ArrayList<>();
        for (ApiOperations.Operation op : operations.all()) {
            if (op.changes() && versionField(op) == null && !NO_VERSION.containsKey(op.toString())) {
                unversioned.add(op.toString());
            }
        }
        assertThat(unversioned).as("operations that change a record without naming the version read").isEmpty();
        assertThat(NO_VERSION.keySet()).as("listed as needing no version, but no longer in the API")
                .allMatch(key -> operations.all().stream().anyMatch(op -> op.toString().equals(key)));
        assertThat(FIRST_WRITE.keySet()).as("listed as written the first time, but no longer in the API")
                .allMatch(key -> operations.all().stream().anyMatch(op -> op.toString().equals(key)));
    }

    @Test
    void leavingTheVersionOutIsA422OnItAndChangesNothing() throws Exception {
        Map<String, String> tokenOf = new LinkedHashMap<>();
        for (String username : List.of("directora.prm", "coordinadora.opd", "admin", "nacional")) {
            UUID id = jdbc.sql("select id from app_user where username = ?").param(username).query(UUID.class).single();
            tokenOf.put(username, tokens.create(actors.actorOf(id).orElseThrow(), "Regla de versiones").secret());
        }
        List<String> wrong = new ArrayList<>();
        // By path, writes before removals: a record written the first time (the letterhead, an own template) is
        // there for the operations that remove it or what is under it.
        List<ApiOperations.Operation> sorted = operations.all().stream()
                .sorted(Comparator.comparing(ApiOperations.Operation::path)
                        .thenComparing(op -> op.method().equals("DELETE")))
                .toList();
        for (ApiOperations.Operation op : sorted) {
            String field = versionField(op);
            if (!op.changes() || field == null || op.bodyKind() == ApiOperations.BodyKind.MULTIPART
                    || NO_VERSION.containsKey(op.toString())) {
                continue; // an operation that adds a record carries a version only in the body it shares with changes
            }
            Map<String, String> path = records.pathValues(op);
            for (String token : tokenOf.values()) {
                var builder = request(HttpMethod.valueOf(op.method()), op.path(), path.values().toArray())
                        .header("Authorization", "Bearer " + token).accept(MediaType.APPLICATION_JSON);
                if (op.bodyKind() == ApiOperations.BodyKind.JSON) {
                    // The body's other fields as a client would send them; only the version is left out.
                    Object body = Inputs.baseline(op.body(), "body", op.schemas(),
                            property -> records.forProperty(property, path).orElse(null), 0);
                    if (body instanceof Map<?, ?> map) {
                        map.remove(field);
                    } else if (body instanceof List<?> list) {
                        list.forEach(element -> ((Map<?, ?>) element).remove(field));
                    }
                    builder.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsBytes(body));
                }
                Map<String, String> before = fingerprint.tables();
                MvcResult result = mvc.perform(builder).andReturn();
                int status = result.getResponse().getStatus();
                if (status / 100 == 2 && FIRST_WRITE.containsKey(op.toString())) {
                    before = fingerprint.tables();
                    result = mvc.perform(builder).andReturn(); // now the record is saved
                    status = result.getResponse().getStatus();
                }
                if (status == 403 || status == 404) {
                    continue; // not this user's record: try the next user
                }
                JsonNode problem = json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
                boolean namesVersion = false;
                for (JsonNode error : problem.path("errors")) {
                    String named = error.path("field").asString("");
                    namesVersion |= named.equals(field) || named.endsWith("." + field); // GREEN.version in a list
                }
                if (status != 422 || !namesVersion) {
                    wrong.add(op + " → " + status + " " + problem.path("detail").asString(""));
                } else if (!DatabaseFingerprint.differences(before, fingerprint.tables()).isEmpty()) {
                    wrong.add(op + " → 422, but changed " + DatabaseFingerprint.differences(before, fingerprint.tables()).keySet());
                }
                break;
            }
        }
        assertThat(wrong).as("operations that do not refuse a missing version on the field").isEmpty();
    }

    private static String versionField(ApiOperations.Operation op) {
        for (ApiOperations.Parameter p : op.query()) {
            if (p.name().equals("version")) {
                return "version";
            }
        }
        JsonNode body = op.body() == null ? null : op.schemas().resolve(op.body());
        if (body != null && body.path("type").asString("").equals("array")) {
            body = op.schemas().resolve(body.path("items"));
        }
        if (body == null || !body.has("properties")) {
            return null;
        }
        for (String name : List.of("version", "previousVersion")) {
            if (body.get("properties").has(name)) {
                return name;
            }
        }
        return null;
    }
}
