package org.ruraltalent.team;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.ruraltalent.support.TestData;
import org.ruraltalent.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class TeamResourceTest {

    private static String team(String type, String division, Set<String> served) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("name", "测试团队" + System.nanoTime(), "type", type, "divisionCode", division, "formedOn", "2021-03-01",
                        "servedOrganisationIds", served))
                .post("/api/v1/teams").then().statusCode(201).extract().path("id");
    }

    private static String etag(String team) {
        return given().get("/api/v1/teams/" + team).header("ETag");
    }

    private static io.restassured.response.Response addMember(String team, String person, String role) {
        return given().contentType(ContentType.JSON).header("If-Match", etag(team))
                .body(Map.of("personId", person, "role", role, "joinedOn", "2021-03-01"))
                .post("/api/v1/teams/" + team + "/members");
    }

    @Test
    void groupServesOrganisationsAndListsItsMembers() {
        String farm = TestData.organisation("FAMILY_FARM", TestData.XIJI);
        String enterprise = TestData.organisation("ENTERPRISE", TestData.XIJI);
        String group = team("INDUSTRY_TECH_GROUP", TestData.XIJI, Set.of(farm, enterprise));
        given().get("/api/v1/teams/" + group).then().statusCode(200)
                .body("servedOrganisations.id", org.hamcrest.Matchers.containsInAnyOrder(farm, enterprise))
                .header("ETag", "\"0\"");
        String leader = TestData.person("组长");
        String member = TestData.person("组员");
        addMember(group, leader, "LEADER").then().statusCode(201).body("role", equalTo("LEADER"));
        addMember(group, member, "MEMBER").then().statusCode(201);
        given().get("/api/v1/teams/" + group).then().header("ETag", "\"2\"");
        given().get("/api/v1/teams/" + group + "/members").then().statusCode(200)
                .body("person.id", equalTo(List.of(leader, member)));
        given().queryParam("member", member).queryParam("type", "INDUSTRY_TECH_GROUP").get("/api/v1/teams")
                .then().statusCode(200).body("items.id", equalTo(List.of(group)));
    }

    @Test
    void oneLeaderAndOneOpenMembershipAtATime() {
        String group = team("FAMILY_DOCTOR_TEAM", TestData.YUANZHOU, Set.of());
        String first = TestData.person("医生甲");
        String firstMembership = addMember(group, first, "LEADER").then().statusCode(201).extract().path("id");
        addMember(group, TestData.person("医生乙"), "LEADER").then().statusCode(409)
                .body("rule", equalTo("one-leader-per-team")).body("conflictingId", equalTo(firstMembership));
        addMember(group, first, "MEMBER").then().statusCode(409).body("rule", equalTo("one-open-membership-per-person-and-team"));
        given().contentType(ContentType.JSON).header("If-Match", etag(group)).body(Map.of("leftOn", "2022-01-01"))
                .post("/api/v1/teams/" + group + "/members/" + firstMembership + "/leave").then().statusCode(200);
        addMember(group, TestData.person("医生丙"), "LEADER").then().statusCode(201);
        given().queryParam("includePast", true).get("/api/v1/teams/" + group + "/members").then().body("size()", equalTo(2));
        given().get("/api/v1/teams/" + group + "/members").then().body("size()", equalTo(1));
    }

    @Test
    void memberChangesNeedTheTeamsIfMatch() {
        String group = team("EXPERT_GROUP", TestData.GUYUAN, Set.of());
        given().contentType(ContentType.JSON).body(Map.of("personId", TestData.person("专家"), "joinedOn", "2021-01-01"))
                .post("/api/v1/teams/" + group + "/members").then().statusCode(428);
        given().contentType(ContentType.JSON).header("If-Match", "\"9\"")
                .body(Map.of("personId", TestData.person("专家"), "joinedOn", "2021-01-01"))
                .post("/api/v1/teams/" + group + "/members").then().statusCode(412);
    }

    @Test
    void scopedCallersSeeOnlyTheirCountysTeams() {
        String xiji = team("COUNTY_SERVICE_TEAM", TestData.XIJI, Set.of());
        String yuanzhou = team("COUNTY_SERVICE_TEAM", TestData.YUANZHOU, Set.of());
        String token = Tokens.bearer("xiji-viewer", TestData.XIJI, "viewer");
        given().header("Authorization", token).queryParam("type", "COUNTY_SERVICE_TEAM").queryParam("limit", 200)
                .get("/api/v1/teams").then().statusCode(200)
                .body("items.id", hasItem(xiji)).body("items.id", not(hasItem(yuanzhou)));
        given().header("Authorization", token).get("/api/v1/teams/" + yuanzhou).then().statusCode(404);
    }

    @Test
    void workTeamMembersServeUnderAssignmentsLinkedToTheTeam() {
        String village = TestData.village(TestData.XIJI);
        String committee = TestData.organisation("VILLAGE_COMMITTEE", village);
        String sender = TestData.organisation("GOVERNMENT_AGENCY", TestData.XIJI);
        String workTeam = team("VILLAGE_WORK_TEAM", village, Set.of());
        String person = TestData.partyMember("队员", sender);
        String assignment = given().contentType(ContentType.JSON)
                .body(Map.of("personId", person, "role", "WORK_TEAM_MEMBER", "hostOrganisationId", committee,
                        "sendingOrganisationId", sender, "sendingLevel", "COUNTY", "startDate", "2021-07-01", "teamId", workTeam))
                .post("/api/v1/assignments").then().statusCode(201).body("teamId", equalTo(workTeam)).extract().path("id");
        given().contentType(ContentType.JSON).header("If-Match", etag(workTeam))
                .body(Map.of("personId", person, "joinedOn", "2021-07-01", "assignmentId", assignment))
                .post("/api/v1/teams/" + workTeam + "/members").then().statusCode(201).body("assignmentId", equalTo(assignment));
        given().contentType(ContentType.JSON).header("If-Match", etag(workTeam))
                .body(Map.of("personId", TestData.person("别人"), "joinedOn", "2021-07-01", "assignmentId", assignment))
                .post("/api/v1/teams/" + workTeam + "/members").then().statusCode(400).body("errors[0].field", equalTo("assignmentId"));
    }

    @Test
    void badInputIsNamed() {
        given().contentType(ContentType.JSON).body(Map.of("name", "x", "type", "BAND", "divisionCode", TestData.XIJI))
                .post("/api/v1/teams").then().statusCode(400).body("errors[0].field", equalTo("type"));
        given().contentType(ContentType.JSON).body(Map.of("name", "x", "type", "EXPERT_GROUP", "divisionCode", "640499"))
                .post("/api/v1/teams").then().statusCode(400).body("errors[0].field", equalTo("divisionCode"));
        given().queryParam("member", "nobody").get("/api/v1/teams").then().statusCode(400).body("errors[0].field", equalTo("member"));
    }
}
