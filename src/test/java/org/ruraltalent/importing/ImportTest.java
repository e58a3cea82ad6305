package org.ruraltalent.importing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ruraltalent.support.Races.waitingOnLocks;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.ruraltalent.support.TestData;
import org.ruraltalent.support.Tokens;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class ImportTest {

    @Inject
    ImportJobs jobs;
    @Inject
    ImportService service;
    @Inject
    ImportFiles files;
    @Inject
    EntityManager em;
    @Inject
    AgroalDataSource database;

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String CSV_UTF8 = "text/csv; charset=UTF-8";
    /** How the tests name a new person the database refuses while {@link #whileTheDatabaseRefusesNewPeopleNamedRefused} runs. */
    private static final String REFUSED = "拒";

    /** A job as it ended, with every row error it kept (walked page by page). */
    record Finished(Map<String, Object> job, List<Map<String, Object>> errors) {
        Object get(String field) {
            return job.get(field);
        }

        /** The columns at fault, by row. */
        Map<Integer, Set<String>> columnsByRow() {
            return errors.stream().collect(Collectors.groupingBy(e -> (Integer) e.get("row"), TreeMap::new,
                    Collectors.mapping(e -> (String) e.get("column"), Collectors.toSet())));
        }
    }

    private static RequestSpecification as(String authorization) {
        RequestSpecification request = given();
        return authorization == null ? request : request.header("Authorization", authorization);
    }

    static Response submit(String kind, String mode, byte[] file, String contentType, String authorization) {
        // RestAssured would otherwise add its own default charset (ISO-8859-1) to text/csv.
        return as(authorization).contentType(contentType).header("Accept-Language", "zh-CN").body(file)
                .queryParam("kind", kind).queryParam("mode", mode).post("/api/v1/import-jobs");
    }

    /** Submits a file and follows its job until it is done (bounded: 60 s). */
    static Finished run(String kind, String mode, byte[] file, String contentType, String authorization) {
        Response submitted = submit(kind, mode, file, contentType, authorization);
        submitted.then().statusCode(202).body("state", equalTo("QUEUED"));
        return follow(submitted.header("Location"), authorization);
    }

    static Finished follow(String location, String authorization) {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            Map<String, Object> job = as(authorization).get(location).then().statusCode(200).extract().as(Map.class);
            if (job.get("state").equals("SUCCEEDED") || job.get("state").equals("FAILED")) {
                List<Map<String, Object>> errors = new ArrayList<>();
                String cursor = null;
                do {
                    RequestSpecification page = as(authorization).queryParam("limit", 200);
                    if (cursor != null) {
                        page.queryParam("cursor", cursor);
                    }
                    Map<String, Object> body = page.get(location + "/errors").then().statusCode(200).extract().as(Map.class);
                    errors.addAll((List<Map<String, Object>>) body.get("items"));
                    cursor = (String) body.get("nextCursor");
                } while (cursor != null);
                // A row read again (its chunk refused by the database) reports what it reported once.
                assertEquals(errors.size(), new HashSet<>(errors).size(), () -> "an error reported twice: " + errors);
                assertEquals(job.get("errorCount"), errors.size(), "every error counted is listed");
                return new Finished(job, errors);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("import job did not finish: " + location);
    }

    private static byte[] csv(Charset charset, List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows) {
            out.append(row.stream().map(c -> c.contains(",") || c.contains("\"") ? "\"" + c.replace("\"", "\"\"") + "\"" : c)
                    .collect(Collectors.joining(","))).append("\r\n");
        }
        return out.toString().getBytes(charset);
    }

    private static byte[] csv(List<List<String>> rows) {
        return csv(StandardCharsets.UTF_8, rows);
    }

    /** A workbook of text cells, except LocalDate values, which become real date cells. */
    static byte[] xlsx(List<List<Object>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet("名册");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object value = rows.get(r).get(c);
                    if (value instanceof LocalDate d) {
                        row.createCell(c).setCellValue(d);
                        row.getCell(c).setCellStyle(date);
                    } else if (!value.toString().isEmpty()) {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static boolean registered(String nationalId) {
        return !given().queryParam("nationalId", nationalId).get("/api/v1/personnel").then().extract().<List<?>>path("items").isEmpty();
    }

    private static String birthDateOf(String nationalId) {
        return nationalId.substring(6, 10) + "-" + nationalId.substring(10, 12) + "-" + nationalId.substring(12, 14);
    }

    /** A roster of people with one good row before and after each kind of bad row. */
    private record Roster(List<List<Object>> rows, List<String> good) {
    }

    private static Roster mixedRoster() {
        String first = TestData.nationalId();
        String twice = TestData.nationalId();
        String last = TestData.nationalId();
        String badDigit = TestData.nationalId();
        badDigit = badDigit.substring(0, 17) + (badDigit.charAt(17) == '1' ? '2' : '1');
        List<List<Object>> rows = List.of(
                List.of("姓名", "身份证号", "民族", "手机", "政治面貌", "户籍地", "人才类别", "出生日期"),
                List.of("甲", first, "回族", "13895012345", "中共党员", TestData.YUANZHOU, "干部、后备干部", ""),
                List.of("乙", badDigit, "汉族", "", "群众", "", "", ""),
                List.of("丙", TestData.nationalId(), "", "", "海盗", "", "", ""),
                List.of("丁", TestData.nationalId(), "", "", "群众", "640499", "", ""),
                List.of("戊", twice, "", "", "MASSES", "", "", ""),
                List.of("己", twice, "", "", "群众", "", "", ""),
                List.of("庚".repeat(60), TestData.nationalId(), "", "", "群众", "", "", ""),
                List.of("辛", TestData.nationalId(), "", "", "群众", "", "", "1990-13-45"),
                List.of("", TestData.nationalId(), "", "", "群众", "", "", ""),
                List.of("壬", last, "", "", "群众", "", "CADRE", LocalDate.parse(birthDateOf(last))));
        return new Roster(rows, List.of(first, twice, last));
    }

    private static final Map<Integer, Set<String>> MIXED_ROSTER_ERRORS = Map.of(3, Set.of("身份证号"), 4, Set.of("政治面貌"),
            5, Set.of("户籍地"), 7, Set.of("身份证号"), 8, Set.of("姓名"), 9, Set.of("出生日期"), 10, Set.of("姓名"));

    private static List<List<String>> asText(List<List<Object>> rows) {
        return rows.stream().map(r -> r.stream().map(Object::toString).toList()).toList();
    }

    @Test
    void dryRunOfACsvNamesEveryBadRowAndColumnAndWritesNothing() {
        Roster roster = mixedRoster();
        Finished job = run("personnel", "dry-run", csv(asText(roster.rows())), CSV_UTF8, null);
        assertEquals("FAILED", job.get("state"));
        assertEquals(10, job.get("rowsTotal"));
        assertEquals(10, job.get("rowsDone"));
        assertEquals(MIXED_ROSTER_ERRORS, job.columnsByRow(), job.errors()::toString);
        assertEquals(7, job.get("rowsFailed"));
        assertEquals(3, job.get("rowsCreated"), "a dry run counts what a commit would create");
        assertEquals("与本文件第 6 行重复", job.errors().stream().filter(e -> e.get("row").equals(7)).findFirst().get().get("message"));
        assertTrue(roster.good().stream().noneMatch(ImportTest::registered), "a dry run wrote rows");
    }

    @Test
    void anXlsxIsCheckedLikeACsvAndItsDateCellsReadAsDates() {
        Roster roster = mixedRoster();
        Finished job = run("personnel", "dry-run", xlsx(roster.rows()), XLSX, null);
        assertEquals(MIXED_ROSTER_ERRORS, job.columnsByRow(), job.errors()::toString);
        assertEquals(3, job.get("rowsCreated"));
    }

    @Test
    void aCommitWithBadRowsWritesNothingAndTheGoodFileWritesAllThenARerunChangesNothing() {
        Roster roster = mixedRoster();
        Finished refused = run("personnel", "commit", xlsx(roster.rows()), XLSX, null);
        assertEquals("FAILED", refused.get("state"));
        assertEquals(0, refused.get("rowsCreated"));
        assertEquals(7, refused.get("rowsFailed"));
        assertTrue(roster.good().stream().noneMatch(ImportTest::registered), "a commit with bad rows kept a row");

        List<List<Object>> good = List.of(roster.rows().get(0), roster.rows().get(1), roster.rows().get(5), roster.rows().get(10));
        Finished done = run("personnel", "commit", xlsx(good), XLSX, null);
        assertEquals("SUCCEEDED", done.get("state"), done.errors()::toString);
        assertEquals(3, done.get("rowsCreated"));
        assertEquals(List.of(), done.errors());
        given().queryParam("nationalId", roster.good().get(0)).get("/api/v1/personnel").then()
                .body("items[0].categories", equalTo(List.of("CADRE", "RESERVE_CADRE")))
                .body("items[0].politicalStatus", equalTo("CPC_MEMBER")).body("items[0].ethnicGroup", equalTo("HUI"))
                .body("items[0].homeDivisionCode", equalTo(TestData.YUANZHOU));

        Finished again = run("personnel", "commit", xlsx(good), XLSX, null);
        assertEquals("SUCCEEDED", again.get("state"));
        assertEquals(0, again.get("rowsCreated"));
        assertEquals(0, again.get("rowsUpdated"));
        assertEquals(3, again.get("rowsUnchanged"));
    }

    @Test
    void aFileOfSeveralChunksIsWrittenWholeWithAnAuditEntryAndAFeedEventPerPersonAndARepeatAcrossChunksIsFound() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("姓名", "身份证号", "户籍地", "人才类别"));
        for (int i = 0; i < 450; i++) {
            rows.add(List.of("分块" + i, TestData.nationalId(), TestData.YUANZHOU, "高素质农民"));
        }
        List<List<String>> repeating = new ArrayList<>(rows);
        repeating.add(List.of("重复", rows.get(1).get(1), TestData.YUANZHOU, ""));
        Finished refused = run("personnel", "dry-run", csv(repeating), CSV_UTF8, null);
        assertEquals(Map.of(452, Set.of("身份证号")), refused.columnsByRow(), refused.errors()::toString);
        assertEquals("与本文件第 2 行重复", refused.errors().get(0).get("message"));
        assertEquals(450, refused.get("rowsCreated"), "a dry run counts what a commit would create");

        List<List<String>> file = rows;
        Finished done = run("personnel", "commit", csv(file), CSV_UTF8, null);
        assertEquals("SUCCEEDED", done.get("state"), done.errors()::toString);
        assertEquals(450, done.get("rowsCreated"));
        assertTrue(registered(file.get(1).get(1)) && registered(file.get(450).get(1)), "the first and last chunks were kept");
        String request = "IMPORT /api/v1/import-jobs/" + done.get("id");
        assertEquals(List.of(450L, 450L, 450L), QuarkusTransaction.requiringNew().call(() -> List.of(
                count("select count(*) from audit_event where request = :request and resource_type = 'person' and action = 'CREATE'"
                        + " and changes -> 'categories' -> 'after' ->> 0 = 'NEW_FARMER'", request),
                count("select count(*) from change_event c where c.operation = 'CREATE' and c.location_path is not null"
                        + " and c.resource_id in (select resource_id from audit_event where request = :request)", request),
                count("select count(*) from person p where p.id in (select resource_id from audit_event where request = :request)"
                        + " and p.home_division_id = (select id from division where code = '" + TestData.YUANZHOU + "')", request))));

        Finished again = run("personnel", "commit", csv(file), CSV_UTF8, null);
        assertEquals(450, again.get("rowsUnchanged"), again.errors()::toString);
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> count(
                "select count(*) from audit_event where request = :request", "IMPORT /api/v1/import-jobs/" + again.get("id"))));
    }

    private long count(String sql, String request) {
        return ((Number) em.createNativeQuery(sql).setParameter("request", request).getSingleResult()).longValue();
    }

    @Test
    void aPersonAlreadyHeldGetsWhatTheirRowChanges() {
        String id = TestData.nationalId();
        byte[] first = csv(List.of(List.of("name", "nationalId", "politicalStatus", "categories"), List.of("Ma", id, "MASSES", "CADRE")));
        assertEquals(1, run("personnel", "commit", first, CSV_UTF8, null).get("rowsCreated"));
        byte[] changed = csv(List.of(List.of("name", "nationalId", "politicalStatus", "categories", "mobile"),
                List.of("Ma", id, "CPC member", "CADRE;RETURNEE", "13895012346")));
        Finished job = run("personnel", "commit", changed, CSV_UTF8, null);
        assertEquals(1, job.get("rowsUpdated"), job.errors()::toString);
        given().queryParam("nationalId", id).get("/api/v1/personnel").then()
                .body("items[0].politicalStatus", equalTo("CPC_MEMBER"))
                .body("items[0].categories", equalTo(List.of("CADRE", "RETURNEE"))).body("items[0].version", equalTo(1));
        assertEquals(1, run("personnel", "commit", changed, CSV_UTF8, null).get("rowsUnchanged"));
    }

    @Test
    void importsOrganisationsAssignmentsAndEnrolmentsByNaturalKeysWithEnglishHeaders() {
        String code = String.valueOf(System.nanoTime() % 1_000_000);
        String host = "Import host " + code;
        byte[] organisations = csv(List.of(List.of("name", "type", "divisionCode"),
                List.of(host, "COOPERATIVE", TestData.XIJI), List.of("Import sender " + code, "政府部门", TestData.GUYUAN)));
        assertEquals(2, run("organisations", "commit", organisations, CSV_UTF8, null).get("rowsCreated"));
        assertEquals(2, run("organisations", "commit", organisations, CSV_UTF8, null).get("rowsUnchanged"));

        String nationalId = TestData.nationalId();
        String person = given().contentType(ContentType.JSON).body(Map.of("name", "派员", "nationalId", nationalId))
                .post("/api/v1/personnel").then().statusCode(201).extract().path("id");
        byte[] assignments = csv(List.of(
                List.of("nationalId", "role", "hostName", "hostDivisionCode", "sendingName", "sendingLevel", "startDate", "status"),
                List.of(nationalId, "科技特派员", host, TestData.XIJI, "Import sender " + code, "市级", "2023/3/1", "ACTIVE")));
        Finished assigned = run("assignments", "commit", assignments, CSV_UTF8, null);
        assertEquals(1, assigned.get("rowsCreated"), assigned.errors()::toString);
        given().queryParam("person", person).get("/api/v1/assignments").then()
                .body("items[0].role", equalTo("ST_COMMISSIONER")).body("items[0].status", equalTo("ACTIVE"))
                .body("items[0].startDate", equalTo("2023-03-01")).body("items[0].sendingLevel", equalTo("CITY"));
        assertEquals(1, run("assignments", "commit", assignments, CSV_UTF8, null).get("rowsUnchanged"));

        String programme = given().contentType(ContentType.JSON)
                .body(Map.of("name", "导入培训" + code, "type", "ONBOARDING", "divisionCode", TestData.XIJI, "year", 2023))
                .post("/api/v1/training-programmes").then().statusCode(201).extract().path("id");
        String session = given().contentType(ContentType.JSON)
                .body(Map.of("title", "第1期", "startsOn", "2023-04-10", "endsOn", "2023-04-14"))
                .post("/api/v1/training-programmes/" + programme + "/sessions").then().statusCode(201).extract().path("id");
        byte[] enrolments = csv(List.of(List.of("期次编号", "身份证号", "报名日期"), List.of(session, nationalId, "2023年4月1日")));
        assertEquals(1, run("enrolments", "commit", enrolments, CSV_UTF8, null).get("rowsCreated"));
        given().get("/api/v1/training-programmes/" + programme + "/sessions/" + session + "/enrolments").then()
                .body("items[0].person.id", equalTo(person)).body("items[0].enrolledOn", equalTo("2023-04-01"));
        assertEquals(1, run("enrolments", "commit", enrolments, CSV_UTF8, null).get("rowsUnchanged"));

        byte[] strangers = csv(List.of(List.of("期次编号", "身份证号"), List.of(session, TestData.nationalId()),
                List.of("01900000-0000-7000-8000-000000000000", nationalId)));
        assertEquals(Map.of(2, Set.of("身份证号"), 3, Set.of("期次编号")),
                run("enrolments", "dry-run", strangers, CSV_UTF8, null).columnsByRow());
    }

    @Test
    void aCountyOperatorCannotImportIntoAnotherCounty() {
        String operator = Tokens.bearer("xiji-importer", TestData.XIJI, "operator");
        byte[] organisations = csv(List.of(List.of("名称", "类型", "所在区划代码"),
                List.of("西吉合作社" + System.nanoTime(), "农民专业合作社", TestData.XIJI),
                List.of("原州合作社" + System.nanoTime(), "农民专业合作社", TestData.YUANZHOU)));
        Finished job = run("organisations", "dry-run", organisations, CSV_UTF8, operator);
        assertEquals(Map.of(3, Set.of("所在区划代码")), job.columnsByRow(), job.errors()::toString);

        String ours = TestData.nationalId();
        String theirs = TestData.nationalId();
        byte[] people = csv(List.of(List.of("姓名", "身份证号", "户籍地"), List.of("西", ours, TestData.XIJI),
                List.of("原", theirs, TestData.YUANZHOU)));
        Finished refused = run("personnel", "commit", people, CSV_UTF8, operator);
        assertEquals(Map.of(3, Set.of("户籍地")), refused.columnsByRow(), refused.errors()::toString);
        assertFalse(registered(ours) || registered(theirs), "a refused commit kept a row");

        // Another caller's job does not exist for an operator; an admin sees every job.
        String location = submit("personnel", "dry-run", people, CSV_UTF8, null).header("Location");
        as(operator).get(location).then().statusCode(404);
        as(operator).get(location + "/errors").then().statusCode(404);
        follow(location, null);
    }

    @Test
    void aCountyOperatorChangesThePeopleItSeesByPlaceOrByAssignmentAndNoOthers() {
        String ours = TestData.nationalId();
        String hosted = TestData.nationalId();
        String theirs = TestData.nationalId();
        byte[] people = csv(List.of(List.of("姓名", "身份证号", "户籍地"), List.of("西吉人", ours, TestData.XIJI),
                List.of("原州人甲", hosted, TestData.YUANZHOU), List.of("原州人乙", theirs, TestData.YUANZHOU)));
        assertEquals(3, run("personnel", "commit", people, CSV_UTF8, null).get("rowsCreated"));
        // Someone living in Yuanzhou whom Xiji hosts as a commissioner: Xiji sees them by that assignment.
        given().contentType(ContentType.JSON).body(Map.of("personId", personId(hosted), "role", "ST_COMMISSIONER",
                "hostOrganisationId", TestData.organisation("GOVERNMENT_AGENCY", TestData.XIJI),
                "sendingOrganisationId", TestData.organisation("GOVERNMENT_AGENCY", TestData.YUANZHOU),
                "sendingLevel", "COUNTY", "startDate", "2022-01-01")).post("/api/v1/assignments").then().statusCode(201);

        String operator = Tokens.bearer("xiji-importer", TestData.XIJI, "operator");
        byte[] renamed = csv(List.of(List.of("姓名", "身份证号"), List.of("西吉人改", ours), List.of("原州人甲改", hosted)));
        Finished job = run("personnel", "commit", renamed, CSV_UTF8, operator);
        assertEquals(2, job.get("rowsUpdated"), job.errors()::toString);
        given().queryParam("nationalId", ours).get("/api/v1/personnel").then().body("items[0].name", equalTo("西吉人改"));
        given().queryParam("nationalId", hosted).get("/api/v1/personnel").then().body("items[0].name", equalTo("原州人甲改"));

        Finished refused = run("personnel", "dry-run", csv(List.of(List.of("姓名", "身份证号"), List.of("原州人乙改", theirs))),
                CSV_UTF8, operator);
        assertEquals(Map.of(2, Set.of("身份证号")), refused.columnsByRow(), refused.errors()::toString);
        given().queryParam("nationalId", theirs).get("/api/v1/personnel").then().body("items[0].name", equalTo("原州人乙"));
    }

    private static String personId(String nationalId) {
        return given().queryParam("nationalId", nationalId).get("/api/v1/personnel").then().statusCode(200)
                .extract().path("items[0].id");
    }

    @Test
    void gb18030CsvWithDeclaredCharsetAndUtf8WithByteOrderMarkAreRead() {
        String id = TestData.nationalId();
        byte[] gb = csv(Charset.forName("GB18030"), List.of(List.of("姓名", "身份证号", "政治面貌"), List.of("马志强", id, "中共党员")));
        Finished job = run("personnel", "commit", gb, "text/csv; charset=GB18030", null);
        assertEquals(1, job.get("rowsCreated"), job.errors()::toString);
        given().queryParam("nationalId", id).get("/api/v1/personnel").then().body("items[0].name", equalTo("马志强"));

        byte[] utf8 = csv(List.of(List.of("姓名", "身份证号"), List.of("马志强", id)));
        byte[] bom = new byte[utf8.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, bom, 3, utf8.length);
        assertEquals(1, run("personnel", "dry-run", bom, CSV_UTF8, null).get("rowsUnchanged"));

        // GB18030 bytes sent as UTF-8: the header cannot be read, and the answer says how to name the charset.
        submit("personnel", "dry-run", gb, CSV_UTF8, null).then().statusCode(400)
                .body("errors[0].field", equalTo("body")).body("errors[0].message", startsWith("从此处起不是有效的 UTF-8 编码"));
    }

    @Test
    void errorsComePagedInRowOrderInTheSubmittersLanguage() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("name", "nationalId"));
        for (int i = 0; i < 5; i++) {
            rows.add(List.of("X" + i, "640402199001011234"));
        }
        Response submitted = given().contentType(CSV_UTF8).header("Accept-Language", "en").body(csv(rows))
                .queryParam("kind", "personnel").post("/api/v1/import-jobs");
        Finished job = follow(submitted.header("Location"), null);
        assertEquals(5, job.get("errorCount"));
        assertEquals(List.of(2, 3, 4, 5, 6), job.errors().stream().map(e -> e.get("row")).toList());
        assertEquals("nationalId", job.errors().get(0).get("column"));
        assertTrue(job.errors().get(0).get("message").toString().startsWith("is not a valid national ID number"),
                job.errors().get(0)::toString);

        String location = submitted.header("Location");
        String cursor = given().queryParam("limit", 2).get(location + "/errors").then().statusCode(200)
                .body("items.row", equalTo(List.of(2, 3))).extract().path("nextCursor");
        assertNotNull(cursor);
        given().queryParam("limit", 2).queryParam("cursor", cursor).get(location + "/errors").then()
                .body("items.row", equalTo(List.of(4, 5)));
    }

    @Test
    void aFileOverTheRowLimitFailsBeforeAnyRowIsRead() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("代码", "名称", "级别"));
        for (int i = 0; i < 501; i++) {
            rows.add(List.of("x", "y", "z"));
        }
        Finished job = run("divisions", "commit", csv(rows), CSV_UTF8, null);
        assertEquals("FAILED", job.get("state"));
        assertEquals(501, job.get("rowsTotal"));
        assertEquals(0, job.get("rowsDone"));
        assertEquals("单个文件最多 500 行", job.errors().get(0).get("message"));
    }

    @Test
    void refusesAtOnceAFileWithoutARequiredColumnOfAnotherTypeOrTooLarge() {
        given().contentType(CSV_UTF8).header("Accept-Language", "en").body("姓名\r\n张三\r\n".getBytes(StandardCharsets.UTF_8))
                .queryParam("kind", "personnel").post("/api/v1/import-jobs")
                .then().statusCode(400).body("errors.field", equalTo(List.of("body")))
                .body("errors[0].message", equalTo("the file has no column 身份证号 (nationalId)"));
        given().contentType(CSV_UTF8).body("身份证号\r\n".getBytes(StandardCharsets.UTF_8)).queryParam("kind", "assignments")
                .post("/api/v1/import-jobs").then().statusCode(400).body("errors.size()", equalTo(3));
        given().contentType("application/pdf").header("Accept-Language", "en").body(new byte[] { 1, 2 }).queryParam("kind", "personnel")
                .post("/api/v1/import-jobs").then().statusCode(415).body("detail", containsString("import files as text/csv or XLSX"));
        given().contentType(XLSX).body(new byte[] { 1, 2 }).queryParam("kind", "personnel").post("/api/v1/import-jobs")
                .then().statusCode(400).body("errors[0].field", equalTo("body"));
        given().contentType(CSV_UTF8).body("a\r\n").queryParam("kind", "spaceships").post("/api/v1/import-jobs")
                .then().statusCode(400).body("errors[0].field", equalTo("kind"));
        given().contentType(CSV_UTF8).body("a\r\n").post("/api/v1/import-jobs").then().statusCode(400)
                .body("errors[0].field", equalTo("kind"));
        given().get("/api/v1/import-jobs/01900000-0000-7000-8000-000000000000").then().statusCode(404);
        byte[] large = new byte[13 * 1024 * 1024];
        java.util.Arrays.fill(large, (byte) 'a');
        given().contentType(CSV_UTF8).header("Accept-Language", "en").body(large).queryParam("kind", "personnel")
                .post("/api/v1/import-jobs").then().statusCode(413).body("detail", equalTo("The body is larger than 12 MB."));
        as(Tokens.bearer("xiji-viewer", TestData.XIJI, "viewer")).contentType(CSV_UTF8).body("a\r\n")
                .queryParam("kind", "personnel").post("/api/v1/import-jobs").then().statusCode(403);
    }

    @Test
    void aFormUploadIsAcceptedAndAnIdempotentRetryGetsTheSameJob() {
        byte[] file = csv(List.of(List.of("姓名", "身份证号"), List.of("表单", TestData.nationalId())));
        Response form = given().multiPart("file", "roster.csv", file, "application/octet-stream").queryParam("kind", "personnel")
                .post("/api/v1/import-jobs");
        form.then().statusCode(202).body("fileName", equalTo("roster.csv"));
        assertEquals(1, follow(form.header("Location"), null).get("rowsCreated"));

        String key = "import-" + System.nanoTime();
        Response first = given().contentType(CSV_UTF8).header("Idempotency-Key", key).body(file).queryParam("kind", "personnel")
                .post("/api/v1/import-jobs");
        first.then().statusCode(202);
        given().contentType(CSV_UTF8).header("Idempotency-Key", key).body(file).queryParam("kind", "personnel")
                .post("/api/v1/import-jobs").then().statusCode(202).header("Idempotent-Replayed", "true")
                .body("id", equalTo(first.path("id")));
        assertEquals("SUCCEEDED", follow(first.header("Location"), null).get("state"));
        given().contentType(CSV_UTF8).header("Idempotency-Key", key).body(csv(List.of(List.of("姓名", "身份证号"))))
                .queryParam("kind", "personnel").post("/api/v1/import-jobs").then().statusCode(422);

        String formKey = "import-form-" + System.nanoTime();
        String job = given().multiPart("file", "roster.csv", file, "text/csv").header("Idempotency-Key", formKey)
                .queryParam("kind", "personnel").post("/api/v1/import-jobs").then().statusCode(202).extract().path("id");
        given().multiPart("file", "roster.csv", file, "text/csv").header("Idempotency-Key", formKey)
                .queryParam("kind", "personnel").post("/api/v1/import-jobs").then().statusCode(202).body("id", equalTo(job));
    }

    @Test
    void aJobWhoseServiceStoppedIsMarkedFailedAndItsFileDeleted() {
        ImportFiles.Received file = files.receive(new ByteArrayInputStream("姓名,身份证号\r\n".getBytes(StandardCharsets.UTF_8)));
        UUID id = QuarkusTransaction.requiringNew()
                .call(() -> jobs.create(ImportKind.PERSONNEL, ImportMode.COMMIT, "stale.csv", "admin", file, "text/csv"));
        QuarkusTransaction.requiringNew().run(() -> em
                .createNativeQuery("update import_job set heartbeat_at = now() - interval '1 hour' where id = :id")
                .setParameter("id", id).executeUpdate());
        service.heartbeat();
        Finished job = follow("/api/v1/import-jobs/" + id, null);
        assertEquals("FAILED", job.get("state"));
        assertTrue(job.errors().get(0).get("message").toString().startsWith("任务结束前服务已停止"), job.errors()::toString);
        assertTrue(files.contentType(id).isEmpty(), "the file of an abandoned job was kept");
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("select count(*) from import_file_part where job_id = :id").setParameter("id", id)
                .getSingleResult()).longValue()), "the segments of an abandoned job's file were kept");
    }

    @Test
    void aSecondActiveFirstSecretaryForAVillageIsABadRowAndAVillageImportedOnceStaysSo() {
        String village = TestData.village(TestData.XIJI);
        String branch = TestData.organisation("VILLAGE_PARTY_BRANCH", village);
        String sender = TestData.organisation("GOVERNMENT_AGENCY", TestData.GUYUAN);
        String first = TestData.nationalId();
        String second = TestData.nationalId();
        for (String id : List.of(first, second)) {
            given().contentType(ContentType.JSON).body(Map.of("name", "书记", "nationalId", id, "politicalStatus", "CPC_MEMBER",
                    "employerId", sender)).post("/api/v1/personnel").then().statusCode(201);
        }
        List<String> header = List.of("身份证号", "岗位", "派驻单位编号", "派出单位编号", "选派层级", "开始日期", "状态");
        List<String> good = List.of(first, "驻村第一书记", branch, sender, "市级", "2022-03-01", "在岗");
        List<String> clash = List.of(second, "驻村第一书记", branch, sender, "市级", "2022-03-01", "在岗");
        Finished refused = run("assignments", "commit", csv(List.of(header, good, clash)), CSV_UTF8, null);
        assertEquals("FAILED", refused.get("state"));
        assertEquals(1, refused.get("rowsFailed"), refused.errors()::toString);
        assertEquals(3, refused.errors().get(0).get("row"));
        Finished done = run("assignments", "commit", csv(List.of(header, good)), CSV_UTF8, null);
        assertEquals("SUCCEEDED", done.get("state"), done.errors()::toString);
        given().queryParam("division", village).queryParam("status", "ACTIVE").get("/api/v1/assignments").then()
                .body("items.size()", equalTo(1)).body("items[0].role", equalTo("FIRST_SECRETARY"));
        assertEquals(1, run("assignments", "commit", csv(List.of(header, good)), CSV_UTF8, null).get("rowsUnchanged"));
    }

    /** Two people made active first secretaries of villages of Xiji by an assignments import; their national IDs. */
    private static List<String> activeFirstSecretaries() {
        String sender = TestData.organisation("GOVERNMENT_AGENCY", TestData.GUYUAN);
        List<String> header = List.of("身份证号", "岗位", "派驻单位编号", "派出单位编号", "选派层级", "开始日期", "状态");
        List<List<String>> rows = new ArrayList<>(List.of(header));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String id = TestData.nationalId();
            given().contentType(ContentType.JSON).body(Map.of("name", "书记" + i, "nationalId", id, "politicalStatus", "CPC_MEMBER",
                    "employerId", sender)).post("/api/v1/personnel").then().statusCode(201);
            String branch = TestData.organisation("VILLAGE_PARTY_BRANCH", TestData.village(TestData.XIJI));
            rows.add(List.of(id, "驻村第一书记", branch, sender, "市级", "2022-03-01", "在岗"));
            ids.add(id);
        }
        Finished assigned = run("assignments", "commit", csv(rows), CSV_UTF8, null);
        assertEquals(2, assigned.get("rowsCreated"), assigned.errors()::toString);
        return ids;
    }

    @Test
    void everyRowTheDatabaseRefusesIsNamedWithTheRuleItBreaksAndTheRowsAfterItAreStillChecked() throws SQLException {
        // Only the database holds that an active first secretary stays a CPC member when a personnel row changes them.
        List<String> secretaries = activeFirstSecretaries();
        List<List<String>> rows = new ArrayList<>(List.of(List.of("姓名", "身份证号", "政治面貌")));
        List<String> newcomers = new ArrayList<>();
        for (int row = 2; row <= 301; row++) {
            String id = row == 3 ? secretaries.get(0) : row == 5 ? secretaries.get(1) : TestData.nationalId();
            // Row 280 is refused only when its chunk (rows 252 to 301) is written; row 290's name holds a character
            // PostgreSQL cannot store, which its check finds first, naming the column.
            rows.add(List.of(row == 280 ? REFUSED + row : row == 290 ? "人\u0000" + row : "人" + row, id,
                    row == 3 || row == 5 ? "群众" : row == 4 ? "海盗" : "中共党员"));
            if (row > 5 && row != 280 && row != 290) {
                newcomers.add(id);
            }
        }
        Map<Integer, Set<String>> expected = Map.of(3, Set.of("政治面貌"), 4, Set.of("政治面貌"), 5, Set.of("政治面貌"),
                280, Set.of(""), 290, Set.of("姓名"));

        Finished dryRun = whileTheDatabaseRefusesNewPeopleNamedRefused(() -> run("personnel", "dry-run", csv(rows), CSV_UTF8, null));
        assertEquals(expected, dryRun.columnsByRow(), dryRun.errors()::toString);
        assertEquals("计划或在岗的第一书记必须保持中共党员身份。", dryRun.errors().get(0).get("message"), dryRun.errors()::toString);
        assertEquals("计划或在岗的第一书记必须保持中共党员身份。", dryRun.errors().get(2).get("message"), dryRun.errors()::toString);
        assertEquals("此修改违反规则 ck_refused_in_test。", dryRun.errors().get(3).get("message"));
        assertEquals("不能包含空字符 NUL（U+0000）", dryRun.errors().get(4).get("message"));
        assertEquals(295, dryRun.get("rowsCreated"), "the rows after the refused ones were checked");
        assertEquals(0, dryRun.get("rowsUpdated"), "a refused row is not counted as updated");
        assertEquals(5, dryRun.get("rowsFailed"));
        assertEquals(300, dryRun.get("rowsDone"));

        Finished commit = whileTheDatabaseRefusesNewPeopleNamedRefused(() -> run("personnel", "commit", csv(rows), CSV_UTF8, null));
        assertEquals("FAILED", commit.get("state"));
        assertEquals(expected, commit.columnsByRow(), commit.errors()::toString);
        assertEquals(0, commit.get("rowsCreated"));
        assertFalse(registered(newcomers.get(0)) || registered(newcomers.get(newcomers.size() - 1)), "nothing of the file was kept");
        for (String id : secretaries) {
            given().queryParam("nationalId", id).get("/api/v1/personnel").then().body("items[0].politicalStatus", equalTo("CPC_MEMBER"));
        }
    }

    @Test
    void aRowThatLosesARaceAtTheDatabaseIsABadRowAndTheRowsAfterItAreStillChecked() throws Exception {
        String village = TestData.village(TestData.XIJI);
        String branch = TestData.organisation("VILLAGE_PARTY_BRANCH", village);
        String cooperative = TestData.organisation("COOPERATIVE", TestData.XIJI);
        String sender = TestData.organisation("GOVERNMENT_AGENCY", TestData.GUYUAN);
        String winner = TestData.partyMember("赢者", sender);
        String loser = TestData.nationalId();
        String after = TestData.nationalId();
        for (String id : List.of(loser, after)) {
            given().contentType(ContentType.JSON).body(Map.of("name", "派员", "nationalId", id, "politicalStatus", "CPC_MEMBER",
                    "employerId", sender)).post("/api/v1/personnel").then().statusCode(201);
        }
        byte[] file = csv(List.of(List.of("身份证号", "岗位", "派驻单位编号", "派出单位编号", "选派层级", "开始日期", "状态"),
                List.of(loser, "驻村第一书记", branch, sender, "市级", "2022-03-01", "在岗"),
                List.of(after, "科技特派员", cooperative, sender, "市级", "2022-03-01", "在岗")));
        Response submitted;
        String won;
        // Another writer makes the village's active first secretary and has not committed when the import's row comes:
        // the import's check cannot see it, and its insert waits at the partial unique index until the writer commits.
        try (Connection racer = database.getConnection(); Connection watcher = database.getConnection()) {
            racer.setAutoCommit(false);
            try (PreparedStatement insert = racer.prepareStatement("""
                    insert into assignment (id, person_id, person_party, role, host_organisation_id, host_division_id, host_level,
                                            sending_organisation_id, sending_level, start_date, status)
                    select gen_random_uuid(), ?::uuid, 'CPC_MEMBER', 'FIRST_SECRETARY', o.id, o.division_id, 'VILLAGE',
                           ?::uuid, 'CITY', date '2022-03-01', 'ACTIVE'
                    from organisation o where o.id = ?::uuid
                    returning id""")) {
                insert.setString(1, winner);
                insert.setString(2, sender);
                insert.setString(3, branch);
                try (ResultSet inserted = insert.executeQuery()) {
                    assertTrue(inserted.next());
                    won = inserted.getString(1);
                }
            }
            submitted = submitWhileHeld(racer, watcher, "assignments", "dry-run", file);
        }
        Finished job = follow(submitted.header("Location"), null);
        assertEquals(Map.of(2, Set.of("")), job.columnsByRow(), job.errors()::toString);
        assertEquals("该村已有在岗第一书记（见 conflictingId）。 conflictingId: " + won, job.errors().get(0).get("message"));
        assertEquals(1, job.get("rowsCreated"), "the row after the refused one was checked");
        assertEquals(1, job.get("rowsFailed"));
    }

    @Test
    void aPersonAnotherRequestChangesWhileTheImportWritesThemGetsTheRowOverThatChange() throws Exception {
        String changed = TestData.nationalId();
        String id = given().contentType(ContentType.JSON).body(Map.of("name", "原名", "nationalId", changed))
                .post("/api/v1/personnel").then().statusCode(201).extract().path("id");
        String newcomer = TestData.nationalId();
        byte[] file = csv(List.of(List.of("姓名", "身份证号", "政治面貌"),
                List.of("导入的名字", changed, "群众"),
                List.of("新人", newcomer, "群众")));
        Response submitted;
        // Another request changes the person after the import read them and has not committed when the import writes
        // them: the import's update waits for its row lock, then finds the version it read gone.
        try (Connection racer = database.getConnection(); Connection watcher = database.getConnection()) {
            racer.setAutoCommit(false);
            try (PreparedStatement update = racer.prepareStatement(
                    "update person set name = '他人改的名字', version = version + 1 where id = ?::uuid")) {
                update.setString(1, id);
                assertEquals(1, update.executeUpdate());
            }
            submitted = submitWhileHeld(racer, watcher, "personnel", "commit", file);
        }
        Finished job = follow(submitted.header("Location"), null);
        assertEquals("SUCCEEDED", job.get("state"), job.errors()::toString);
        assertEquals(1, job.get("rowsUpdated"));
        assertEquals(1, job.get("rowsCreated"));
        given().get("/api/v1/personnel/" + id).then().statusCode(200)
                .header("ETag", "\"2\"").body("name", equalTo("导入的名字")).body("politicalStatus", equalTo("MASSES"));
        assertTrue(registered(newcomer));
    }

    /**
     * Submits a file while {@code racer}'s open transaction holds what a row of it writes, and
     * commits that transaction once the job waits for it.
     */
    private static Response submitWhileHeld(Connection racer, Connection watcher, String kind, String mode, byte[] file)
            throws SQLException, InterruptedException {
        Response submitted = submit(kind, mode, file, CSV_UTF8, null);
        submitted.then().statusCode(202);
        long deadline = System.currentTimeMillis() + 30_000;
        while (waitingOnLocks(watcher) == 0) {
            assertTrue(System.currentTimeMillis() < deadline, "the import never waited for the racing writer");
            Thread.sleep(20);
        }
        racer.commit();
        return submitted;
    }

    @Test
    void enrolmentsPastASessionsCapacityAreBadRowsAndTheRestAreCounted() {
        String programme = given().contentType(ContentType.JSON)
                .body(Map.of("name", "满员培训" + System.nanoTime(), "type", "ONBOARDING", "divisionCode", TestData.XIJI,
                        "year", LocalDate.now().plusDays(30).getYear()))
                .post("/api/v1/training-programmes").then().statusCode(201).extract().path("id");
        String session = given().contentType(ContentType.JSON)
                .body(Map.of("title", "第1期", "startsOn", LocalDate.now().plusDays(30).toString(),
                        "endsOn", LocalDate.now().plusDays(34).toString(), "capacity", 2))
                .post("/api/v1/training-programmes/" + programme + "/sessions").then().statusCode(201).extract().path("id");
        List<List<String>> rows = new ArrayList<>(List.of(List.of("期次编号", "身份证号")));
        for (int i = 0; i < 4; i++) {
            String id = TestData.nationalId();
            given().contentType(ContentType.JSON).body(Map.of("name", "学员" + i, "nationalId", id)).post("/api/v1/personnel")
                    .then().statusCode(201);
            rows.add(List.of(session, id));
        }
        for (String mode : List.of("dry-run", "commit")) {
            Finished job = run("enrolments", mode, csv(rows), CSV_UTF8, null);
            assertEquals(Map.of(4, Set.of(""), 5, Set.of("")), job.columnsByRow(), job.errors()::toString);
            // The service's own check, which counts the seats the file's earlier rows took, not the database's refusal.
            assertEquals("该期次名额已满（2 人）。", job.errors().get(0).get("message"));
            assertEquals(2, job.get("rowsFailed"));
        }
        String path = "/api/v1/training-programmes/" + programme + "/sessions/" + session;
        given().get(path).then().body("enrolledCount", equalTo(0)).body("version", equalTo(0));
        Finished filled = run("enrolments", "commit", csv(rows.subList(0, 3)), CSV_UTF8, null);
        assertEquals(2, filled.get("rowsCreated"), filled.errors()::toString);
        given().get(path).then().body("enrolledCount", equalTo(2)).body("version", equalTo(0));
    }

    @Test
    void aRowTheDatabaseRefusesIsFoundEvenWhenABadRowAfterItInItsChunkFailsFirst() throws SQLException {
        // Row 2's insert is refused only when the chunk is written; row 3 fails its check before that, which makes the
        // job forget what row 2 had not yet written. Row 2 must still reach the database.
        byte[] file = csv(List.of(List.of("姓名", "身份证号", "政治面貌"),
                List.of(REFUSED + "二", TestData.nationalId(), "群众"),
                List.of("人三", TestData.nationalId(), "海盗"),
                List.of("人四", TestData.nationalId(), "群众")));
        Finished job = whileTheDatabaseRefusesNewPeopleNamedRefused(() -> run("personnel", "dry-run", file, CSV_UTF8, null));
        assertEquals(Map.of(2, Set.of(""), 3, Set.of("政治面貌")), job.columnsByRow(), job.errors()::toString);
        assertEquals(1, job.get("rowsCreated"));
        assertEquals(2, job.get("rowsFailed"));
    }

    @Test
    void refusedRowsAnywhereInTheirChunksAreEachFoundAndTheRestCounted() throws SQLException {
        // Refused rows first and last in a chunk, side by side, in a run of 41, and a bad row among them: a refused
        // chunk is read again in small groups, a refused group a row at a time, and every other row is still counted.
        Set<Integer> refused = new TreeSet<>(Set.of(2, 3, 120, 121, 126, 251, 252, 501));
        for (int row = 300; row <= 340; row++) {
            refused.add(row);
        }
        List<List<String>> rows = new ArrayList<>(List.of(List.of("姓名", "身份证号", "政治面貌")));
        for (int row = 2; row <= 501; row++) {
            rows.add(List.of(refused.contains(row) ? REFUSED + row : "人" + row, TestData.nationalId(),
                    row == 127 ? "海盗" : "群众"));
        }
        Map<Integer, Set<String>> expected = new HashMap<>();
        refused.forEach(row -> expected.put(row, Set.of("")));
        expected.put(127, Set.of("政治面貌"));

        Finished job = whileTheDatabaseRefusesNewPeopleNamedRefused(() -> run("personnel", "dry-run", csv(rows), CSV_UTF8, null));
        assertEquals(expected, job.columnsByRow(), job.errors()::toString);
        assertEquals(500 - refused.size() - 1, job.get("rowsCreated"));
        assertEquals(refused.size() + 1, job.get("rowsFailed"));
        assertEquals(500, job.get("rowsDone"));
    }

    /**
     * Runs {@code body} while the database refuses every new person whose name starts with {@link #REFUSED}: a
     * trigger stands in for any rule only the database holds (one a racing request breaks, say), refusing the row
     * as a check constraint does, only when its chunk is written.
     */
    private <T> T whileTheDatabaseRefusesNewPeopleNamedRefused(Supplier<T> body) throws SQLException {
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            s.execute("""
                    create function test_refuse_person() returns trigger language plpgsql as $$
                    begin
                      raise exception using errcode = 'check_violation', constraint = 'ck_refused_in_test',
                        message = 'new row for relation "person" violates check constraint "ck_refused_in_test"';
                    end $$;
                    create trigger test_refuse_person before insert on person for each row
                      when (new.name like '%s%%') execute function test_refuse_person()""".formatted(REFUSED));
        }
        try {
            return body.get();
        } finally {
            try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
                s.execute("drop trigger test_refuse_person on person; drop function test_refuse_person()");
            }
        }
    }
}
