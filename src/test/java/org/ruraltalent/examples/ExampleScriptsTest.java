package org.ruraltalent.examples;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruraltalent.support.TestData;
import org.ruraltalent.support.Tokens;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Each curl script under {@code examples/} runs with bash against the test service, as an
 * operator would run it against dev mode, and what it did is then read back through the API.
 */
@QuarkusTest
class ExampleScriptsTest {

    private static final Path EXAMPLES = Path.of("examples");
    private static final long TIMEOUT_SECONDS = 180;
    /** Settings the scripts read from the environment; none leaks in from the machine running the tests. */
    private static final List<String> SETTINGS = List.of("BASE_URL", "TOKEN", "START_DATE", "ON", "COUNTY", "DIVISION",
            "SENDING_LEVEL", "OUT_DIR", "PERSON_NAME", "SUCCESSOR_NAME", "SUBJECT");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URL service;

    @TempDir
    Path out;

    record Run(int exitCode, String stdout, String stderr) {

        /** The script's result: the last line it printed on stdout. */
        String result() {
            String[] lines = stdout.strip().split("\n");
            return lines[lines.length - 1].strip();
        }
    }

    @BeforeAll
    static void needsBashCurlAndJq() {
        for (String tool : List.of("bash", "curl", "jq")) {
            assumeTrue(onPath(tool), "the example scripts need " + tool + ", which is not on the PATH: apt-get install " + tool);
        }
    }

    @Test
    void tokenScriptPrintsATokenTheServiceTrusts() {
        Run run = succeeds("token.sh", Map.of(), "operator", TestData.XIJI);
        given().header("Authorization", "Bearer " + run.result()).get("/api/v1/divisions/" + TestData.XIJI)
                .then().statusCode(200);
        given().header("Authorization", "Bearer " + run.result()).get("/api/v1/audit-events")
                .then().statusCode(403);
    }

    @Test
    void registersAPersonWithTheGivenNationalId() {
        String nationalId = TestData.nationalId();
        String id = succeeds("register-person.sh", Map.of(), "示例人员", nationalId, "MASSES").result();
        given().get("/api/v1/personnel/" + id).then().statusCode(200)
                .body("name", equalTo("示例人员")).body("politicalStatus", equalTo("MASSES"));
        given().queryParam("nationalId", nationalId).get("/api/v1/personnel").then().statusCode(200)
                .body("items.id", equalTo(List.of(id)));
    }

    @Test
    void registersAPersonWithAMadeUpNationalIdOnAnEmptyDatabase() {
        String id = succeeds("register-person.sh", Map.of()).result();
        given().get("/api/v1/personnel/" + id).then().statusCode(200)
                .body("name", equalTo("马志强")).body("politicalStatus", equalTo("CPC_MEMBER"));
    }

    @Test
    void stopsAtTheFirstFailureAndShowsTheProblem() {
        Run run = run("register-person.sh", Map.of(), "错号", "640402198507150018");
        assertNotEquals(0, run.exitCode(), run.stderr());
        assertTrue(run.stderr().contains("400") && run.stderr().contains("nationalId"), run.stderr());
        assertEquals("", run.stdout().strip());
    }

    @Test
    void dispatchesAFirstSecretaryToANewVillageAndActivatesIt() {
        String id = succeeds("dispatch-first-secretary.sh", Map.of("START_DATE", "2024-03-01")).result();
        given().get("/api/v1/assignments/" + id).then().statusCode(200)
                .body("role", equalTo("FIRST_SECRETARY")).body("status", equalTo("ACTIVE"))
                .body("startDate", equalTo("2024-03-01")).body("plannedEndDate", equalTo("2026-03-01"))
                .body("sendingLevel", equalTo("CITY")).body("sender.name", equalTo("固原市委组织部"));
        given().get("/api/v1/assignments/" + id + "/history").then().statusCode(200)
                .body("to", equalTo(List.of("PLANNED", "ACTIVE")));
    }

    @Test
    void dispatchesTheGivenPersonToTheGivenBranch() {
        String village = TestData.village(TestData.PENGYANG);
        String branch = TestData.organisation("VILLAGE_PARTY_BRANCH", village);
        String sender = TestData.organisation("GOVERNMENT_AGENCY", TestData.PENGYANG);
        String person = TestData.partyMember("指定", sender);
        String id = succeeds("dispatch-first-secretary.sh", Map.of("SENDING_LEVEL", "COUNTY", "START_DATE", "2023-07-01"),
                person, branch, sender).result();
        given().get("/api/v1/assignments/" + id).then().statusCode(200)
                .body("status", equalTo("ACTIVE")).body("person.id", equalTo(person)).body("host.id", equalTo(branch))
                .body("sender.id", equalTo(sender)).body("sendingLevel", equalTo("COUNTY"))
                .body("hostDivisionCode", equalTo(village));
    }

