package org.tongxing.matching;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tongxing.support.TestHouseholds;
import org.tongxing.support.TestUser;
import org.tongxing.support.TestUsers;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

/**
 * The forms that end pairs and groups, as a browser without JavaScript posts them: a missing reason comes back with
 * the error summary linked to that form's field, a good one redirects with a notice, a stale one is the 409 page.
 */
@QuarkusTest
class EndingCommitmentPagesTest {

    @Test
    void aVolunteerLeavesTheirSeatAndTheCadreEndsThePairAndTheGroupThroughThePages() {
        MatchingWorld world = new MatchingWorld();
        given().contentType(ContentType.JSON).body(Map.of("name", "小组干部", "gender", "FEMALE", "unit", "街道妇联",
                "areaCode", world.areas.street, "capacity", 3)).post("/api/cadres").then().statusCode(201);
        TestUser volunteer = TestUsers.volunteer(world.areas.compound, "TUTORING", "COMPANIONSHIP");
        world.longTermNeed(world.household(), "TUTORING");
        JsonPath pair = CommitmentHistory.accepted(world, "PAIRS");
        TestHouseholds.postNeed(world.household(), "COMPANIONSHIP", "NORMAL");
        world.volunteer(world.areas.compound, "COMPANIONSHIP", 1);
        world.volunteer(world.areas.compound, "COMPANIONSHIP", 1);
        JsonPath group = CommitmentHistory.accepted(world, "GROUPS");
        long pairId = pair.getLong("items[0].id");
        long groupId = group.getLong("items[0].id");

        post(volunteer, "/me/groups/" + groupId + "/departure", " ", group.getLong("items[0].version")).statusCode(400)
                .contentType(startsWith("text/html")).body(containsString("href=\"#leave-group-" + groupId + "\""))
                .body(containsString("请写明原因。"));
        post(volunteer, "/me/groups/" + groupId + "/departure", "要照顾家里老人", group.getLong("items[0].version"))
                .statusCode(303).header("Location", containsString("/me/commitments?done=seat-left"));
        page(volunteer).get("/me/commitments?done=seat-left").then().statusCode(200)
                .body(containsString("您已退出小组")).body(containsString("/me/pairings/" + pairId + "/end"));

        post(world.cadre, "/cadre/pairings/" + pairId + "/end", "", pair.getLong("items[0].version")).statusCode(400)
                .body(containsString("href=\"#end-pair-" + pairId + "\""))
                .body(containsString("aria-invalid=\"true\""));
        post(world.cadre, "/cadre/pairings/" + pairId + "/end", "孩子随母亲搬到外地", pair.getLong("items[0].version"))
                .statusCode(303).header("Location", containsString("/cadre/commitments?done=pair-ended"));
        page(world.cadre).get("/cadre/commitments?done=pair-ended").then().statusCode(200)
                .body(containsString("结对已结束，志愿者会收到通知。")).body(containsString("2/3 位志愿者"));
        post(world.cadre, "/cadre/pairings/" + pairId + "/end", "再点一次", pair.getLong("items[0].version"))
                .statusCode(409).contentType(startsWith("text/html")).body(containsString("这个结对或小组已经结束"));

        long version = world.cadre.request().get("/api/matching/groups?areaPrefix=" + world.areas.district).jsonPath()
                .getLong("items[0].version");
        post(world.cadre, "/cadre/groups/" + groupId + "/end", "母亲找到稳定工作", version - 1).statusCode(409)
                .body(containsString("操作冲突"));
        post(world.cadre, "/cadre/groups/" + groupId + "/end", "母亲找到稳定工作", version).statusCode(303)
                .header("Location", containsString("/cadre/commitments?done=group-ended"));
        world.cadre.request().get("/api/matching/groups?areaPrefix=" + world.areas.district).then()
                .body("totalItems", equalTo(0));
    }

    @Test
    void aVolunteerConfirmsATrialAndRecordsAContactThroughThePage() {
        MatchingWorld world = new MatchingWorld();
        TestUser volunteer = TestUsers.volunteer(world.areas.compound, "TUTORING");
        world.longTermNeed(world.household(), "TUTORING");
        JsonPath pair = CommitmentHistory.accepted(world, "PAIRS");
        long id = pair.getLong("items[0].id");
        page(volunteer).get("/me/commitments").then().statusCode(200).body(containsString("试结对"))
                .body(containsString("/me/pairings/" + id + "/answer"))
                .body(org.hamcrest.Matchers.not(containsString("/me/pairings/" + id + "/contacts")));

        form(volunteer, "/me/pairings/" + id + "/answer", Map.of("sharePhone", "true", "version",
                pair.getLong("items[0].version"))).statusCode(303)
                .header("Location", containsString("done=trial-confirmed"));
        long version = world.cadre.request().get("/api/matching/pairings?areaPrefix=" + world.areas.district)
                .jsonPath().getLong("items[0].version");
        world.cadre.request().contentType(ContentType.JSON).body(Map.of("version", version))
                .post("/api/matching/pairings/" + id + "/household-consent").then().statusCode(200);
        page(volunteer).get("/me/commitments?done=trial-confirmed").then().body(containsString("您已确认试结对"))
                .body(containsString("/me/pairings/" + id + "/contacts"));

        form(volunteer, "/me/pairings/" + id + "/contacts", Map.of("contactedOn", "", "hours", "1", "channel",
                "PHONE", "dimension", "SCHOOLING", "participants", "志愿者", "summary", "电话辅导")).statusCode(400)
                .body(containsString("href=\"#c" + id + "-contactedOn\""));
        form(volunteer, "/me/pairings/" + id + "/contacts", Map.of("contactedOn", java.time.LocalDate.now()
                .minusDays(1).toString(), "hours", "1.5", "channel", "PHONE", "dimension", "SCHOOLING",
                "participants", "志愿者, 孩子", "summary", "电话辅导")).statusCode(303)
                .header("Location", containsString("done=contact-recorded"));
        volunteer.request().get("/api/matching/pairings/" + id + "/contacts").then().body("[0].personTimes",
                equalTo(2));
    }

    private static ValidatableResponse form(TestUser as, String path, Map<String, Object> fields) {
        String csrf = Base64.getUrlEncoder().withoutPadding().encodeToString(new SecureRandom().generateSeed(32));
        return page(as).contentType(ContentType.URLENC).cookie("tx_csrf", csrf).formParam("_csrf", csrf)
                .formParams(fields).redirects().follow(false).post(path).then();
    }

    private static ValidatableResponse post(TestUser as, String path, String reason, long version) {
        String csrf = Base64.getUrlEncoder().withoutPadding().encodeToString(new SecureRandom().generateSeed(32));
        return page(as).contentType(ContentType.URLENC).cookie("tx_csrf", csrf).formParam("_csrf", csrf)
                .formParam("reason", reason).formParam("version", version).redirects().follow(false).post(path).then();
    }

    private static io.restassured.specification.RequestSpecification page(TestUser as) {
        return as.request().header("Accept-Language", "zh-CN").accept("text/html");
    }
}
