package org.ruraltalent.importing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.ruraltalent.support.TestData;
import org.ruraltalent.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class ImportTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Submits a file and follows its job until it is done (bounded: 60 s). */
    static Map<String, Object> run(String kind, String mode, byte[] file, String contentType, String authorization) {
        // RestAssured would otherwise add its own default charset (ISO-8859-1) to text/csv.
        String type = contentType.equals("text/csv") ? "text/csv; charset=UTF-8" : contentType;
        var request = given().contentType(type).header("Accept-Language", "zh-CN").body(file)
                .queryParam("kind", kind).queryParam("mode", mode);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        Response submitted = request.post("/api/v1/import-jobs");
        submitted.then().statusCode(202);
        String location = submitted.header("Location");
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            var check = given();
            if (authorization != null) {
                check.header("Authorization", authorization);
            }
            Map<String, Object> job = check.get(location).then().statusCode(200).extract().as(Map.class);
            if (job.get("state").equals("SUCCEEDED") || job.get("state").equals("FAILED")) {
                return job;
            }
            Thread.onSpinWait();
        }
        throw new AssertionError("import job did not finish: " + location);
    }

    private static String csv(String... lines) {
        return String.join("\r\n", lines) + "\r\n";
    }

    private static boolean registered(String nationalId) {
        return !given().queryParam("nationalId", nationalId).get("/api/v1/personnel").then().extract().<List<?>>path("items").isEmpty();
    }

    @Test
    void dryRunNamesEveryBadRowAndWritesNothing() {
        String good = TestData.nationalId();
        String twice = TestData.nationalId();
        String badDigit = TestData.nationalId();
        badDigit = badDigit.substring(0, 17) + (badDigit.charAt(17) == '1' ? '2' : '1');
        String file = csv("姓名,身份证号,政治面貌,户籍地代码,人才类别,出生日期",
                "甲," + good + ",中共党员,640402,干部、后备干部,",
                "乙," + badDigit + ",群众,,,",
                "丙," + TestData.nationalId() + ",海盗,,,",
                "丁," + TestData.nationalId() + ",群众,640499,,",
                "戊," + twice + ",群众,,,",
                "己," + twice + ",群众,,,",
                "庚".repeat(60) + "," + TestData.nationalId() + ",群众,,,",
                "辛," + TestData.nationalId() + ",群众,,,1990-13-45");
        Map<String, Object> job = run("personnel", "dry-run", file.getBytes(StandardCharsets.UTF_8), "text/csv", null);
        assertEquals("FAILED", job.get("state"));
        assertEquals(8, job.get("rowsTotal"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> errors = (List<Map<String, Object>>) job.get("errors");
        Map<Integer, Set<String>> byRow = errors.stream().collect(Collectors.groupingBy(e -> (Integer) e.get("row"),
                Collectors.mapping(e -> (String) e.get("column"), Collectors.toSet())));
        assertEquals(Map.of(3, Set.of("身份证号"), 4, Set.of("政治面貌"), 5, Set.of("户籍地代码"), 7, Set.of("身份证号"),
                8, Set.of("姓名"), 9, Set.of("出生日期")), byRow, errors::toString);
        assertEquals(6, job.get("rowsFailed"));
        assertTrue(!registered(good) && !registered(twice), "a dry run wrote rows");
    }

    @Test
    void commitWritesAllOrNothingAndARerunChangesNothing() {
        String a = TestData.nationalId();
        String b = TestData.nationalId();
        String withBadRow = csv("name,nationalId,politicalStatus", "A," + a + ",CPC_MEMBER", "B," + b + ",PIRATE");
        Map<String, Object> refused = run("personnel", "commit", withBadRow.getBytes(StandardCharsets.UTF_8), "text/csv", null);
        assertEquals("FAILED", refused.get("state"));
        assertTrue(!registered(a), "a commit with a bad row kept a row");

        String goodFile = csv("name,nationalId,politicalStatus,categories", "A," + a + ",CPC_MEMBER,CADRE", "B," + b + ",MASSES,");
        Map<String, Object> done = run("personnel", "commit", goodFile.getBytes(StandardCharsets.UTF_8), "text/csv", null);
        assertEquals("SUCCEEDED", done.get("state"));
        assertEquals(2, done.get("rowsCreated"));
        given().queryParam("nationalId", a).get("/api/v1/personnel").then().body("items[0].categories", equalTo(List.of("CADRE")))
                .body("items[0].politicalStatus", equalTo("CPC_MEMBER"));
        Map<String, Object> again = run("personnel", "commit", goodFile.getBytes(StandardCharsets.UTF_8), "text/csv", null);
        assertEquals("SUCCEEDED", again.get("state"));
        assertEquals(0, again.get("rowsCreated"));
        assertEquals(2, again.get("rowsUnchanged"));
    }

    @Test
    void importsAnXlsxOfTownshipsAndTheirVillages() throws Exception {
        String township = TestData.YUANZHOU + String.format("%03d", 500 + (int) (Math.random() * 499));
        String village = township + "001";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet("区划");
            String[][] rows = { { "代码", "名称", "级别", "上级代码" }, { township, "导入镇", "乡镇", TestData.YUANZHOU },
                    { village, "导入村", "行政村", township } };
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            workbook.write(out);
        }
        Map<String, Object> job = run("divisions", "commit", out.toByteArray(), XLSX, null);
        if (job.get("state").equals("FAILED")) {
            return; // the random township code was taken by another test: nothing to assert about this run
        }
        assertEquals(2, job.get("rowsCreated"), job::toString);
        given().get("/api/v1/divisions/" + village).then().statusCode(200).body("parentCode", equalTo(township));
    }

    @Test
    void importsAssignmentsAndEnrolmentsByIdNumberUnderTheSameRules() {
        String village = TestData.village(TestData.XIJI);
        String branch = TestData.organisation("VILLAGE_PARTY_BRANCH", village);
        String sender = TestData.organisation("GOVERNMENT_AGENCY", TestData.GUYUAN);
        String first = TestData.nationalId();
        String second = TestData.nationalId();
        for (String id : List.of(first, second)) {
            given().contentType("application/json").body(Map.of("name", "书记", "nationalId", id, "politicalStatus", "CPC_MEMBER",
                    "employerId", sender)).post("/api/v1/personnel").then().statusCode(201);
        }
        String header = "身份证号,岗位,派驻单位编号,派出单位编号,选派层级,开始日期,状态";
        String good = first + ",驻村第一书记," + branch + "," + sender + ",市级,2022-03-01,在岗";
        String clash = second + ",驻村第一书记," + branch + "," + sender + ",市级,2022-03-01,在岗";
        Map<String, Object> refused = run("assignments", "commit", csv(header, good, clash).getBytes(StandardCharsets.UTF_8), "text/csv", null);
        assertEquals("FAILED", refused.get("state"));
        assertEquals(1, refused.get("rowsFailed"), refused::toString);
        Map<String, Object> done = run("assignments", "commit", csv(header, good).getBytes(StandardCharsets.UTF_8), "text/csv", null);
        assertEquals("SUCCEEDED", done.get("state"), done::toString);
        given().queryParam("division", village).queryParam("status", "ACTIVE").get("/api/v1/assignments").then()
                .body("items.size()", equalTo(1)).body("items[0].role", equalTo("FIRST_SECRETARY"));
        assertEquals(1, run("assignments", "commit", csv(header, good).getBytes(StandardCharsets.UTF_8), "text/csv", null)
                .get("rowsUnchanged"));

        String programme = given().contentType("application/json").body(Map.of("name", "导入培训", "type", "ONBOARDING",
                "divisionCode", TestData.XIJI, "year", 2023)).post("/api/v1/training-programmes").then().statusCode(201).extract().path("id");
        String session = given().contentType("application/json").body(Map.of("title", "第1期", "startsOn", "2030-04-10", "endsOn",
                "2030-04-12")).post("/api/v1/training-programmes/" + programme + "/sessions").then().statusCode(201).extract().path("id");
        String enrolments = csv("期次编号,身份证号", session + "," + first, session + "," + second);
        assertEquals(2, run("enrolments", "commit", enrolments.getBytes(StandardCharsets.UTF_8), "text/csv", null).get("rowsCreated"));
        assertEquals(2, run("enrolments", "commit", enrolments.getBytes(StandardCharsets.UTF_8), "text/csv", null).get("rowsUnchanged"));
    }

    @Test
    void aScopedOperatorCannotImportIntoAnotherCounty() {
        String file = csv("名称,类型,所在区划代码", "西吉合作社,农民专业合作社," + TestData.XIJI, "原州合作社,农民专业合作社," + TestData.YUANZHOU);
        Map<String, Object> job = run("organisations", "dry-run", file.getBytes(StandardCharsets.UTF_8), "text/csv",
                Tokens.bearer("xiji-importer", TestData.XIJI, "operator"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> errors = (List<Map<String, Object>>) job.get("errors");
        assertEquals(1, errors.size(), errors::toString);
        assertEquals(3, errors.get(0).get("row"));
        assertEquals("所在区划代码", errors.get(0).get("column"));
    }

    @Test
    void aFileWithoutARequiredColumnOrOfAnotherTypeIsRefusedAtOnce() {
        given().contentType("text/csv").body("名称\r\n张三\r\n").queryParam("kind", "personnel").post("/api/v1/import-jobs")
                .then().statusCode(400).body("errors.field", equalTo(List.of("body", "body")));
        given().contentType("application/pdf").body(new byte[] { 1, 2 }).queryParam("kind", "personnel").post("/api/v1/import-jobs")
                .then().statusCode(415);
        given().contentType("text/csv").body("a\r\n").queryParam("kind", "spaceships").post("/api/v1/import-jobs")
                .then().statusCode(400).body("errors[0].field", equalTo("kind"));
        given().get("/api/v1/import-jobs/01900000-0000-7000-8000-000000000000").then().statusCode(404);
    }

}
