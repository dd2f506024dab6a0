package cl.circuito.edges;

import tools.jackson.databind.JsonNode;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * What the generative tests send: a plausible value for every schema (the baseline a client would send), and the
 * malformed, oversized, out-of-range and hostile values a fuzzer would try instead, one property at a time.
 */
final class Inputs {

    /** Longer than any text Circuito keeps (the longest, a letter's body or a case presentation, stays far below). */
    static final String OVERSIZED = "x".repeat(100_001);
    static final Object ABSENT = new Object();

    private Inputs() {
    }

    /** One way to break a value, and whether a refusal should name the property it broke. */
    record Mutation(String label, Object value, boolean namesTheField) {
    }

    /** A plausible value for a schema; {@code idFor} gives real ids for properties whose name says what they are. */
    static Object baseline(JsonNode schema, String property, ApiOperations.Schemas schemas,
                           Function<String, Object> idFor, int depth) {
        JsonNode s = schemas.resolve(schema);
        if (s == null || depth > 6) {
            return null;
        }
        if (s.has("enum")) {
            return s.get("enum").get(0).asString();
        }
        if (s.has("example") && s.get("example").isString()) {
            return s.get("example").asString();
        }
        String type = s.path("type").asString("");
        String format = s.path("format").asString("");
        switch (type) {
            case "object" -> {
                Map<String, Object> object = new LinkedHashMap<>();
                for (Map.Entry<String, JsonNode> p : s.path("properties").properties()) {
                    Object value = baseline(p.getValue(), p.getKey(), schemas, idFor, depth + 1);
                    if (value != null) {
                        object.put(p.getKey(), value);
                    }
                }
                return object;
            }
            case "array" -> {
                List<Object> list = new ArrayList<>();
                Object element = baseline(s.path("items"), singular(property), schemas, idFor, depth + 1);
                if (element != null) {
                    list.add(element);
                }
                return list;
            }
            case "integer", "number" -> {
                if (property.equals("version") || property.endsWith("Version")) {
                    return idFor.apply(property);
                }
                if (property.equals("year")) {
                    return LocalDate.now().getYear();
                }
                if (property.equals("semester")) {
                    return 1;
                }
                return s.has("minimum") ? s.get("minimum").asInt() : 1;
            }
            case "boolean" -> {
                return Boolean.FALSE;
            }
            case "string" -> {
                return switch (format) {
                    case "uuid" -> {
                        Object id = idFor.apply(property);
                        yield id != null ? id.toString() : UUID.randomUUID().toString();
                    }
                    case "date" -> LocalDate.now().toString();
                    case "date-time" -> java.time.Instant.now().toString();
                    case "time-local", "time" -> LocalTime.of(property.toLowerCase().contains("end") ? 12 : 10, 0).toString();
                    case "binary" -> null;
                    default -> property.endsWith("StartsAt") || property.equals("startsAt") ? "10:00"
                            : property.endsWith("EndsAt") || property.equals("endsAt") ? "12:00"
                            : property.toLowerCase().contains("month") ? YearMonth.now().toString()
                            : property.toLowerCase().contains("email") ? "prueba@circuito.cl"
                            : "Texto de prueba generativa";
                };
            }
            default -> {
                return null;
            }
        }
    }

