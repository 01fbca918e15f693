package org.tongxing.matching;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tongxing.common.ChinaTime;
import org.tongxing.programme.ProgrammeFixtures;
import org.tongxing.support.TestHouseholds;
import org.tongxing.support.TestNeeds;
import org.tongxing.support.TestUser;
import org.tongxing.support.TestUsers;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * One service model: a claim's services and a pair's contacts of one household add up, each counted once, in the
 * service records, the statistics and a programme's goals. The expected figures are summed here from what the test
 * itself posted, not read back from the database.
 */
@QuarkusTest
class ServicesOfClaimsAndCommitmentsTest {

    private record Service(double hours, int personTimes) {
    }

    @Test
    void claimsAndCommitmentsCountOnceEverywhere() {
        MatchingWorld world = new MatchingWorld();
        TestUser worker = TestUsers.worker(world.areas.community);
        TestUser paired = CommitmentLifeTest.volunteerWithPhone(world, "TUTORING", "13800000031");
        TestUser claimant = TestUsers.volunteer(world.areas.compound, "COMPANIONSHIP");
        long household = world.household();
        world.longTermNeed(household, "TUTORING");
        long pair = CommitmentHistory.accepted(world, "PAIRS").getLong("items[0].id");
        long claimNeed = TestHouseholds.postNeed(household, "COMPANIONSHIP", "HIGH");
        TestNeeds.openToPublic(claimNeed);
        long claim = claimant.request().contentType(ContentType.JSON).body(TestNeeds.claimBody())
                .post("/api/needs/" + claimNeed + "/claims").then().statusCode(201).extract().jsonPath().getLong("id");
        worker.request().contentType(ContentType.JSON).body(Map.of("version", 0))
                .post("/api/claims/" + claim + "/acceptance").then().statusCode(200);
        long organisation = TestUsers.organisationMember(world.areas.district, "TUTORING").organisationId();
        long programme = ProgrammeFixtures.create(world.cadre, world.areas.street, organisation,
                List.of(ProgrammeFixtures.goal("SERVICE_HOURS", 10), ProgrammeFixtures.goal("PERSON_TIMES", 16)));
        ProgrammeFixtures.join(world.cadre, programme, household);

        LocalDate today = ChinaTime.today();
        List<Service> claimed = List.of(new Service(2.5, 2), new Service(1, 3));
        for (Service s : claimed) {
            claimant.request().contentType(ContentType.JSON).body(Map.of("servedOn", today.toString(), "hours",
                    s.hours(), "personTimes", s.personTimes())).post("/api/claims/" + claim + "/services").then()
                    .statusCode(201);
        }
        List<Service> contacts = List.of(new Service(1.5, 2), new Service(0.5, 1));
        for (Service s : contacts) {
            List<String> who = s.personTimes() == 2 ? List.of("志愿者", "孩子") : List.of("志愿者");
            paired.request().contentType(ContentType.JSON).body(Map.of("contactedOn", today.toString(), "hours",
                    s.hours(), "channel", "PHONE", "participants", who, "dimensions", List.of("SCHOOLING"), "summary",
                    "电话辅导")).post("/api/matching/pairings/" + pair + "/contacts").then().statusCode(201);
        }
        double hours = sumHours(claimed) + sumHours(contacts);
        int personTimes = sumPersonTimes(claimed) + sumPersonTimes(contacts);

        JsonPath statistics = given().queryParams(Map.of("area", world.areas.district)).get("/api/statistics")
                .then().statusCode(200).extract().jsonPath();
        assertThat(statistics.getLong("services.services")).isEqualTo(claimed.size() + contacts.size());
        assertThat(new BigDecimal(statistics.getString("services.hours"))).isEqualByComparingTo(String.valueOf(hours));
        assertThat(statistics.getLong("services.personTimes")).isEqualTo(personTimes);

        JsonPath bySource = worker.request().queryParams(Map.of("groupBy", "SOURCE")).get("/api/service-records")
                .jsonPath();
        assertThat(bySource.getInt("find { it.key == 'CLAIM' }.services")).isEqualTo(claimed.size());
        assertThat(bySource.getInt("find { it.key == 'PAIRING' }.personTimes")).isEqualTo(sumPersonTimes(contacts));
        JsonPath byHousehold = worker.request().queryParams(Map.of("groupBy", "HOUSEHOLD")).get("/api/service-records")
                .jsonPath();
        assertThat(byHousehold.getInt("find { it.key == '" + household + "' }.services")).isEqualTo(4);
        assertThat(byHousehold.getDouble("find { it.key == '" + household + "' }.hours")).isEqualTo(hours);
        assertThat(byHousehold.getInt("find { it.key == '" + household + "' }.personTimes")).isEqualTo(personTimes);

        JsonPath progress = world.cadre.request().get("/api/programmes/" + programme).jsonPath();
        assertThat(progress.getDouble("progress.hours")).isEqualTo(hours);
        assertThat(progress.getLong("progress.personTimes")).isEqualTo(personTimes);
        assertThat(progress.getInt("progress.goals.find { it.metric == 'PERSON_TIMES' }.percent"))
                .isEqualTo(personTimes * 100 / 16);
    }

    private static double sumHours(List<Service> services) {
        return services.stream().mapToDouble(Service::hours).sum();
    }

    private static int sumPersonTimes(List<Service> services) {
        return services.stream().mapToInt(Service::personTimes).sum();
    }
}
