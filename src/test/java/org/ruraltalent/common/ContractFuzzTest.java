package org.ruraltalent.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Walks every operation of the published contract and sends it requests generated from the
 * contract itself: valid ones (parameters and bodies built from the schemas and their examples)
 * and invalid ones of every kind in {@link Kind}. Passing means:
 * <ul>
 * <li>no 5xx at all;</li>
 * <li>every status answered is one the contract documents for that operation (save a request line
 * too long for the HTTP codec to read, which no route sees);</li>
 * <li>every refusal is an RFC 9457 problem whose {@code status} is the HTTP status;</li>
 * <li>a body missing a required field, or naming a field twice, is never accepted;</li>
 * <li>a valid read of a collection answers 200.</li>
 * </ul>
 * The seed and the counts are printed, so a failure can be replayed with {@code -Dfuzz.seed=N}.
 */
@QuarkusTest
class ContractFuzzTest {

    private static final long SEED = Long.getLong("fuzz.seed", 20261128L);
    private static final int ROUNDS_PER_OPERATION = 28;
    /**
     * A request line longer than the HTTP layer reads (quarkus.http.limits.max-initial-line-length)
     * is refused by the codec before any route sees it; that 414 cannot carry a problem body.
     */
    private static final int TRANSPORT_URI_TOO_LONG = 414;
    private static final Set<String> METHODS = Set.of("GET", "POST", "PATCH", "PUT", "DELETE");
    private static final String[] HOSTILE = { "", " ", "null", "-1", "0", "99999999999999999999", "1e309", "NaN", "true",
            "'; drop table person; --", "' OR '1'='1", "1; select pg_sleep(10)", "${jndi:ldap://x/a}", "{{7*7}}",
            "<script>alert(1)</script>", "../../etc/passwd", "%00", "\u0000", "𠜎𠜱𠝹", "\u202e", "٣", "CADRE", "640400",
            "2021-02-30", "9999-12-31T99:99:99Z", "a".repeat(5000) };
    /** Strings that are valid Unicode yet awkward: combining marks, joiners, direction marks, astral planes. */
    private static final String[] ODD_UNICODE = { "e\u0301\u0301\u0301", "\u200b\u200d\u2060", "\u202e\u202d\u2066abc",
            "👨‍👩‍👧‍👦", "𠜎𠜱𠝹𠱓", "\ufeff", "\ufffd\uffff", "Ω≈ç√∫", "ﷺ", "\u3000全角空格\u3000", "١٢٣", "\t\n\r" };

    /** The kinds of request sent, in turn, to every operation. */
    enum Kind {
        VALID, JUNK_PARAMETERS, MALFORMED_JSON, WRONG_SHAPE, WRONG_TYPES, MISSING_REQUIRED, DUPLICATE_FIELD, HUGE_STRING,
        ODD_UNICODE, LONE_SURROGATE, DEEP_JSON, HUGE_JSON, INJECTION_IN_PARAMETERS, BAD_HEADERS
    }

    private final JsonNodeFactory json = JsonNodeFactory.instance;
    private JsonNode contract;
    private Random random;