    @Test
    void rotatesASuccessorInAndCompletesTheOutgoingFirstSecretary() {
        String incoming = succeeds("rotate-first-secretary.sh", Map.of("ON", "2025-07-01")).result();
        String village = given().get("/api/v1/assignments/" + incoming).then().statusCode(200)
                .body("status", equalTo("ACTIVE")).body("startDate", equalTo("2025-07-01"))
                .extract().path("hostDivisionCode");
        given().queryParam("division", village).queryParam("role", "FIRST_SECRETARY").get("/api/v1/assignments")
                .then().statusCode(200).body("items", hasSize(2))
                .body("items.find { it.id != '" + incoming + "' }.status", equalTo("COMPLETED"))
                .body("items.find { it.id != '" + incoming + "' }.startDate", equalTo("2023-07-01"))
                .body("items.find { it.id != '" + incoming + "' }.actualEndDate", equalTo("2025-07-01"));
    }

    @Test
    void enrolsThePersonInANewTrainingSession() {
        String person = TestData.person("示例学员");
        String enrolment = succeeds("enrol-in-training.sh", Map.of(), person).result();
        given().get("/api/v1/personnel/" + person + "/trainings").then().statusCode(200)
                .body("[0].enrolment.id", equalTo(enrolment)).body("[0].enrolment.status", equalTo("ENROLLED"));
    }

    @Test
    void readsTheReportOfATownshipAsJsonAndCsv() throws IOException {
        String township = TestData.township(TestData.XIJI);
        String village = township + "001";
        given().contentType("application/json").body(Map.of("code", village, "name", "报告村", "level", "VILLAGE", "parentCode", township))
                .post("/api/v1/divisions").then().statusCode(201);
        String branch = TestData.organisation("VILLAGE_PARTY_BRANCH", village);
        succeeds("dispatch-first-secretary.sh", Map.of("START_DATE", "2022-01-01"), "", branch);

        Run run = succeeds("report.sh", Map.of("OUT_DIR", out.toString()), township, "2021-01-01", "2023-12-31");
        assertTrue(run.stdout().contains("dispatch.first-secretaries\t1\t"), run.stdout());
        JsonNode json = JSON.readTree(out.resolve("overview-" + township + ".json").toFile());
        assertEquals(township, json.get("division").asText());
        JsonNode firstSecretaries = null;
        for (JsonNode figure : json.get("figures")) {
            if (figure.get("key").asText().equals("dispatch.first-secretaries")) {
                firstSecretaries = figure;
            }
        }
        assertEquals(1, firstSecretaries.get("value").asInt(), json.toString());
        List<String> csv = Files.readAllLines(out.resolve("overview-" + township + ".csv"), StandardCharsets.UTF_8);
        assertTrue(csv.stream().anyMatch(line -> line.startsWith("dispatch.first-secretaries,") && line.endsWith(",1")), csv::toString);
        assertEquals(json.get("figures").size() + 1, csv.stream().filter(line -> !line.isBlank()).count(), csv::toString);
    }

    private Run succeeds(String script, Map<String, String> settings, String... args) {
        Run run = run(script, settings, args);
        if (run.exitCode() != 0) {
            fail("examples/" + script + " exited with " + run.exitCode() + "; it said:\n" + run.stderr() + run.stdout());
        }
        return run;
    }

    /** Runs one script with bash from the repository root, as an admin of the whole city, and waits for it. */
    private Run run(String script, Map<String, String> settings, String... args) {
        List<String> command = new ArrayList<>(List.of("bash", EXAMPLES.resolve(script).toString()));
        command.addAll(Arrays.asList(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().keySet().removeAll(SETTINGS);
        builder.environment().put("BASE_URL", service.toString());
        builder.environment().put("TOKEN", Tokens.of("examples-test", null, "admin"));
        // token.sh runs `java`: the one running these tests.
        builder.environment().put("PATH", Path.of(System.getProperty("java.home"), "bin") + File.pathSeparator + System.getenv("PATH"));
        builder.environment().putAll(settings);
        try {
            Path stdout = Files.createTempFile(out, script, ".out");
            Path stderr = Files.createTempFile(out, script, ".err");
            Process process = builder.redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                fail("examples/" + script + " did not finish within " + TIMEOUT_SECONDS + " s; it said:\n"
                        + Files.readString(stderr));
            }
            Run run = new Run(process.exitValue(), Files.readString(stdout), Files.readString(stderr));
            System.out.println("$ examples/" + script + " " + String.join(" ", args) + "\n" + run.stderr() + run.stdout());
            return run;
        } catch (IOException e) {
            throw new IllegalStateException("cannot run examples/" + script, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while examples/" + script + " ran", e);
        }
    }

    private static boolean onPath(String tool) {
        return Arrays.stream(System.getenv("PATH").split(File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, tool)));
    }
}
