package org.tongxing.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.tongxing.report.Seeds.at;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.tongxing.common.ChinaTime;
import org.tongxing.matching.CommitmentHistory;
import org.tongxing.matching.MatchingWorld;
import org.tongxing.support.TestHouseholds;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * Pairs and 1+3+1 groups made the real way (a cadre's matching runs, accepted), then given the history the test
 * needs: when each began and whether and when it ended. The counts must follow from those dates alone.
 */
@QuarkusTest
class PairingStatisticsTest {

    private static final LocalDate TODAY = ChinaTime.today();
    private static final LocalDate FROM = TODAY.minusDays(59);

    @Inject
    DataSource db;

    @Test
    void pairsAndGroupsCountAsActiveBegunAndEndedByTheirDates() {
        MatchingWorld world = new MatchingWorld();
        given().contentType(ContentType.JSON).body(Map.of("name", "统计干部", "gender", "FEMALE", "unit", "街道妇联",
                "areaCode", world.areas.street, "capacity", 5)).post("/api/cadres").then().statusCode(201);
        for (int i = 0; i < 3; i++) {
            world.longTermNeed(world.household(), "TUTORING");
            world.volunteer(world.areas.compound, "TUTORING", 1);
        }
        List<Long> pairs = accepted(world, "PAIRS");
        for (int i = 0; i < 2; i++) {
            TestHouseholds.postNeed(world.household(), "COMPANIONSHIP", "NORMAL");
        }
        for (int i = 0; i < 6; i++) {
            world.volunteer(world.areas.compound, "COMPANIONSHIP", 1);
        }
        List<Long> groups = accepted(world, "GROUPS");
        assertThat(pairs).hasSize(3);
        assertThat(groups).hasSize(2);

        // pair: active all along | begun and ended in the period | ended before it
        dates("pairing", "since", pairs.get(0), at(TODAY.minusDays(100), 9, 0), null);
        dates("pairing", "since", pairs.get(1), at(TODAY.minusDays(30), 9, 0), at(TODAY.minusDays(10), 9, 0));
        dates("pairing", "since", pairs.get(2), at(TODAY.minusDays(200), 9, 0), at(TODAY.minusDays(60), 23, 0));
        // group: formed in the period | formed before it and ended in it
        dates("support_group", "formed_at", groups.get(0), at(TODAY.minusDays(20), 9, 0), null);
        dates("support_group", "formed_at", groups.get(1), at(TODAY.minusDays(90), 9, 0), at(FROM, 0, 30));

        JsonPath stats = given().queryParams(Map.of("area", world.areas.district, "from", FROM.toString(),
                "to", TODAY.toString())).get("/api/statistics").then().statusCode(200).extract().jsonPath();
        assertThat(stats.getMap("pairings")).isEqualTo(Map.of("pairsActive", 2, "pairsBegun", 1, "pairsEnded", 1,
                "groupsActive", 2, "groupsFormed", 1, "groupsEnded", 1, "reviewed", 0, "improved", 0));
    }

    private static List<Long> accepted(MatchingWorld world, String kind) {
        return CommitmentHistory.accepted(world, kind).getList("items.id", Long.class);
    }

    private void dates(String table, String begun, long id, Instant from, Instant ended) {
        CommitmentHistory.dates(db, table, begun, id, from, ended);
    }
}
