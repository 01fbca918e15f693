package org.tongxing.pages;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

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

/**
 * Issue 17 item 2 on the pages, without JavaScript: a worker records what the family said at intake, the family
 * states it on its own profile (a bad coordinate is a friendly message in the reader's language and loses
 * nothing), and a volunteer says what they would rather do and how far they travel.
 */
@QuarkusTest
class WhatPeopleSayPagesTest {

    @Test
    void aWorkerRecordsWhatTheFamilySaidAtIntake() {
        TestAreas areas = TestAreas.create();
        TestUser worker = TestUsers.worker(areas.community);
        page(worker).get("/worker/households/new").then().statusCode(200).body(containsString("name=\"free\""))
                .body(containsString("对志愿者性别的期望"));
        String location = form(worker).formParam("areaCode", areas.compound).formParam("addressLine", "5栋101室")
                .formParam("hardshipCategory", "MINIMUM_ALLOWANCE").formParam("composition", "SINGLE_MOTHER")
                .formParam("tier", "REGULAR").formParam("consentData", "on").formParam("headName", "黄玉兰")
                .formParam("headBirthDate", "1984-04-04").formParam("headGender", "FEMALE")
                .formParam("languages", "yue，zh").formParam("free", "SATURDAY_MORNING", "MONDAY_EVENING")
                .formParam("genderWish", "FEMALE").formParam("genderWishFor", "MOTHER")
                .formParam("contactChannel", "HOME_VISIT")
                .post("/worker/households").then().statusCode(303).extract().header("Location");
        String id = location.replaceAll(".*/worker/households/(\\d+).*", "$1");
        given().get("/api/households/" + id).then().statusCode(200)
                .body("preferences.languages", contains("yue", "zh"))
                .body("preferences.availability", contains("MONDAY_EVENING", "SATURDAY_MORNING"))
                .body("preferences.genderWishFor", equalTo("MOTHER"))
                .body("preferences.contactChannel", equalTo("HOME_VISIT"));
        page(worker).get("/worker/households/" + id).then().statusCode(200).body(containsString("每周2个时段"))
                .body(containsString("上门"));
    }

    @Test
    void aFamilySaysItOnItsProfileAndABadCoordinateLosesNothing() {
        TestAreas areas = TestAreas.create();
        long household = TestHouseholds.open(areas.compound);
        TestUser family = TestUsers.family(household, areas.compound);
        page(family).get("/family/profile").then().statusCode(200).body(containsString("家庭的意愿"));
        long version = given().get("/api/households/" + household).jsonPath().getLong("version");
        form(family).header("Accept-Language", "en").formParam("version", version).formParam("languages", "nan")
                .formParam("latitude", "26.6").formParam("longitude", "far east")
                .post("/family/profile").then().statusCode(400).body(containsString("value=\"nan\""))
                .body(containsString("id=\"longitude-error\""));
        form(family).formParam("version", version).formParam("languages", "nan, zh")
                .formParam("free", "SUNDAY_AFTERNOON")
                .formParam("latitude", "26.6").formParam("longitude", "118.1")
                .post("/family/profile").then().statusCode(303);
        given().get("/api/households/" + household).then().body("preferences.languages", contains("nan", "zh"))
                .body("preferences.longitude", equalTo(118.1f));
    }

    @Test
    void aVolunteerSaysWhatTheyWouldRatherDoAndHowFarTheyTravel() {
        TestAreas areas = TestAreas.create();
        TestUser volunteer = TestUsers.volunteer(areas.compound, "TUTORING", "LEGAL_AID");
        page(volunteer).get("/me/profile").then().statusCode(200).body(containsString("name=\"travelRange\""));
        String own = "/api/volunteers/" + volunteer.volunteerId();
        long version = given().get(own).jsonPath().getLong("version");
        form(volunteer).formParam("version", version).formParam("skills", "TUTORING", "LEGAL_AID")
                .formParam("availability", "FRIDAY_EVENING").formParam("capacity", "2")
                .formParam("preferred", "LEGAL_AID").formParam("travelRange", "STREET")
                .post("/me/profile").then().statusCode(303);
        given().get(own).then().body("preferredCategories", contains("LEGAL_AID"))
                .body("travelRange", equalTo("STREET"));
    }

    private static RequestSpecification page(TestUser as) {
        return as.request().header("Accept-Language", "zh-CN").accept("text/html");
    }

    private static RequestSpecification form(TestUser as) {
        String csrf = Base64.getUrlEncoder().withoutPadding().encodeToString(new SecureRandom().generateSeed(32));
        return page(as).contentType(ContentType.URLENC.withCharset("UTF-8")).cookie("tx_csrf", csrf)
                .formParam("_csrf", csrf).redirects().follow(false);
    }
}
