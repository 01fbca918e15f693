package org.tongxing.demo;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The demo district's follow-up: some households overdue (not all), and a programme with a mid-term evaluation. */
@QuarkusTest
class DemoVisitsTest {

    @Test
    void someButNotAllDemoHouseholdsAreOverdue() {
        long overdue = given().queryParams(Map.of("areaPrefix", DemoDistrict.DISTRICT, "overdueOnly", true, "size", 1))
                .get("/api/visits/due").jsonPath().getLong("totalItems");
        System.out.printf("Demo district: %d of 300 households overdue a visit%n", overdue);
        assertThat(overdue).isBetween(20L, 150L);
        JsonPath first = given().queryParams(Map.of("areaPrefix", DemoDistrict.DISTRICT, "size", 1))
                .get("/api/visits/due")
                .jsonPath();
        assertThat(first.getString("items[0].tier")).isEqualTo("INTENSIVE");
        given().auth().preemptive().basic("worker", DemoAccounts.PASSWORD).queryParam("size", 1)
                .get("/api/visits/due").then().statusCode(200);
    }

    @Test
    void theDemoProgrammeShowsProgressAndItsSubmittedMidTermScore() {
        JsonPath list = given().auth().preemptive().basic("org", DemoAccounts.PASSWORD).get("/api/programmes")
                .jsonPath();
        assertThat(list.getList("items")).hasSize(1);
        long id = list.getLong("items[0].id");
        JsonPath programme = given().auth().preemptive().basic("org", DemoAccounts.PASSWORD)
                .get("/api/programmes/" + id)
                .jsonPath();
        assertThat(programme.getLong("memberCount")).isPositive();
        assertThat(programme.getLong("progress.visits")).isPositive();
        assertThat(programme.getString("evaluations[0].status")).isEqualTo("SUBMITTED");
        // 25·0.88 + 25·0.85 + 20·0.92 + 15·0.80 + 15·0.86 = 86.55
        assertThat(programme.getDouble("evaluations[0].weightedTotal")).isEqualTo(86.55);
        given().auth().preemptive().basic("cadre", DemoAccounts.PASSWORD).get("/programmes/" + id).then()
                .statusCode(200)
                .body(org.hamcrest.Matchers.containsString("86.55"));
        given().queryParam("areaPrefix", DemoDistrict.DISTRICT).get("/api/programmes").then().body("totalItems",
                equalTo(1));
    }
}