    /** The ways to break a property of this schema. */
    static List<Mutation> mutations(JsonNode schema, ApiOperations.Schemas schemas) {
        JsonNode s = schemas.resolve(schema);
        List<Mutation> all = new ArrayList<>();
        all.add(new Mutation("ausente", ABSENT, false));
        all.add(new Mutation("null", null, false));
        if (s == null) {
            return all;
        }
        String type = s.path("type").asString("");
        String format = s.path("format").asString("");
        if (s.has("enum")) {
            all.add(new Mutation("opción inexistente", "NO_EXISTE", true));
            all.add(new Mutation("NUL", "\u0000", true));
            return all;
        }
        switch (type) {
            case "string" -> {
                switch (format) {
                    case "uuid" -> {
                        all.add(new Mutation("uuid inexistente", UUID.randomUUID().toString(), false));
                        all.add(new Mutation("uuid mal formado", "no-es-un-uuid", true));
                    }
                    case "date" -> {
                        all.add(new Mutation("año 0", "0000-01-01", true));
                        all.add(new Mutation("año 3001", "3001-01-01", true));
                        all.add(new Mutation("fecha imposible", "2026-02-30", true));
                        all.add(new Mutation("texto en fecha", "mañana", true));
                    }
                    case "time-local", "time" -> all.add(new Mutation("hora imposible", "25:61", true));
                    default -> {
                        all.add(new Mutation("NUL", "\u0000", false));
                        all.add(new Mutation("NUL dentro", "texto\u0000con NUL\u0001y control", false));
                        all.add(new Mutation("demasiado largo", OVERSIZED, true));
                        all.add(new Mutation("en blanco", "   ", false));
                        all.add(new Mutation("marcado", "<script>alert(1)</script>", false));
                        all.add(new Mutation("sustituto suelto", "texto\uD800", false));
                    }
                }
                all.add(new Mutation("número en lugar de texto", 12, false));
            }
            case "integer", "number" -> {
                all.add(new Mutation("negativo", -1, false));
                all.add(new Mutation("cero", 0, false));
                all.add(new Mutation("mayor que int", new BigInteger("2147483648"), !format.equals("int64")));
                all.add(new Mutation("enorme", new BigInteger("99999999999999999999999"), true));
                all.add(new Mutation("decimal", 1.5, false));
                all.add(new Mutation("texto en número", "uno", true));
            }
            case "boolean" -> all.add(new Mutation("texto en sí/no", "quizás", true));
            case "array" -> {
                List<Object> withNull = new ArrayList<>();
                withNull.add(null);
                all.add(new Mutation("null dentro de la lista", withNull, true));
                all.add(new Mutation("lista vacía", List.of(), false));
                all.add(new Mutation("texto en lugar de lista", "texto", true));
                all.add(new Mutation("objeto en lugar de lista", Map.of(), true));
            }
            case "object" -> {
                all.add(new Mutation("lista en lugar de objeto", List.of(), true));
                all.add(new Mutation("texto en lugar de objeto", "texto", true));
            }
            default -> {
            }
        }
        return all;
    }

    /** Whole bodies no client should send. */
    static List<Mutation> bodies() {
        return List.of(new Mutation("sin cuerpo", ABSENT, false), new Mutation("cuerpo vacío", "", false),
                new Mutation("cuerpo null", "null", false), new Mutation("lista vacía", "[]", false),
                new Mutation("lista con null", "[null]", false), new Mutation("objeto vacío", "{}", false),
                new Mutation("JSON cortado", "{\"a\": ", false), new Mutation("texto", "\"texto\"", false),
                new Mutation("anidado en exceso", "[".repeat(5000) + "]".repeat(5000), false));
    }

    /** Query parameter values no page or client should send. */
    static List<Mutation> queryValues(JsonNode schema) {
        String type = schema == null ? "" : schema.path("type").asString("");
        List<Mutation> all = new ArrayList<>(List.of(new Mutation("NUL", "\u0000", false),
                new Mutation("demasiado largo", "x".repeat(5000), false), new Mutation("vacío", "", false)));
        if (type.equals("integer")) {
            all.addAll(List.of(new Mutation("negativo", "-1", false), new Mutation("cero", "0", false),
                    new Mutation("enorme", "2147483647", false), new Mutation("desborde", "99999999999", false)));
        }
        if (schema != null && schema.path("format").asString("").equals("date")) {
            all.addAll(List.of(new Mutation("año 0", "0000-01-01", false), new Mutation("año 3001", "3001-01-01", false)));
        }
        return all;
    }

    private static String singular(String property) {
        return property.endsWith("s") ? property.substring(0, property.length() - 1) : property;
    }
}
