package org.tongxing.visit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.tongxing.common.ChinaTime;
import org.tongxing.support.TestAreas;
import org.tongxing.support.TestHouseholds;
import org.tongxing.support.TestUser;
import org.tongxing.support.TestUsers;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class VisitResourceTest {

    @Inject
    DataSource db;

    @Test
    void aWorkersVisitIsLoggedOnTheTimelineAndResetsTheSchedule() throws Exception {
        TestAreas areas = TestAreas.create();
        TestUser worker = TestUsers.worker(areas.community);
        long household = TestHouseholds.open(areas.compound);
        VisitTestSupport.openedOn(db, household, ChinaTime.today().minusMonths(2).toString());
        worker.request().get("/api/households/" + household + "/visit-plan").then().statusCode(200)
                .body("basis", equalTo("FILE_OPENED")).body("state", equalTo("OVERDUE"));

        long visit = VisitTestSupport.visit(worker, household, Map.of("findings", "家中整洁，孩子按时上学",
                "livingConditions", "FINE", "health", "CONCERN", "schooling", "FINE",
                "latitude", 26.64, "longitude", 118.17, "locationNote", "家中"));

        LocalDate today = ChinaTime.today();
        worker.request().get("/api/households/" + household + "/visit-plan").then()
                .body("basis", equalTo("LAST_VISIT")).body("basisOn", equalTo(today.toString()))
                .body("dueOn", equalTo(today.plusMonths(1).toString())).body("state", equalTo("SCHEDULED"));
        worker.request().get("/api/households/" + household + "/visits").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].id", equalTo((int) visit))
                .body("items[0].channel", equalTo("RECORDED")).body("items[0].health", equalTo("CONCERN"))
                .body("items[0].workerName", equalTo("WORKER " + worker.username()));
        worker.request().get("/api/households/" + household + "/timeline").then()
                .body("items[0].kind", equalTo("VISIT_RECORDED"))
                .body("items[0].details.visitId", equalTo((int) visit))
                .body("items[0].actor", equalTo(worker.username()));
    }

    @Test
    void findingsBecomeNeedsOfTheHouseholdInTheSameStep() {
        TestAreas areas = TestAreas.create();
        TestUser worker = TestUsers.worker(areas.community);
        long household = TestHouseholds.open(areas.compound);
        Map<String, Object> body = new HashMap<>(Map.of("findings", "屋顶漏雨，孩子数学跟不上",
                "needsNoticed", List.of("PSYCHOLOGICAL_SUPPORT"),
                "newNeeds", List.of(Map.of("category", "DAILY_LIVING", "description", "屋顶漏雨需要修缮", "urgency", "HIGH"),
                        Map.of("category", "TUTORING", "description", "孩子需要数学辅导", "urgency", "NORMAL"))));
        JsonPath visit = worker.request().contentType(ContentType.JSON).body(body)
                .post("/api/households/" + household + "/visits").then().statusCode(201).extract().jsonPath();
        List<Map<String, Object>> noticed = visit.getList("noticedNeeds");
        assertThat(noticed).extracting(n -> n.get("category"))
                .containsExactlyInAnyOrder("PSYCHOLOGICAL_SUPPORT", "DAILY_LIVING", "TUTORING");
        assertThat(noticed).filteredOn(n -> n.get("needId") != null).hasSize(2);
        worker.request().queryParam("householdId", household).get("/api/needs").then()
                .body("totalItems", equalTo(2)).body("items.category", hasItems("DAILY_LIVING", "TUTORING"))
                .body("items.find { it.category == 'DAILY_LIVING' }.urgency", equalTo("HIGH"))
                .body("items.find { it.category == 'DAILY_LIVING' }.status", equalTo("OPEN"));
    }

    @Test
    void aVisitThatCannotBeRecordedLeavesNothingBehind() {
        TestAreas areas = TestAreas.create();
        TestUser worker = TestUsers.worker(areas.community);
        long household = TestHouseholds.open(areas.compound);
        worker.request().contentType(ContentType.JSON).body(Map.of("newNeeds", List.of(
                Map.of("category", "TUTORING", "description", "孩子需要数学辅导", "urgency", "NORMAL"),
                Map.of("category", "TUTORING", "description", "重复的类别", "urgency", "LOW"))))
                .post("/api/households/" + household + "/visits").then().statusCode(400)
                .body("errors[0].field", equalTo("newNeeds[1].category"));
        worker.request().contentType(ContentType.JSON).body(Map.of("latitude", 26.6))
                .post("/api/households/" + household + "/visits").then().statusCode(400)
                .body("errors[0].field", equalTo("longitude"));
        worker.request().contentType(ContentType.JSON).body(Map.of("newNeeds", List.of(
                Map.of("category", "TUTORING", "description", "短", "urgency", "NORMAL"))))
                .post("/api/households/" + household + "/visits").then().statusCode(400)
                .body("errors[0].field", equalTo("newNeeds[0].description"));
        worker.request().queryParam("householdId", household).get("/api/needs").then().body("totalItems", equalTo(0));
        worker.request().get("/api/households/" + household + "/visits").then().body("totalItems", equalTo(0));
    }

    @Test
    void onlyFieldWorkersOfTheAreaRecordVisits() {
        TestAreas areas = TestAreas.create();
        long household = TestHouseholds.open(areas.compound);
        TestUsers.worker(TestAreas.create().community).request().contentType(ContentType.JSON).body(Map.of())
                .post("/api/households/" + household + "/visits").then().statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of()).post("/api/households/" + household + "/visits")
                .then().statusCode(403);
        TestUsers.cadre(areas.street).request().contentType(ContentType.JSON).body(Map.of())
                .post("/api/households/" + household + "/visits").then().statusCode(201)
                .body("channel", equalTo("RECORDED"));
    }

    @Test
    void theDueListShowsOverdueAndSoonDueHouseholdsOfTheAreaByTierThenLateness() throws Exception {
        TestAreas areas = TestAreas.create();
        TestUser worker = TestUsers.worker(areas.community);
        LocalDate today = ChinaTime.today();
        long intensiveLate = household(areas.compound, "INTENSIVE", today.minusMonths(1).minusDays(10));
        long intensiveLater = household(areas.compound, "INTENSIVE", today.minusMonths(1).minusDays(40));
        long regularLate = household(areas.compound, "REGULAR", today.minusMonths(3).minusDays(100));
        long stableSoon = household(areas.compound, "STABLE", today.minusMonths(6).plusDays(5));
        long stableLater = household(areas.compound, "STABLE", today.minusMonths(6).plusDays(30));
        long visited = household(areas.compound, "INTENSIVE", today.minusMonths(4));
        VisitTestSupport.visit(worker, visited, Map.of());
        household(TestAreas.create().compound, "INTENSIVE", today.minusYears(1));

        JsonPath due = worker.request().get("/api/visits/due").then().statusCode(200).extract().jsonPath();
        assertThat(due.getList("items.householdId", Long.class))
                .containsExactly(intensiveLater, intensiveLate, regularLate, stableSoon);
        assertThat(due.getInt("items[0].daysLate")).isEqualTo(daysLate(today.minusMonths(1).minusDays(40), 1, today));
        assertThat(due.getString("items[0].state")).isEqualTo("OVERDUE");
        assertThat(due.getString("items[3].state")).isEqualTo("DUE_SOON");
        assertThat(due.getInt("items[3].daysLate")).isEqualTo(-5);
        assertThat(due.getString("items[0].contactName")).isEqualTo("林秀梅");

        worker.request().queryParams(Map.of("within", 60)).get("/api/visits/due").then()
                .body("items.householdId", hasItems((int) stableLater, (int) visited)).body("totalItems", equalTo(6));
        worker.request().queryParams(Map.of("overdueOnly", true, "tier", "INTENSIVE")).get("/api/visits/due").then()
                .body("totalItems", equalTo(2));
        worker.request().queryParams(Map.of("size", 1, "page", 2)).get("/api/visits/due").then()
                .body("items[0].householdId", equalTo((int) regularLate)).body("totalPages", equalTo(4));
        worker.request().queryParam("areaPrefix", TestAreas.create().district).get("/api/visits/due").then()
                .statusCode(403).body("type", equalTo("/problems/outside-your-area"));
    }

    @Test
    void aTierChangeReplansTheNextVisitAtOnce() throws Exception {
        TestAreas areas = TestAreas.create();
        TestUser worker = TestUsers.worker(areas.community);
        LocalDate opened = ChinaTime.today().minusMonths(2);
        long household = household(areas.compound, "STABLE", opened);
        worker.request().get("/api/households/" + household + "/visit-plan").then()
                .body("dueOn", equalTo(opened.plusMonths(6).toString())).body("state", equalTo("SCHEDULED"));
        Map<String, Object> update = TestHouseholds.body(areas.compound, List.of());
        update.remove("members");
        update.put("tier", "INTENSIVE");
        update.put("version", given().get("/api/households/" + household).jsonPath().getLong("version"));
        given().contentType(ContentType.JSON).body(update).put("/api/households/" + household).then().statusCode(200);
        worker.request().get("/api/households/" + household + "/visit-plan").then()
                .body("dueOn", equalTo(opened.plusMonths(1).toString())).body("state", equalTo("OVERDUE"));
        worker.request().queryParam("overdueOnly", true).get("/api/visits/due").then()
                .body("items.householdId", hasItems((int) household));
    }

    @Test
    void theDueListCountsMonthEndsAsTheScheduleDoes() throws Exception {
        TestAreas areas = TestAreas.create();
        long january = household(areas.compound, "INTENSIVE", LocalDate.of(2026, 1, 31));
        long leap = household(areas.compound, "STABLE", LocalDate.of(2023, 8, 31));
        long november = household(areas.compound, "REGULAR", LocalDate.of(2025, 11, 30));
        JsonPath due = given().queryParams(Map.of("areaPrefix", areas.district, "size", 10)).get("/api/visits/due")
                .jsonPath();
        assertThat(due.getString("items.find { it.householdId == " + january + " }.dueOn")).isEqualTo("2026-02-28");
        assertThat(due.getString("items.find { it.householdId == " + november + " }.dueOn")).isEqualTo("2026-02-28");
        assertThat(due.getString("items.find { it.householdId == " + leap + " }.dueOn")).isEqualTo("2024-02-29");
        assertThat(due.getString("items.find { it.householdId == " + leap + " }.lastVisitedOn")).isNull();
    }

    /** DueVisits adds the configured period to a date in SQL; for every day of two years it must agree with Java. */
    @Test
    void postgresAddsEachIntervalToEveryDateAsJavaDoes() throws Exception {
        for (String period : List.of("P1M", "P3M", "P6M", "P1M3D", "P45D", "P1Y")) {
            try (var c = db.getConnection(); var q = c.prepareStatement("select cast(d as date), cast(cast(d as date)"
                    + " + cast(? as interval) as date) from generate_series(date '2027-01-01', date '2028-12-31',"
                    + " interval '1 day') d")) {
                q.setString(1, period);
                var rows = q.executeQuery();
                int days = 0;
                while (rows.next()) {
                    LocalDate day = rows.getObject(1, LocalDate.class);
                    assertThat(rows.getObject(2, LocalDate.class)).as(day + " + " + period)
                            .isEqualTo(VisitSchedule.dueOn(day, java.time.Period.parse(period)));
                    days++;
                }
                assertThat(days).isEqualTo(731);
            }
        }
    }

    private long household(String compound, String tier, LocalDate opened) throws Exception {
        Map<String, Object> body = TestHouseholds.body(compound, List.of(TestHouseholds.mother()));
        body.put("tier", tier);
        long id = given().contentType(ContentType.JSON).body(body).post("/api/households").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        VisitTestSupport.openedOn(db, id, opened.toString());
        return id;
    }

    private static int daysLate(LocalDate basis, int months, LocalDate today) {
        return (int) ChronoUnit.DAYS.between(basis.plusMonths(months), today);
    }
}
