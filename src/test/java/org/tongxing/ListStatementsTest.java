package org.tongxing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongxing.support.TestAreas;
import org.tongxing.support.TestHouseholds;
import org.tongxing.support.TestNeeds;
import org.tongxing.support.TestUser;
import org.tongxing.support.TestUsers;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * A page of a list costs the same few statements however many rows it shows: listing 20 households, 20 needs or
 * 20 claims (each by a volunteer of their own) reads them with their households, members and claimants in a
 * bounded number of statements, not one or more per row. Counted with Hibernate's statistics over the whole API
 * request, which includes the two statements that resolve the session cookie.
 */
@QuarkusTest
class ListStatementsTest {

    private static final int ROWS = 20;
    private static final long SIGN_IN = 2;
    private static final long PER_PAGE = 4;

    private static String area;
    private static String cookie;

    @Inject
    EntityManagerFactory emf;

    private Statistics statistics;

    /** Once for the class: twenty households in a district of their own, each with a need claimed by its own volunteer. */
    private static void twentyHouseholdsWithANeedEachClaimedByAVolunteerOfItsOwn() {
        TestAreas areas = TestAreas.create();
        area = areas.district;
        TestUser worker = TestUsers.worker(areas.district);
        for (int i = 0; i < ROWS; i++) {
            long need = TestHouseholds.postNeed(TestHouseholds.open(areas.compound), "TUTORING", "HIGH");
            TestNeeds.openToPublic(need);
            TestUsers.volunteer(areas.compound, "TUTORING").request().contentType(ContentType.JSON)
                    .body(TestNeeds.claimBody()).post("/api/needs/" + need + "/claims").then().statusCode(201);
        }
        cookie = given().auth().none().contentType(ContentType.JSON)
                .body(Map.of("username", worker.username(), "password", TestUser.PASSWORD))
                .post("/api/auth/login").then().statusCode(200).extract().cookie("tx_session");
    }

    @BeforeEach
    void countStatements() {
        if (cookie == null) {
            twentyHouseholdsWithANeedEachClaimedByAVolunteerOfItsOwn();
        }
        statistics = emf.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
    }

    @AfterEach
    void stopCounting() {
        statistics.setStatisticsEnabled(false);
    }

    @Test
    void twentyHouseholdsTakeABoundedNumberOfStatements() {
        assertThat(statementsFor("/api/households?areaPrefix=" + area + "&size=" + ROWS))
                .isLessThanOrEqualTo(SIGN_IN + PER_PAGE);
    }

    @Test
    void twentyNeedsTakeABoundedNumberOfStatements() {
        assertThat(statementsFor("/api/needs?areaPrefix=" + area + "&size=" + ROWS))
                .isLessThanOrEqualTo(SIGN_IN + PER_PAGE);
    }

    @Test
    void twentyClaimsTakeABoundedNumberOfStatements() {
        assertThat(statementsFor("/api/claims?size=" + ROWS)).isLessThanOrEqualTo(SIGN_IN + PER_PAGE);
    }

    /**
     * The fewest statements of three identical requests: the counters are the whole application's, and a
     * background job (a matching run's lease, say) may add a statement of its own to one of them.
     */
    private long statementsFor(String path) {
        long fewest = Long.MAX_VALUE;
        for (int attempt = 0; attempt < 3; attempt++) {
            statistics.clear();
            List<Object> items = given().auth().none().cookie("tx_session", cookie).get(path).then().statusCode(200)
                    .extract().jsonPath().getList("items");
            assertThat(items).hasSize(ROWS);
            fewest = Math.min(fewest, statistics.getPrepareStatementCount());
        }
        System.out.printf("[statements] %s: %d for %d rows%n", path, fewest, ROWS);
        return fewest;
    }
}
