package org.tongxing.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tongxing.common.ChinaTime;
import org.tongxing.support.TestAreas;
import org.tongxing.support.TestHouseholds;
import org.tongxing.support.TestUser;
import org.tongxing.support.TestUsers;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * A visit made without the code is entered afterwards (补录) by its worker and moves the schedule; a phone or WeChat
 * contact, or a visit that found nobody at home, is recorded but is not the scheduled visit and moves nothing.
 */
@QuarkusTest
class ContactsAndManualVisitsTest {

    @Test
    void aVisitEnteredAfterwardsMovesTheScheduleAndContactsDoNot() {
        TestAreas areas = TestAreas.create();
        TestUser worker = TestUsers.worker(areas.community);
        long household = TestHouseholds.open(areas.compound);
        LocalDate visited = ChinaTime.today().minusDays(2);
        form(worker).formParam("channel", "RECORDED").formParam("outcome", "MET")
                .formParam("visitedAt", visited + "T10:30").formParam("findings", "孩子在家写作业，一切正常")
                .post("/worker/households/" + household + "/qr/visits").then().statusCode(303);
        plan(worker, household).body("basis", equalTo("LAST_VISIT")).body("basisOn", equalTo(visited.toString()));

        form(worker).formParam("channel", "PHONE").formParam("outcome", "MET")
                .formParam("visitedAt", visited.plusDays(1) + "T12:00")
                .post("/worker/households/" + household + "/qr/visits")
                .then().statusCode(303);
        worker.request().contentType(ContentType.JSON).body(Map.of("outcome", "NOBODY_HOME"))
                .post("/api/households/" + household + "/visits").then().statusCode(201)
                .body("channel", equalTo("RECORDED")).body("outcome", equalTo("NOBODY_HOME"));
        plan(worker, household).body("basisOn", equalTo(visited.toString()));
        assertThat(worker.request().get("/api/households/" + household + "/visits").jsonPath().getList("items"))
                .hasSize(3);
        worker.request().header("Accept-Language", "zh-CN").accept("text/html")
                .get("/worker/households/" + household + "/qr").then().body(containsString("电话联系"))
                .body(containsString("家中无人")).body(containsString("补录走访"));
    }

    @Test
    void theFormNamesAMissingTimeAndTheApiRefusesAClaimedCheckInWithoutACode() {
        TestAreas areas = TestAreas.create();
        TestUser worker = TestUsers.worker(areas.community);
        long household = TestHouseholds.open(areas.compound);
        form(worker).formParam("channel", "WECHAT").formParam("outcome", "MET")
                .post("/worker/households/" + household + "/qr/visits").then().statusCode(400)
                .body(containsString("请填写走访或联系的时间。"));
        worker.request().contentType(ContentType.JSON).body(Map.of("channel", "QR_CODE"))
                .post("/api/households/" + household + "/visits").then().statusCode(400)
                .body("errors[0].field", equalTo("channel"));
    }

    @Test
    void onlyTheFamilysOwnStaffMayEnterAVisitAfterwards() {
        TestAreas areas = TestAreas.create();
        TestUser worker = TestUsers.worker(areas.community);
        long household = TestHouseholds.open(areas.compound);
        TestUser otherWorker = TestUsers.worker(TestAreas.create().community);
        TestUser volunteer = TestUsers.volunteer(areas.community, "TUTORING");
        for (TestUser stranger : new TestUser[] {otherWorker, volunteer}) {
            int refused = form(stranger).formParam("channel", "RECORDED").formParam("outcome", "MET")
                    .formParam("visitedAt", ChinaTime.today().minusDays(1) + "T09:00")
                    .post("/worker/households/" + household + "/qr/visits").then().extract().statusCode();
            assertThat(refused).isIn(403, 404);
        }
        assertThat(worker.request().get("/api/households/" + household + "/visits").jsonPath().getList("items"))
                .isEmpty();
    }

    private static io.restassured.response.ValidatableResponse plan(TestUser worker, long household) {
        return worker.request().get("/api/households/" + household + "/visit-plan").then().statusCode(200);
    }

    private static RequestSpecification form(TestUser as) {
        String csrf = Base64.getUrlEncoder().withoutPadding().encodeToString(new SecureRandom().generateSeed(32));
        return as.request().header("Accept-Language", "zh-CN").accept("text/html")
                .contentType(ContentType.URLENC.withCharset("UTF-8")).cookie("tx_csrf", csrf).formParam("_csrf", csrf)
                .redirects().follow(false);
    }
}
