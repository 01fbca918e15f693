package org.tongxing.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import javax.sql.DataSource;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * Pairs and 1+3+1 groups made the real way (a cadre's matching run, every proposal accepted), then given the
 * history a test needs by SQL: a run always makes them now, and nothing in the API back-dates them.
 */
public final class CommitmentHistory {

    private static final Duration WAIT = Duration.ofSeconds(90);

    private CommitmentHistory() {
    }

    /** Runs the cadre's matching of the kind (PAIRS or GROUPS) in the street, accepts all, lists what is active. */
    public static JsonPath accepted(MatchingWorld world, String kind) {
        long run = Runs.start(world.cadre, kind, world.areas.street, 3);
        assertThat(Runs.awaitEnd(world.cadre, run, WAIT).getString("status")).isEqualTo("COMPLETED");
        world.cadre.request().contentType(ContentType.JSON).post("/api/matching/runs/" + run + "/acceptance")
                .then().statusCode(200);
        return world.cadre.request().queryParams(new HashMap<>(Map.of("areaPrefix", world.areas.district, "size", 50)))
                .get("/api/matching/" + (kind.equals("PAIRS") ? "pairings" : "groups")).jsonPath();
    }

    /** Gives a pair or group its begin and (when not null) end; an ended one is ENDED, as the schema requires. */
    public static void dates(DataSource db, String table, String begun, long id, Instant from, Instant ended) {
        String sql = "update " + table + " set " + begun + " = ?, ended_at = ?, status = ? where id = ?";
        try (Connection c = db.getConnection(); PreparedStatement update = c.prepareStatement(sql)) {
            update.setObject(1, from.atOffset(ZoneOffset.UTC));
            update.setObject(2, ended == null ? null : ended.atOffset(ZoneOffset.UTC));
            update.setString(3, ended == null ? "ACTIVE" : "ENDED");
            update.setLong(4, id);
            assertThat(update.executeUpdate()).isEqualTo(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
