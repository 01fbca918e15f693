package org.tongxing.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.tongxing.support.TestAreas;
import org.tongxing.support.TestNeeds;
import org.tongxing.support.TestUser;
import org.tongxing.support.TestUsers;

import io.quarkus.test.junit.QuarkusTest;

/**
 * "Only what I can claim": a query parameter of the API (off unless asked) and a box on the board, ticked by
 * default for volunteers; a need past its latest completion date is marked.
 */
@QuarkusTest
class ClaimableOnlyTest {

    @Inject
    DataSource dataSource;

    @Test
    void theApiNarrowsToTheClaimantsSkillsWhenAsked() {
        TestAreas areas = TestAreas.create();
        long tutoring = TestNeeds.publicNeed(areas.compound, "TUTORING");
        long companionship = TestNeeds.publicNeed(areas.compound, "COMPANIONSHIP");
        TestUser volunteer = TestUsers.volunteer(areas.compound, "TUTORING");
        var all = volunteer.request().queryParam("areaPrefix", areas.district).get("/api/open-needs").jsonPath();
        assertThat(all.getList("items.need.id", Long.class)).contains(tutoring, companionship);
        var mine = volunteer.request().queryParam("areaPrefix", areas.district).queryParam("claimableOnly", true)
                .get("/api/open-needs").jsonPath();
        assertThat(mine.getList("items.need.id", Long.class)).contains(tutoring).doesNotContain(companionship);
    }

    @Test
    void theBoardShowsAVolunteerWhatTheyCanClaimUnlessTheyUntickTheBox() {
        TestAreas areas = TestAreas.create();
        long tutoring = TestNeeds.publicNeed(areas.compound, "TUTORING");
        long companionship = TestNeeds.publicNeed(areas.compound, "COMPANIONSHIP");
        TestUser volunteer = TestUsers.volunteer(areas.compound, "TUTORING");
        page(volunteer).get("/board?areaPrefix=" + areas.district).then().statusCode(200)
                .body(containsString("name=\"claimableOnly\" value=\"true\" checked"))
                .body(containsString("/board/needs/" + tutoring + "\""))
                .body(not(containsString("/board/needs/" + companionship + "\"")));
        page(volunteer).get("/board?choice=1&areaPrefix=" + areas.district).then().statusCode(200)
                .body(containsString("/board/needs/" + companionship + "\""))
                .body(not(containsString("value=\"true\" checked")));
    }

    @Test
    void aNeedPastItsLatestCompletionDateIsMarked() throws SQLException {
        TestAreas areas = TestAreas.create();
        long need = TestNeeds.publicNeed(areas.compound, "TUTORING");
        try (var c = dataSource.getConnection()) {
            c.createStatement().executeUpdate("update need set wanted_by = date '2026-01-02' where id = " + need);
        }
        TestUser volunteer = TestUsers.volunteer(areas.compound, "TUTORING");
        var items = volunteer.request().queryParam("areaPrefix", areas.district).get("/api/open-needs").jsonPath();
        assertThat(items.getBoolean("items.find { it.need.id == " + need + " }.pastWantedBy")).isTrue();
        page(volunteer).get("/board?areaPrefix=" + areas.district).then().body(containsString("已过最晚完成日期"));
    }

    private static io.restassured.specification.RequestSpecification page(TestUser as) {
        return as.request().header("Accept-Language", "zh-CN").accept("text/html");
    }
}
