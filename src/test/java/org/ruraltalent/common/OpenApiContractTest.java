package org.ruraltalent.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The published contract is the top-level {@code openapi.yaml}; this proves the running service
 * still answers exactly that document, and that officials can explore it in Swagger UI.
 */
@QuarkusTest
class OpenApiContractTest {

    private static final Path CONTRACT = Path.of("openapi.yaml");
    private static final int MAX_LINES = 50;
    private static final String REFRESH = "refresh with: ./mvnw -B package -DskipTests && cp target/openapi/openapi.yaml openapi.yaml";
    private static final YAMLMapper YAML = new YAMLMapper();

    @Test
    void runningServiceAnswersTheCommittedContract() throws IOException {
        if (!Files.exists(CONTRACT)) {
            fail(CONTRACT.toAbsolutePath() + " is missing; " + REFRESH);
        }
        JsonNode committed = YAML.readTree(Files.readString(CONTRACT));
        JsonNode served = YAML.readTree(given().queryParam("format", "yaml").get("/q/openapi")
                .then().statusCode(200).extract().asString());

        List<String> differences = new ArrayList<>();
        compare("", committed, served, differences);
        if (!differences.isEmpty()) {
            List<String> shown = differences.subList(0, Math.min(MAX_LINES, differences.size()));
            fail("The running service's OpenAPI document differs from " + CONTRACT.toAbsolutePath() + " in "
                    + differences.size() + " place(s) (+ only served, - only in openapi.yaml, ~ changed):\n  "
                    + String.join("\n  ", shown)
                    + (differences.size() > MAX_LINES ? "\n  ... and " + (differences.size() - MAX_LINES) + " more" : "")
                    + "\nIf the change is intended, " + REFRESH);
        }
    }

    @Test
    void swaggerUiIsServed() {
        given().get("/q/swagger-ui").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("swagger-ui"));
    }

    /** Records every node that differs, by JSON pointer; object keys in any order, array items by position. */
    private static void compare(String pointer, JsonNode committed, JsonNode served, List<String> differences) {
        if (committed.isObject() && served.isObject()) {
            TreeSet<String> names = new TreeSet<>();
            committed.fieldNames().forEachRemaining(names::add);
            served.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                compareChild(pointer + "/" + name.replace("~", "~0").replace("/", "~1"), committed.get(name),
                        served.get(name), differences);
            }
        } else if (committed.isArray() && served.isArray()) {
            for (int i = 0; i < Math.max(committed.size(), served.size()); i++) {
                compareChild(pointer + "/" + i, committed.get(i), served.get(i), differences);
            }
        } else if (!committed.equals(served)) {
            differences.add("~ " + pointer + ": " + brief(committed) + " in openapi.yaml, " + brief(served) + " served");
        }
    }

    private static void compareChild(String pointer, JsonNode committed, JsonNode served, List<String> differences) {
        if (committed == null) {
            differences.add("+ " + pointer + ": " + brief(served));
        } else if (served == null) {
            differences.add("- " + pointer + ": " + brief(committed));
        } else {
            compare(pointer, committed, served, differences);
        }
    }

    private static String brief(JsonNode node) {
        String text = node.isContainerNode() ? shape(node) : node.toString();
        return text.length() > 80 ? text.substring(0, 77) + "..." : text;
    }

    private static String shape(JsonNode node) {
        if (node.isArray()) {
            return "[" + node.size() + " item(s)]";
        }
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            names.add(it.next());
        }
        return "{" + String.join(", ", names) + "}";
    }
}
