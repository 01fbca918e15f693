package org.tongxing.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.tongxing.support.TestUser;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** Starts matching runs over HTTP and waits for them, as a cadre's client would. */
public final class Runs {

    private Runs() {
    }

    public static Response post(TestUser cadre, String kind, String area, Integer timeLimitSeconds) {
        Map<String, Object> body = new HashMap<>(Map.of("kind", kind, "areaCode", area));
        if (timeLimitSeconds != null) {
            body.put("timeLimitSeconds", timeLimitSeconds);
        }
        return cadre.request().contentType(ContentType.JSON).body(body).post("/api/matching/runs");
    }

    public static long start(TestUser cadre, String kind, String area, Integer timeLimitSeconds) {
        Response response = post(cadre, kind, area, timeLimitSeconds);
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(201);
        return response.jsonPath().getLong("id");
    }

    /** Polls the run until it leaves QUEUED/SOLVING; fails after the timeout. */
    public static JsonPath awaitEnd(TestUser cadre, long run, Duration timeout) {
        return await(cadre, run, timeout, "COMPLETED", "STOPPED", "FAILED");
    }

    public static JsonPath await(TestUser cadre, long run, Duration timeout, String... statuses) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            JsonPath json = cadre.request().get("/api/matching/runs/" + run).then().statusCode(200).extract()
                    .jsonPath();
            if (java.util.List.of(statuses).contains(json.getString("status"))) {
                return json;
            }
            assertThat(System.nanoTime()).as("run " + run + " still " + json.getString("status")).isLessThan(deadline);
            sleep(100);
        }
    }

    /** Polls until the solving run reports a best score: the solver has a plan worth keeping. */
    public static JsonPath awaitBestScore(TestUser cadre, long run, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            JsonPath json = cadre.request().get("/api/matching/runs/" + run).then().statusCode(200).extract()
                    .jsonPath();
            if ("SOLVING".equals(json.getString("status")) && json.getString("bestScore") != null) {
                return json;
            }
            assertThat(json.getString("status")).as("run " + run).isIn("QUEUED", "SOLVING");
            assertThat(System.nanoTime()).as("run " + run + " has no best score yet").isLessThan(deadline);
            sleep(50);
        }
    }

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
