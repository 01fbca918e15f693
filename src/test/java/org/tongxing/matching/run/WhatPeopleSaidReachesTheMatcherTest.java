package org.tongxing.matching.run;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tongxing.area.AreaCode;
import org.tongxing.common.Gender;
import org.tongxing.matching.domain.Candidate;
import org.tongxing.matching.domain.Family;
import org.tongxing.need.Need;
import org.tongxing.need.NeedCategory;
import org.tongxing.support.TestAreas;
import org.tongxing.support.TestHouseholds;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * What a family and a volunteer say through the API is what the matcher reads: no more defaults. Bad input is a
 * problem that names the field and changes nothing; a stale version is 409.
 */
@QuarkusTest
class WhatPeopleSaidReachesTheMatcherTest {

    @Test
    void whatAFamilySaysIsKeptOnItsFileAndReadByTheMatcher() {
        long id = TestHouseholds.open(TestAreas.create().compound);
        said(id, preferences(23.13, 113.26), version(id)).then().statusCode(200)
                .body("preferences.languages", contains("yue", "zh"))
                .body("preferences.availability", contains("SATURDAY_MORNING", "SUNDAY_EVENING"))
                .body("preferences.genderWishFor", equalTo("CHILD"))
                .body("preferences.contactChannel", equalTo("WECHAT"));
        given().get("/api/households/" + id + "/timeline").then().statusCode(200)
                .body("items.kind", hasItem("HOUSEHOLD_UPDATED"));

        long tutoring = TestHouseholds.postNeed(id, "TUTORING", "NORMAL");
        long job = TestHouseholds.postNeed(id, "JOB_TRAINING", "NORMAL");
        QuarkusTransaction.requiringNew().run(() -> {
            Families families = Families.of(List.of(id));
            Family asMother = families.get(id);
            assertThat(asMother.languages()).containsExactly("yue", "zh");
            assertThat(asMother.availability().size()).isEqualTo(2);
            assertThat(asMother.location()).isNotNull();
            assertThat(asMother.preferredGender()).as("a wish for the child is not the mother's").isNull();
            assertThat(families.forNeed(Need.findById(tutoring)).preferredGender()).isEqualTo(Gender.FEMALE);
            assertThat(families.forNeed(Need.findById(job)).preferredGender()).isNull();
        });
    }

    @Test
    void halfACoordinateIsRefusedByFieldAndChangesNothing() {
        long id = TestHouseholds.open(TestAreas.create().compound);
        long version = version(id);
        Map<String, Object> half = preferences(23.13, null);
        said(id, half, version).then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems/validation-failed"))
                .body("errors.field", contains("preferences.longitude"));
        Map<String, Object> badSlot = preferences(null, null);
        badSlot.put("availability", List.of("SATURDAY_NIGHT"));
        said(id, badSlot, version).then().statusCode(400)
                .body("errors.field", hasItem(startsWith("preferences.availability")));
        given().get("/api/households/" + id).then().statusCode(200).body("version", equalTo((int) version))
                .body("preferences.languages", equalTo(List.of()));
    }

    @Test
    void aStaleVersionIsAConflict() {
        long id = TestHouseholds.open(TestAreas.create().compound);
        said(id, preferences(null, null), version(id) + 1).then().statusCode(409)
                .body("type", equalTo("/problems/concurrent-update"));
    }

    @Test
    void whatAVolunteerSaysIsReadByTheMatcher() {
        TestAreas areas = TestAreas.create();
        Map<String, Object> v = new HashMap<>();
        v.put("name", "张晓燕");
        v.put("gender", "FEMALE");
        v.put("areaCode", areas.compound);
        v.put("skills", List.of("TUTORING", "PSYCHOLOGICAL_SUPPORT"));
        v.put("languages", List.of("zh"));
        v.put("availability", List.of("SATURDAY_MORNING"));
        v.put("capacity", 2);
        v.put("preferredCategories", List.of("TUTORING"));
        v.put("travelRange", "STREET");
        v.put("latitude", 26.65);
        v.put("longitude", 118.17);
        long volunteer = ((Number) given().contentType(ContentType.JSON).body(v).post("/api/volunteers").then()
                .statusCode(201).body("travelRange", equalTo("STREET")).extract().path("id")).longValue();
        QuarkusTransaction.requiringNew().run(() -> {
            Candidate candidate = MatchFacts.volunteer(volunteer);
            assertThat(candidate.preferredCategories()).containsExactly(NeedCategory.TUTORING);
            assertThat(candidate.maxTravelTier()).isEqualTo(AreaCode.SAME_STREET);
            assertThat(candidate.location()).isNotNull();
        });
    }

    private static Map<String, Object> preferences(Double latitude, Double longitude) {
        Map<String, Object> p = new HashMap<>();
        p.put("languages", List.of("yue", "zh"));
        p.put("availability", List.of("SATURDAY_MORNING", "SUNDAY_EVENING"));
        p.put("genderWish", "FEMALE");
        p.put("genderWishFor", "CHILD");
        p.put("contactChannel", "WECHAT");
        p.put("latitude", latitude);
        p.put("longitude", longitude);
        return p;
    }

    private static io.restassured.response.Response said(long id, Map<String, Object> preferences, long version) {
        Map<String, Object> body = new HashMap<>();
        body.put("preferences", preferences);
        body.put("version", version);
        return given().contentType(ContentType.JSON).body(body).put("/api/households/" + id + "/preferences");
    }

    private static long version(long id) {
        return given().get("/api/households/" + id).then().statusCode(200).extract().jsonPath().getLong("version");
    }
}
