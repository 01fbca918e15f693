package org.tongxing.assistance;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import java.security.SecureRandom;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.tongxing.support.TestAreas;
import org.tongxing.support.TestHouseholds;
import org.tongxing.support.TestUser;
import org.tongxing.support.TestUsers;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** The case workers' page of a household's benefits and assistance, without JavaScript, in both languages. */
@QuarkusTest
class AssistancePagesTest {

    @Test
    void aWorkerRecordsABenefitFixesWhatTheFormSaysAndChangesIt() {
        TestAreas areas = TestAreas.create();
        long household = TestHouseholds.open(areas.compound);
        TestUser worker = TestUsers.worker(areas.community);
        String page = "/worker/households/" + household + "/benefits";
        page(worker, "zh-CN").get(page).then().statusCode(200).body(containsString("还没有登记救助待遇。"));
        form(worker, "zh-CN").formParam("kind", "MINIMUM_LIVING").formParam("status", "GRANTED")
                .formParam("monthlyAmount", "680").post(page).then().statusCode(400)
                .body(containsString("id=\"benefit-decidedOn-error\">此项必填。"))
                .body(containsString("id=\"benefit-monthlyAmount\" name=\"monthlyAmount\" value=\"680\""));
        form(worker, "en").formParam("kind", "MINIMUM_LIVING").formParam("status", "REFUSED")
                .formParam("decidedOn", "2026-11-30").post(page).then().statusCode(400)
                .body(containsString("id=\"benefit-note-error\">Say why it was refused."));
        form(worker, "zh-CN").formParam("kind", "MINIMUM_LIVING").formParam("status", "GRANTED")
                .formParam("decidedOn", "2026-11-30").formParam("monthlyAmount", "680").post(page).then()
                .statusCode(303).header("Location", endsWith(page + "?done=benefit"));
        page(worker, "zh-CN").get(page + "?done=benefit").then().statusCode(200).body(containsString("救助待遇已登记。"))
                .body(containsString("最低生活保障（低保）"))
                .body(containsString("已批准")).body(containsString("每月 680 元"))
                .body(not(containsString("还没有登记救助待遇。")));
        long benefit = worker.request().get("/api/households/" + household + "/benefits").jsonPath().getLong("[0].id");
        form(worker, "zh-CN").formParam("kind", "MINIMUM_LIVING").formParam("status", "ENDED")
                .formParam("decidedOn", "2026-11-30").formParam("monthlyAmount", "680").formParam("version", "0")
                .post(page + "/" + benefit).then().statusCode(400)
                .body(containsString("id=\"b" + benefit + "-endedOn-error\">此项必填。"))
                .body(containsString("<details open>"));
        form(worker, "zh-CN").formParam("kind", "MINIMUM_LIVING").formParam("status", "ENDED")
                .formParam("decidedOn", "2026-11-30").formParam("endedOn", "2026-12-01").formParam("version", "0")
                .post(page + "/" + benefit).then().statusCode(303);
        form(worker, "zh-CN").formParam("kind", "MINIMUM_LIVING").formParam("status", "APPLIED").formParam("version",
                "0").post(page + "/" + benefit).then().statusCode(409).contentType(containsString("text/html"));
    }

    @Test
    void assistanceIsRecordedAndANulInItsFormIsShownNextToWhatWasTyped() {
        TestAreas areas = TestAreas.create();
        long household = TestHouseholds.open(areas.compound);
        TestUser worker = TestUsers.worker(areas.community);
        String page = "/worker/households/" + household + "/benefits";
        form(worker, "zh-CN").formParam("kind", "FESTIVAL_VISIT").formParam("givenOn", "2026-09-30")
                .formParam("amount", "300").formParam("what", "中秋慰问\u0000大米").post(page + "/assistance").then()
                .statusCode(400).body(containsString("id=\"aid-what-error\">含有无法保存的控制字符"))
                .body(containsString("value=\"中秋慰问\uFFFD大米\""));
        form(worker, "en").formParam("kind", "FESTIVAL_VISIT").formParam("givenOn", "2026-09-30")
                .formParam("amount", "300").formParam("what", "中秋慰问：大米一袋").post(page + "/assistance").then()
                .statusCode(303);
        page(worker, "en").get(page + "?done=assistance").then().statusCode(200)
                .body(containsString("The assistance is recorded.")).body(containsString("Festival visit · 300 yuan"))
                .body(containsString("<p><span lang=\"zh-CN\">中秋慰问：大米一袋</span></p>"));
    }

    @Test
    void onlyTheHouseholdsCaseWorkersSeeThePage() {
        TestAreas areas = TestAreas.create();
        long household = TestHouseholds.open(areas.compound);
        String page = "/worker/households/" + household + "/benefits";
        page(TestUsers.worker(TestAreas.create().community), "zh-CN").get(page).then().statusCode(404);
        page(TestUsers.volunteer(areas.compound, "TUTORING"), "zh-CN").get(page).then().statusCode(403);
        page(TestUsers.family(household, areas.compound), "zh-CN").get(page).then().statusCode(403);
    }

    private static RequestSpecification page(TestUser as, String language) {
        return as.request().header("Accept-Language", language).accept("text/html");
    }

    private static RequestSpecification form(TestUser as, String language) {
        String csrf = Base64.getUrlEncoder().withoutPadding().encodeToString(new SecureRandom().generateSeed(32));
        return page(as, language).contentType(ContentType.URLENC.withCharset("UTF-8")).cookie("tx_csrf", csrf)
                .formParam("_csrf", csrf).redirects().follow(false);
    }
}
