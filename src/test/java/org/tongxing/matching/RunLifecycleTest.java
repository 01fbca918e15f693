package org.tongxing.matching;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.tongxing.matching.run.RunLeases;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** Runs start, report progress, stop early and die cleanly: the run's life, over HTTP. */
@QuarkusTest
@TestProfile(LocalSearchForGroups.class)
class RunLifecycleTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    EntityManager em;

    @Inject
    RunLeases leases;

    @Test
    void aRunAnswers201WithLocationAndReportsItsScoreAndCounts() {
        MatchingWorld world = new MatchingWorld();
        world.volunteer(world.areas.compound, "TUTORING", 2);
        world.longTermNeed(world.household(), "TUTORING");
        world.longTermNeed(world.household(), "SCHOLARSHIP");
        Response started = Runs.post(world.cadre, "PAIRS", world.areas.street, 2);
        started.then().statusCode(201).body("status", equalTo("QUEUED")).body("kind", equalTo("PAIRS"));
        long run = started.jsonPath().getLong("id");
        assertThat(started.header("Location")).endsWith("/api/matching/runs/" + run);

        JsonPath ended = Runs.awaitEnd(world.cadre, run, WAIT);
        assertThat(ended.getString("status")).isEqualTo("COMPLETED");
        // one request unanswered: a need weighs 4 medium points (MatchCosts.UNANSWERED_REQUEST)
        assertThat(ended.getString("bestScore")).isEqualTo(ended.getString("bestScore")).contains("0hard/-4medium/");
        assertThat(ended.getInt("counts.requests")).isEqualTo(2);
        assertThat(ended.getInt("counts.proposals")).isEqualTo(1);
        assertThat(ended.getInt("counts.unmatched")).isEqualTo(1);
        assertThat(Instant.parse(ended.getString("endedAt")))
                .isAfterOrEqualTo(Instant.parse(ended.getString("startedAt")));
    }

    @Test
    void onlyOneRunOfAKindMayBeActiveInADistrict() {
        MatchingWorld world = new MatchingWorld();
        world.volunteer(world.areas.compound, "TUTORING", 2);
        world.longTermNeed(world.household(), "TUTORING");
        // A groups run solves until a limit; a pairs run ends once the flow proved its plan optimal.
        long groups = Runs.start(world.cadre, "GROUPS", world.areas.street, 30);

        Runs.post(world.cadre, "GROUPS", world.areas.community, 5).then().statusCode(409)
                .contentType("application/problem+json").body("type", equalTo("/problems/matching-run-active"));
        long pairs = Runs.start(world.cadre, "PAIRS", world.areas.street, 30);

        world.cadre.request().delete("/api/matching/runs/" + groups).then().statusCode(200).body("status",
                equalTo("STOPPED"));
        assertThat(Runs.awaitEnd(world.cadre, pairs, WAIT).getBoolean("provenOptimal")).isTrue();
        long next = Runs.start(world.cadre, "GROUPS", world.areas.street, 1);
        assertThat(Runs.awaitEnd(world.cadre, next, WAIT).getBoolean("provenOptimal")).isFalse();
    }

    @Test
    void stoppingARunEarlyKeepsItsBestPlanAsProposals() {
        MatchingWorld world = new MatchingWorld();
        // A group to form: a pairs run would end by itself at once, proven optimal.
        groupToForm(world, "COMPANIONSHIP");
        long run = Runs.start(world.cadre, "GROUPS", world.areas.street, 60);
        Runs.awaitBestScore(world.cadre, run, WAIT);

        JsonPath stopped = world.cadre.request().delete("/api/matching/runs/" + run).then().statusCode(200)
                .extract().jsonPath();
        assertThat(stopped.getString("status")).isEqualTo("STOPPED");
        assertThat(stopped.getBoolean("stopRequested")).isTrue();
        assertThat(Duration.between(Instant.parse(stopped.getString("startedAt")),
                Instant.parse(stopped.getString("endedAt"))))
                .isLessThan(Duration.ofSeconds(30));
        world.cadre.request().get("/api/matching/runs/" + run + "/proposals").then().body("size()", equalTo(1));
        world.cadre.request().delete("/api/matching/runs/" + run).then().statusCode(409)
                .body("type", equalTo("/problems/invalid-state"));
    }

    @Test
    void progressArrivesAsServerSentEventsEndingWithTheOutcome() {
        MatchingWorld world = new MatchingWorld();
        groupToForm(world, "TUTORING");
        long run = Runs.start(world.cadre, "GROUPS", world.areas.street, 2);

        Response stream = world.cadre.request().accept("text/event-stream")
                .get("/api/matching/runs/" + run + "/events");
        stream.then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/event-stream"));
        String body = stream.asString();
        assertThat(body).contains("event:best").contains("\"score\":\"0hard/0medium/");
        assertThat(body.trim())
                .containsPattern("event:end\\s+data:\\{[^\\n]*\"status\":\"COMPLETED\"[^\\n]*\"proposals\":1");
        assertThat(body.indexOf("event:best")).isLessThan(body.indexOf("event:end"));

        String later = world.cadre.request().accept("text/event-stream").get("/api/matching/runs/" + run + "/events")
                .asString();
        assertThat(later).contains("event:end").doesNotContain("event:best");
    }

    @Test
    void aRunWhoseInstanceDiedIsFailedLeavesNoProposalsAndFreesItsDistrict() {
        MatchingWorld world = new MatchingWorld();
        world.volunteer(world.areas.compound, "TUTORING", 2);
        world.longTermNeed(world.household(), "TUTORING");
        long dead = QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery("insert into matching_run "
                        + "(id, kind, area_code, time_limit_seconds, status, started_by, created_at, started_at, instance_id, heartbeat_at) "
                        + "values (nextval('matching_run_seq'), 'PAIRS', ?1, 30, 'SOLVING', ?2, now() - interval '2 minutes', "
                        + "now() - interval '2 minutes', 'an-instance-that-died', now() - interval '1 minute') returning id")
                        .setParameter(1, world.areas.street).setParameter(2, world.cadre.id()).getSingleResult())
                        .longValue());

        long next = Runs.start(world.cadre, "PAIRS", world.areas.street, 1);

        world.cadre.request().get("/api/matching/runs/" + dead).then().body("status", equalTo("FAILED"))
                .body("errorMessage", org.hamcrest.Matchers.containsString("lease expired"));
        world.cadre.request().get("/api/matching/runs/" + dead + "/proposals").then().body("size()", equalTo(0));
        assertThat(Runs.awaitEnd(world.cadre, next, WAIT).getString("status")).isEqualTo("COMPLETED");
        assertThat(leases.reap()).doesNotContain(next);
    }

    @Test
    void aTimeLimitBeyondTheSolversIsRefusedAndCadresStayInTheirArea() {
        MatchingWorld world = new MatchingWorld();
        Runs.post(world.cadre, "PAIRS", world.areas.street, 3000).then().statusCode(400)
                .body("errors[0].field", equalTo("timeLimitSeconds"));
        MatchingWorld elsewhere = new MatchingWorld();
        Runs.post(world.cadre, "GROUPS", elsewhere.areas.street, 5).then().statusCode(403)
                .body("type", equalTo("/problems/outside-your-area"));
        world.cadre.request().contentType(ContentType.JSON).body("{\"kind\":\"PAIRS\"}").post("/api/matching/runs")
                .then().statusCode(400);
    }

    /** A mother with a need, a cadre to lead her group and volunteers for its three seats. */
    private static void groupToForm(MatchingWorld world, String skill) {
        given().contentType(ContentType.JSON).body(Map.of("name", "小组干部", "gender", "FEMALE", "unit", "街道妇联",
                "areaCode", world.areas.street, "capacity", 3)).post("/api/cadres").then().statusCode(201);
        for (int i = 0; i < 4; i++) {
            world.volunteer(world.areas.compound, skill, 2);
        }
        world.longTermNeed(world.household(), skill);
    }
}
