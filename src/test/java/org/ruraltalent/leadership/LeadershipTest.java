package org.ruraltalent.leadership;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ruraltalent.support.TestData;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class LeadershipTest {

    private static void post(String villageOrg, String person, String role) {
        Map<String, Object> body = new HashMap<>(Map.of("personId", person, "role", role, "hostOrganisationId", villageOrg,
                "startDate", "2021-01-01", "status", "ACTIVE"));
        given().contentType(ContentType.JSON).body(body).post("/api/v1/assignments").then().statusCode(201);
    }

    /** Township with two villages: one with both posts filled (by one person), one missing its director. */
    @Test
    void tellsWhichVillagesAndTownshipsAreCompleteAndWhatIsMissing() {
        String township = TestData.township(TestData.YUANZHOU);
        String full = TestData.villageIn(township);
        String partial = TestData.villageIn(township);
        String fullCommittee = TestData.organisation("VILLAGE_COMMITTEE", full);
        String partialBranch = TestData.organisation("VILLAGE_PARTY_BRANCH", partial);
        String leader = TestData.person("一肩挑");
        post(fullCommittee, leader, "VILLAGE_PARTY_SECRETARY");
        post(fullCommittee, leader, "VILLAGE_COMMITTEE_DIRECTOR");
        post(fullCommittee, TestData.person("委员"), "VILLAGE_COMMITTEE_MEMBER");
        post(partialBranch, TestData.person("书记"), "VILLAGE_PARTY_SECRETARY");
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "后备", "nationalId", TestData.nationalId(), "categories", List.of("RESERVE_CADRE"),
                        "employerId", fullCommittee))
                .post("/api/v1/personnel").then().statusCode(201);

        given().queryParam("division", township).get("/api/v1/village-leadership").then().statusCode(200)
                .body("items.size()", equalTo(2))
                .body("items.find { it.villageCode == '" + full + "' }.complete", equalTo(true))
                .body("items.find { it.villageCode == '" + full + "' }.partySecretary.name", equalTo("一肩挑"))
                .body("items.find { it.villageCode == '" + full + "' }.committeeMembers", equalTo(1))
                .body("items.find { it.villageCode == '" + full + "' }.reserveCadres", equalTo(1))
                .body("items.find { it.villageCode == '" + partial + "' }.complete", equalTo(false))
                .body("items.find { it.villageCode == '" + partial + "' }.missing", equalTo(List.of("VILLAGE_COMMITTEE_DIRECTOR")));
        given().queryParam("division", township).queryParam("complete", false).get("/api/v1/village-leadership")
                .then().body("items.villageCode", equalTo(List.of(partial)));
        given().queryParam("division", township).get("/api/v1/village-leadership/townships").then().statusCode(200)
                .body("items[0].villages", equalTo(2)).body("items[0].completeVillages", equalTo(1))
                .body("items[0].complete", equalTo(false)).body("items[0].reserveCadres", equalTo(1));
    }
}
