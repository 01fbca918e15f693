package org.tongxing.demo;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.tongxing.common.ResidentId;
import org.tongxing.need.NeedStatus;
import org.tongxing.need.Visibility;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The test database starts empty, so the demo district seen here was loaded by this run's start-up. */
@QuarkusTest
class DemoDataTest {

    private static final String DISTRICT = DemoDistrict.DISTRICT;

    @Inject
    DemoDataLoader loader;

    @Test
    void theDemoDistrictHasTheAdvertisedSize() {
        assertThat(total("/api/households")).isEqualTo(300);
        assertThat(total("/api/volunteers")).isEqualTo(120);
        assertThat(total("/api/cadres")).isEqualTo(10);
        assertThat(total("/api/organisations")).isEqualTo(8);
        assertThat(total("/api/needs")).isEqualTo(400);
        given().queryParam("parent", DISTRICT).get("/api/areas").then().body("size()", equalTo(2));
        given().queryParam("parent", DISTRICT + "001").get("/api/areas").then().body("size()", equalTo(6));
    }

    @Test
    void needsAreInEveryStatusAndAtEveryLevel() {
        for (NeedStatus status : NeedStatus.values()) {
            given().queryParams(Map.of("areaPrefix", DISTRICT, "status", status, "size", 1)).get("/api/needs")
                    .then().body("totalItems", greaterThan(0));
        }
        for (Visibility visibility : Visibility.values()) {
            given().queryParams(Map.of("areaPrefix", DISTRICT, "visibility", visibility, "size", 1)).get("/api/needs")
                    .then().body("totalItems", greaterThan(0));
        }
    }

    @Test
    void loadingAgainAddsNothing() {
        long before = total("/api/needs") + total("/api/households") + total("/api/volunteers");
        loader.load();
        assertThat(total("/api/needs") + total("/api/households") + total("/api/volunteers")).isEqualTo(before);
    }

    @Test
    void peopleHaveValidIdNumbersAndSomeBeneficiariesBecameVolunteers() {
        JsonPath file = given().get("/api/households/" + firstId("/api/households")).jsonPath();
        for (String id : file.getList("members.idNumber", String.class)) {
            assertThat(ResidentId.isValid(id)).as(id).isTrue();
        }
        JsonPath volunteers = given().queryParams(Map.of("areaPrefix", DISTRICT, "size", 200)).get("/api/volunteers")
                .jsonPath();
        assertThat(volunteers.getList("items.findAll { it.linkedMemberId != null }")).hasSizeGreaterThanOrEqualTo(10);
    }

    private static long total(String path) {
        return given().queryParams(Map.of("areaPrefix", DISTRICT, "size", 1)).get(path).jsonPath()
                .getLong("totalItems");
    }

    private static long firstId(String path) {
        return given().queryParams(Map.of("areaPrefix", DISTRICT, "size", 1)).get(path).jsonPath()
                .getLong("items[0].id");
    }
}
