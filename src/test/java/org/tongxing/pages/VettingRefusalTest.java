package org.tongxing.pages;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tongxing.support.TestAreas;
import org.tongxing.support.TestUser;
import org.tongxing.support.TestUsers;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Refusing a vetting on the administrator's page takes a reason, which the applicant then reads on their own page;
 * approving stays one click. The API keeps accepting a decision without a reason.
 */
@QuarkusTest
class VettingRefusalTest {

    @Test
    void aRefusalWithoutAReasonIsNotRecordedAndOneWithAReasonReachesTheApplicant() {
        TestAreas areas = TestAreas.create();
        TestUser volunteer = TestUsers.volunteer(areas.compound, "TUTORING");
        TestUser admin = TestUsers.admin();
        form(admin).formParam("status", "SUSPENDED").formParam("version", 1).formParam("shown", "VETTED")
                .post("/admin/vetting/volunteers/" + volunteer.volunteerId()).then().statusCode(400)
                .body(containsString("请写明不通过或暂停的原因"));
        given().get("/api/volunteers/" + volunteer.volunteerId()).then().body("vettingStatus", equalTo("VETTED"));

        form(admin).formParam("status", "SUSPENDED").formParam("version", 1).formParam("shown", "VETTED")
                .formParam("reason", "无犯罪记录证明已过期，请重新提交。")
                .post("/admin/vetting/volunteers/" + volunteer.volunteerId()).then().statusCode(303);
        given().get("/api/volunteers/" + volunteer.volunteerId()).then().body("vettingStatus", equalTo("SUSPENDED"))
                .body("vettingNote", equalTo("无犯罪记录证明已过期，请重新提交。"));
        volunteer.request().header("Accept-Language", "zh-CN").accept("text/html").get("/me/profile").then()
                .statusCode(200).body(containsString("审核意见: 无犯罪记录证明已过期，请重新提交。"));
    }

    @Test
    void approvingClearsTheNoteAndTheApiNeedsNoReason() {
        TestAreas areas = TestAreas.create();
        TestUser volunteer = TestUsers.volunteer(areas.compound, "TUTORING");
        given().contentType(ContentType.JSON).body(Map.of("status", "REJECTED", "version", 1, "reason", "材料不全"))
                .put("/api/volunteers/" + volunteer.volunteerId() + "/vetting").then().statusCode(200)
                .body("vettingNote", equalTo("材料不全"));
        given().contentType(ContentType.JSON).body(Map.of("status", "VETTED", "version", 2))
                .put("/api/volunteers/" + volunteer.volunteerId() + "/vetting").then().statusCode(200)
                .body("vettingNote", equalTo(null));
    }

    private static RequestSpecification form(TestUser as) {
        String csrf = Base64.getUrlEncoder().withoutPadding().encodeToString(new SecureRandom().generateSeed(32));
        return as.request().header("Accept-Language", "zh-CN").accept("text/html")
                .contentType(ContentType.URLENC.withCharset("UTF-8")).cookie("tx_csrf", csrf).formParam("_csrf", csrf)
                .redirects().follow(false);
    }
}
