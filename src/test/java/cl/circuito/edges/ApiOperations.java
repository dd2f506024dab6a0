package cl.circuito.edges;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The operations of the OpenAPI document, as the generative tests walk them: method, path, parameters, and the
 * request body's schema with every {@code $ref} resolved.
 */
record ApiOperations(List<Operation> all) {

    enum BodyKind {NONE, JSON, MULTIPART}

    record Parameter(String name, String in, JsonNode schema, boolean required) {
    }

    record Operation(String method, String path, List<Parameter> parameters, BodyKind bodyKind, JsonNode body,
                     Schemas schemas) {

        boolean changes() {
            return !method.equals("GET");
        }

        List<Parameter> query() {
            return parameters.stream().filter(p -> p.in().equals("query")).toList();
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** The document's {@code components.schemas}, to follow {@code $ref}s. */
    record Schemas(JsonNode components) {

        JsonNode resolve(JsonNode schema) {
            JsonNode current = schema;
            for (int depth = 0; current != null && current.has("$ref") && depth < 20; depth++) {
                String ref = current.get("$ref").asString();
                current = components.get(ref.substring(ref.lastIndexOf('/') + 1));
            }
            if (current != null && current.has("allOf") && current.get("allOf").size() == 1) {
                return resolve(current.get("allOf").get(0));
            }
            return current;
        }
    }

    static ApiOperations of(JsonNode document) {
        Schemas schemas = new Schemas(document.path("components").path("schemas"));
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                JsonNode op = method.getValue();
                List<Parameter> parameters = new ArrayList<>();
                for (JsonNode p : op.path("parameters")) {
                    parameters.add(new Parameter(p.get("name").asString(), p.get("in").asString(),
                            schemas.resolve(p.path("schema")), p.path("required").asBoolean(false)));
                }
                JsonNode content = op.path("requestBody").path("content");
                BodyKind kind = content.has("application/json") ? BodyKind.JSON
                        : content.has("multipart/form-data") ? BodyKind.MULTIPART : BodyKind.NONE;
                JsonNode body = switch (kind) {
                    case JSON -> schemas.resolve(content.get("application/json").path("schema"));
                    case MULTIPART -> schemas.resolve(content.get("multipart/form-data").path("schema"));
                    case NONE -> null;
                };
                operations.add(new Operation(method.getKey().toUpperCase(), path.getKey(), parameters, kind, body,
                        schemas));
            }
        }
        return new ApiOperations(operations);
    }
}