    @Test
    void everyOperationAnswersGeneratedRequestsAsItsContractSays() throws Exception {
        contract = new ObjectMapper(new YAMLFactory()).readTree(Path.of("openapi.yaml").toFile());
        random = new Random(SEED);
        List<String> failures = new ArrayList<>();
        Map<Kind, Integer> sentByKind = new EnumMap<>(Kind.class);
        Map<Integer, Integer> byStatus = new TreeMap<>();
        int sent = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = contract.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (path.getKey().equals("/api/v1/demo-data")) {
                continue; // loads ten thousand people: not a target for thousands of requests
            }
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                String method = op.getKey().toUpperCase();
                if (!METHODS.contains(method)) {
                    continue;
                }
                for (int round = 0; round < ROUNDS_PER_OPERATION; round++) {
                    Kind kind = Kind.values()[round % Kind.values().length];
                    Response response = send(kind, method, path.getKey(), op.getValue());
                    sent++;
                    sentByKind.merge(kind, 1, Integer::sum);
                    byStatus.merge(response.statusCode(), 1, Integer::sum);
                    String failure = judge(kind, method, path.getKey(), op.getValue(), response);
                    if (failure != null) {
                        failures.add(method + " " + path.getKey() + " " + kind + " (round " + round + "): " + failure);
                    }
                }
            }
        }
        System.out.printf("Contract fuzz: %d requests, seed %d, by kind %s, by status %s, 5xx %d, failures %d%n", sent, SEED,
                sentByKind, byStatus, byStatus.entrySet().stream().filter(e -> e.getKey() >= 500).mapToInt(Map.Entry::getValue).sum(),
                failures.size());
        failures.forEach(f -> System.out.println("Contract fuzz failure: " + f));
        assertTrue(sent > 2000, "too few requests sent: " + sent);
        assertEquals(List.of(), failures.subList(0, Math.min(20, failures.size())), failures.size() + " failures");
    }

    /** Why the answer breaks the contract, or null when it keeps it. */
    private String judge(Kind kind, String method, String path, JsonNode op, Response response) {
        int status = response.statusCode();
        String type = String.valueOf(response.contentType());
        if (status == TRANSPORT_URI_TOO_LONG) {
            return null;
        }
        if (status >= 500) {
            return status + " " + abbreviate(response.asString());
        }
        if (!op.path("responses").has(String.valueOf(status)) && !op.path("responses").has("default")) {
            return "status " + status + " is not documented " + abbreviate(response.asString());
        }
        if (status >= 400) {
            if (!type.startsWith("application/problem+json")) {
                return status + " as " + type;
            }
            JsonNode problem = readJson(response.asString());
            if (problem == null || !problem.path("type").isTextual() || !problem.path("title").isTextual()
                    || problem.path("status").asInt() != status) {
                return status + " with a body that is not a problem: " + abbreviate(response.asString());
            }
        }
        boolean accepted = status < 300;
        if (accepted && (kind == Kind.MISSING_REQUIRED || kind == Kind.DUPLICATE_FIELD) && op.has("requestBody")
                && hasRequired(op)) {
            return kind + " was accepted with " + status;
        }
        // A read answers 200; an export may also refuse, as its contract says, more rows than it holds
        // (5 in tests, so that tests reach the limit).
        boolean exportRefused = status == 422 && op.path("responses").has("422");
        if (kind == Kind.VALID && method.equals("GET") && !path.contains("{") && status != 200 && status != 429 && !exportRefused) {
            return "a valid read answered " + status + " " + abbreviate(response.asString());
        }
        return null;
    }

    private Response send(Kind kind, String method, String template, JsonNode op) {
        RequestSpecification request = given().urlEncodingEnabled(true);
        String path = template;
        boolean hostile = kind == Kind.JUNK_PARAMETERS || kind == Kind.INJECTION_IN_PARAMETERS;
        for (JsonNode parameter : op.path("parameters")) {
            JsonNode p = resolved(parameter);
            String name = p.path("name").asText();
            String value = hostile ? HOSTILE[random.nextInt(HOSTILE.length)] : validParameter(p);
            switch (p.path("in").asText()) {
                case "path" -> path = path.replace("{" + name + "}", value.isEmpty() || value.contains("/") || value.contains("%")
                        ? "x" : URLEncoder.encode(value, StandardCharsets.UTF_8));
                case "query" -> {
                    if (value != null && (hostile ? random.nextBoolean() : p.path("required").asBoolean() || random.nextInt(3) == 0)) {
                        request.queryParam(name, value);
                    }
                }
                case "header" -> {
                    if (value != null && hostile && (!name.equalsIgnoreCase("Accept-Language") || random.nextBoolean())) {
                        request.header(name, value.replaceAll("[\\r\\n\\u0000]", "x"));
                    }
                }
                default -> {
                }
            }
        }
        if (kind == Kind.BAD_HEADERS) {
            badHeaders(request, op);
        } else if (op.has("requestBody")) {
            request.contentType(requestMediaType(op)).body(body(kind, op));
        }
        return request.request(method, path);
    }

    /** One bad header per request, in turn: unreadable token, odd media types, junk preconditions and keys. */
    private void badHeaders(RequestSpecification request, JsonNode op) {
        switch (random.nextInt(6)) {
            case 0 -> request.header("Authorization", "Bearer " + "x".repeat(random.nextInt(3) * 400));
            case 1 -> request.header("Accept-Language", "xx-" + "Y".repeat(300));
            case 2 -> request.header("If-Match", "W/\"" + HOSTILE[random.nextInt(HOSTILE.length)].replaceAll("[\\r\\n\\u0000]", "x") + "\"");
            case 3 -> request.header("Idempotency-Key", "k".repeat(256 + random.nextInt(500)));
            case 4 -> request.header("Idempotency-Key", "中文 key");
            default -> request.header("X-Request-Id", "\u202e" + "r".repeat(2000));
        }
        if (op.has("requestBody")) {
            request.contentType(requestMediaType(op)).body(body(Kind.VALID, op));
        }
    }

    private String body(Kind kind, JsonNode op) {
        JsonNode schema = bodySchema(op);
        return switch (kind) {
            case MALFORMED_JSON -> List.of("{", "{\"a\":}", "{'a':1}", "{\"a\":1,}", "\u0000", "nul").get(random.nextInt(6));
            case WRONG_SHAPE -> List.of("[]", "\"" + "x".repeat(100) + "\"", "42", "null", "[{}]").get(random.nextInt(5));
            case DEEP_JSON -> "{\"a\":".repeat(2000) + "1" + "}".repeat(2000);
            case HUGE_JSON -> hugeJson(schema);
            case WRONG_TYPES -> wrongTypes(schema).toString();
            case MISSING_REQUIRED -> withoutRequired(schema).toString();
            case DUPLICATE_FIELD -> duplicateField(schema);
            case HUGE_STRING -> withStrings(schema, () -> "长".repeat(20_000)).toString();
            case ODD_UNICODE -> withStrings(schema, () -> ODD_UNICODE[random.nextInt(ODD_UNICODE.length)]).toString();
            case LONE_SURROGATE -> withStrings(schema, () -> "x").toString().replace("\"x\"", "\"a\\ud800b\"");
            default -> valid(schema, 0).toString();
        };
    }

    /** A syntactically fine but huge body: every field an array of twenty thousand numbers. */
    private String hugeJson(JsonNode schema) {
        StringBuilder numbers = new StringBuilder("[");
        for (int i = 0; i < 20_000; i++) {
            numbers.append(i == 0 ? "" : ",").append(i);
        }
        numbers.append(']');
        StringBuilder body = new StringBuilder("{");
        for (Iterator<String> names = schema.path("properties").fieldNames(); names.hasNext();) {
            body.append(body.length() > 1 ? "," : "").append('"').append(names.next()).append("\":").append(numbers);
        }
        return body.length() > 1 ? body.append('}').toString() : numbers.toString();
    }

    private ObjectNode wrongTypes(JsonNode schema) {
        ObjectNode body = json.objectNode();
        for (Iterator<String> names = schema.path("properties").fieldNames(); names.hasNext();) {
            String name = names.next();
            body.set(name, switch (random.nextInt(7)) {
                case 0 -> json.nullNode();
                case 1 -> json.numberNode(random.nextLong());
                case 2 -> json.arrayNode().add(1).add(2).add(json.objectNode());
                case 3 -> json.objectNode().put("x", 1);
                case 4 -> json.booleanNode(true);
                case 5 -> json.numberNode(-0.000001);
                default -> json.textNode(HOSTILE[random.nextInt(HOSTILE.length)]);
            });
        }
        return body;
    }

    private ObjectNode withoutRequired(JsonNode schema) {
        ObjectNode body = valid(schema, 0) instanceof ObjectNode o ? o : json.objectNode();
        JsonNode required = schema.path("required");
        if (required.size() > 0) {
            body.remove(required.get(random.nextInt(required.size())).asText());
        }
        return body;
    }

    /** The valid body with its first field named a second time (with another value). */
    private String duplicateField(JsonNode schema) {
        JsonNode body = valid(schema, 0);
        if (!(body instanceof ObjectNode o) || o.isEmpty()) {
            return "{\"a\":1,\"a\":2}";
        }
        String first = o.fieldNames().next();
        String text = o.toString();
        return text.substring(0, text.length() - 1) + ",\"" + first + "\":" + o.get(first) + "}";
    }

    /** The valid body with every string field (top level) replaced by what the supplier gives. */
    private ObjectNode withStrings(JsonNode schema, java.util.function.Supplier<String> strings) {
        ObjectNode body = valid(schema, 0) instanceof ObjectNode o ? o : json.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> fields = body.fields(); fields.hasNext();) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getValue().isTextual()) {
                field.setValue(json.textNode(strings.get()));
            }
        }
        if (body.isEmpty()) {
            body.put("name", strings.get());
        }
        return body;
    }

    /** A value the schema allows: its example when it gives one, else one made from its type. */
    private JsonNode valid(JsonNode schema, int depth) {
        JsonNode s = resolved(schema);
        JsonNode example = s.has("examples") ? s.path("examples").path(0) : schema.path("examples").path(0);
        if (!example.isMissingNode() && random.nextInt(4) != 0) {
            return example;
        }
        if (s.path("enum").size() > 0) {
            return s.path("enum").get(random.nextInt(s.path("enum").size()));
        }
        String type = s.path("type").asText(schema.path("type").asText("object"));
        String format = s.path("format").asText(schema.path("format").asText(""));
        return switch (type) {
            case "string" -> json.textNode(switch (format) {
                case "date" -> "2024-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10);
                case "date-time" -> "2024-05-01T08:00:00Z";
                case "uuid" -> UUID.randomUUID().toString();
                default -> !example.isMissingNode() ? example.asText() : "测试" + random.nextInt(1000);
            });
            case "integer" -> json.numberNode(s.has("minimum") ? s.path("minimum").asLong() + random.nextInt(3) : random.nextInt(100));
            case "number" -> json.numberNode(random.nextInt(10_000) / 100.0);
            case "boolean" -> json.booleanNode(random.nextBoolean());
            case "array" -> {
                ArrayNode items = json.arrayNode();
                if (depth < 4) {
                    items.add(valid(s.path("items"), depth + 1));
                }
                yield items;
            }
            default -> {
                ObjectNode object = json.objectNode();
                if (depth < 4) {
                    for (Iterator<Map.Entry<String, JsonNode>> properties = s.path("properties").fields(); properties.hasNext();) {
                        Map.Entry<String, JsonNode> property = properties.next();
                        object.set(property.getKey(), valid(property.getValue(), depth + 1));
                    }
                }
                yield object;
            }
        };
    }

    /** A value for a parameter: its example, an allowed enum value, a fresh id, or null to leave it out. */
    private String validParameter(JsonNode p) {
        JsonNode schema = resolved(p.path("schema"));
        if (p.has("example")) {
            return p.path("example").asText();
        }
        if (schema.path("enum").size() > 0) {
            return schema.path("enum").get(random.nextInt(schema.path("enum").size())).asText();
        }
        if (p.path("in").asText().equals("path")) {
            return p.path("name").asText().equals("code") ? "640402" : UUID.randomUUID().toString();
        }
        return null;
    }

    private JsonNode bodySchema(JsonNode op) {
        JsonNode content = op.path("requestBody").path("content");
        JsonNode schema = content.elements().hasNext() ? content.elements().next().path("schema") : json.objectNode();
        return resolved(schema);
    }

    private static String requestMediaType(JsonNode op) {
        Iterator<String> types = op.path("requestBody").path("content").fieldNames();
        String type = types.hasNext() ? types.next() : "application/json";
        return type.startsWith("multipart/") ? "application/json" : type;
    }

    private boolean hasRequired(JsonNode op) {
        return bodySchema(op).path("required").size() > 0;
    }

    private JsonNode resolved(JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; current.has("$ref") && hops < 5; hops++) {
            JsonNode target = contract;
            for (String part : current.get("$ref").asText().substring(2).split("/")) {
                target = target.path(part);
            }
            current = target;
        }
        return current;
    }

    private static JsonNode readJson(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (Exception e) {
            return null;
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
