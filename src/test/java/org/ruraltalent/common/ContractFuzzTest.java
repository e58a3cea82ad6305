package org.ruraltalent.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Walks every operation of the published contract and sends it requests made to be wrong: odd
 * path ids, junk in every query parameter, bodies of the wrong shape, wrong types and hostile
 * strings in every field, bad headers. Passing means no 5xx at all, and every refusal is an
 * RFC 9457 problem (save a request line too long to read at all). The seed and the count are printed, so a failure can be replayed.
 */
@QuarkusTest
class ContractFuzzTest {

    private static final long SEED = Long.getLong("fuzz.seed", 20261128L);
    /**
     * A request line longer than the HTTP layer reads (quarkus.http.limits.max-initial-line-length)
     * is refused by the codec before any route sees it; that 414 cannot carry a problem body.
     */
    private static final int TRANSPORT_URI_TOO_LONG = 414;
    private static final String[] HOSTILE = { "", " ", "null", "-1", "0", "99999999999999999999", "1e309", "NaN", "true",
            "'; drop table person; --", "<script>alert(1)</script>", "../../etc/passwd", "%00", "\u0000", "𠜎𠜱𠝹", "\u202e",
            "٣", "CADRE", "640400", "2021-02-30", "9999-12-31T99:99:99Z", "a".repeat(5000) };

    @Test
    void noOperationAnswers5xxToHostileInputAndEveryRefusalIsAProblem() throws Exception {
        JsonNode contract = new ObjectMapper(new YAMLFactory()).readTree(Path.of("openapi.yaml").toFile());
        Random random = new Random(SEED);
        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = contract.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (path.getKey().equals("/api/v1/demo-data")) {
                continue; // loads ten thousand people: not a target for a thousand requests
            }
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                String method = op.getKey().toUpperCase();
                if (!List.of("GET", "POST", "PATCH", "PUT", "DELETE").contains(method)) {
                    continue;
                }
                for (int round = 0; round < 12; round++) {
                    Response response = send(method, path.getKey(), op.getValue(), contract, random, round);
                    sent++;
                    int status = response.statusCode();
                    String type = String.valueOf(response.contentType());
                    if (status >= 500) {
                        failures.add(method + " " + path.getKey() + " round " + round + " -> " + status + " " + response.asString());
                    } else if (status >= 400 && status != TRANSPORT_URI_TOO_LONG && !type.startsWith("application/problem+json")) {
                        failures.add(method + " " + path.getKey() + " round " + round + " -> " + status + " as " + type);
                    }
                }
            }
        }
        System.out.printf("Contract fuzz: %d requests, seed %d, failures %d%n", sent, SEED, failures.size());
        assertTrue(sent > 500, "too few requests sent: " + sent);
        assertEquals(List.of(), failures.subList(0, Math.min(20, failures.size())));
    }

    private static Response send(String method, String template, JsonNode op, JsonNode contract, Random random, int round) {
        RequestSpecification request = given().urlEncodingEnabled(true);
        String path = template;
        for (JsonNode parameter : op.path("parameters")) {
            JsonNode p = parameter.has("$ref") ? resolve(contract, parameter.get("$ref").asText()) : parameter;
            String name = p.path("name").asText();
            String in = p.path("in").asText();
            String value = round % 3 == 0 ? HOSTILE[random.nextInt(HOSTILE.length)] : UUID.randomUUID().toString();
            switch (in) {
                case "path" -> path = path.replace("{" + name + "}", value.isEmpty() || value.contains("/") || value.contains("%")
                        ? "x" : java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
                case "query" -> {
                    if (random.nextBoolean()) {
                        request.queryParam(name, value);
                    }
                }
                case "header" -> {
                    if (!name.equalsIgnoreCase("Accept-Language") || random.nextBoolean()) {
                        request.header(name, value.replaceAll("[\\r\\n\\u0000]", "x"));
                    }
                }
                default -> {
                }
            }
        }
        if (op.has("requestBody")) {
            request.contentType("application/json").body(body(op, contract, random, round));
        }
        return request.request(method, path);
    }

    /** A body of the wrong shape, or the operation's own shape with wrong or hostile values. */
    private static String body(JsonNode op, JsonNode contract, Random random, int round) {
        switch (round % 6) {
            case 0:
                return "{";
            case 1:
                return "[]";
            case 2:
                return "\"" + "x".repeat(100) + "\"";
            case 3:
                return "{\"a\":".repeat(200) + "1" + "}".repeat(200);
            default:
                break;
        }
        JsonNode schema = op.path("requestBody").path("content").elements().hasNext()
                ? op.path("requestBody").path("content").elements().next().path("schema") : null;
        if (schema != null && schema.has("$ref")) {
            schema = resolve(contract, schema.get("$ref").asText());
        }
        StringBuilder json = new StringBuilder("{");
        if (schema != null) {
            for (Iterator<String> names = schema.path("properties").fieldNames(); names.hasNext();) {
                String name = names.next();
                if (json.length() > 1) {
                    json.append(',');
                }
                json.append('"').append(name).append("\":").append(value(random));
            }
        }
        return json.append('}').toString();
    }

    private static String value(Random random) {
        return switch (random.nextInt(7)) {
            case 0 -> "null";
            case 1 -> String.valueOf(random.nextLong());
            case 2 -> "[1,2,{}]";
            case 3 -> "{\"x\":1}";
            case 4 -> "true";
            case 5 -> "-0.000001";
            default -> new ObjectMapper().valueToTree(HOSTILE[random.nextInt(HOSTILE.length)]).toString();
        };
    }

    private static JsonNode resolve(JsonNode contract, String ref) {
        JsonNode node = contract;
        for (String part : ref.substring(2).split("/")) {
            node = node.path(part);
        }
        return node;
    }
}
