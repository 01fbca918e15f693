package org.tongxing.claim;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tongxing.support.TestAreas;
import org.tongxing.support.TestNeeds;
import org.tongxing.support.TestUser;
import org.tongxing.support.TestUsers;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Services add up per need, household, volunteer, organisation and category over a date range. */
@QuarkusTest
class ServiceRecordsTest {

    @Test
    void hoursAndPersonTimesAddUpPerKeyAndRespectTheDateRange() {
        TestAreas areas = TestAreas.create();
        TestUser worker = TestUsers.worker(areas.community);
        TestUser volunteer = TestUsers.volunteer(areas.compound, "TUTORING");
        long need = TestNeeds.publicNeed(areas.compound, "TUTORING");
        long claim = volunteer.request().contentType(ContentType.JSON).body(TestNeeds.claimBody())
                .post("/api/needs/" + need + "/claims").jsonPath().getLong("id");
        worker.request().contentType(ContentType.JSON).body(Map.of("version", 0))
                .post("/api/claims/" + claim + "/acceptance").then().statusCode(200);
        LocalDate today = LocalDate.now();
        log(volunteer, claim, today.minusDays(10), 2.5, 2);
        log(volunteer, claim, today.minusDays(3), 1.5, 1);
        log(volunteer, claim, today, 3, 4);

        JsonPath byVolunteer = worker.request().queryParams(Map.of("groupBy", "VOLUNTEER")).get("/api/service-records")
                .then().statusCode(200).extract().jsonPath();
        assertThat(byVolunteer.getList("findAll { it.key == '" + volunteer.volunteerId() + "' }")).hasSize(1);
        assertThat(byVolunteer.getFloat("find { it.key == '" + volunteer.volunteerId() + "' }.hours")).isEqualTo(7.0f);
        assertThat(byVolunteer.getInt("find { it.key == '" + volunteer.volunteerId() + "' }.personTimes")).isEqualTo(7);
        assertThat(byVolunteer.getInt("find { it.key == '" + volunteer.volunteerId() + "' }.services")).isEqualTo(3);

        JsonPath lastWeek = worker.request()
                .queryParams(Map.of("groupBy", "NEED", "from", today.minusDays(7).toString(),
                        "to", today.minusDays(1).toString()))
                .get("/api/service-records").jsonPath();
        assertThat(lastWeek.getFloat("find { it.key == '" + need + "' }.hours")).isEqualTo(1.5f);

        List<String> mine = volunteer.request().queryParams(Map.of("groupBy", "VOLUNTEER")).get("/api/service-records")
                .jsonPath().getList("key");
        assertThat(mine).containsExactly(String.valueOf(volunteer.volunteerId()));
        JsonPath outsider = TestUsers.worker(TestAreas.create().community).request()
                .queryParams(Map.of("groupBy", "NEED"))
                .get("/api/service-records").jsonPath();
        assertThat(outsider.getList("key")).doesNotContain(String.valueOf(need));
        assertThat(given().queryParams(Map.of("groupBy", "CATEGORY")).get("/api/service-records").jsonPath()
                .getList("key")).contains("TUTORING");
    }

    private static void log(TestUser volunteer, long claim, LocalDate day, double hours, int personTimes) {
        volunteer.request().contentType(ContentType.JSON)
                .body(Map.of("servedOn", day.toString(), "hours", hours, "personTimes", personTimes))
                .post("/api/claims/" + claim + "/services").then().statusCode(201);
    }
}
