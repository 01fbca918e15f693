package org.tongxing.report;

import static io.restassured.RestAssured.given;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.tongxing.common.ChinaTime;
import org.tongxing.support.TestHouseholds;
import org.tongxing.support.TestNeeds;
import org.tongxing.support.TestUser;

import io.restassured.http.ContentType;

/**
 * Builds the data statistics and exports are tested on, through the API as people would, and then moves its
 * timestamps to chosen instants with plain SQL (nothing in the API backdates a posting or a confirmation).
 */
final class Seeds {

    private final DataSource db;

    Seeds(DataSource db) {
        this.db = db;
    }

    static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).atZone(ChinaTime.ZONE).toInstant();
    }

    static long household(String compound, String category, String tier, List<Map<String, Object>> members) {
        Map<String, Object> body = TestHouseholds.body(compound, members);
        body.put("hardshipCategory", category);
        body.put("tier", tier);
        return given().contentType(ContentType.JSON).body(body).post("/api/households").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    static long household(String compound, String category, String tier) {
        return household(compound, category, tier, List.of(TestHouseholds.mother()));
    }

    static long firstMember(long household) {
        return given().get("/api/households/" + household).jsonPath().getLong("members[0].id");
    }

    static long need(long household, String category, String description) {
        Map<String, Object> need = new HashMap<>(Map.of("householdId", household, "category", category,
                "urgency", "NORMAL", "description", description));
        return given().contentType(ContentType.JSON).body(need).post("/api/needs").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    static long claim(TestUser claimant, long need) {
        TestNeeds.openToPublic(need);
        return claimant.request().contentType(ContentType.JSON).body(TestNeeds.claimBody())
                .post("/api/needs/" + need + "/claims").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static void accept(long claim) {
        given().contentType(ContentType.JSON).body(Map.of("version", version("claims", claim)))
                .post("/api/claims/" + claim + "/acceptance").then().statusCode(200);
    }

    static void decline(long claim) {
        given().contentType(ContentType.JSON).body(Map.of("reason", "不合适", "version", version("claims", claim)))
                .post("/api/claims/" + claim + "/decline").then().statusCode(200);
    }

    static void serve(TestUser claimant, long claim, LocalDate day, String hours, int personTimes, String note) {
        Map<String, Object> body = new HashMap<>(Map.of("servedOn", day.toString(), "hours", new BigDecimal(hours),
                "personTimes", personTimes));
        if (note != null) {
            body.put("note", note);
        }
        claimant.request().contentType(ContentType.JSON).body(body).post("/api/claims/" + claim + "/services")
                .then().statusCode(201);
    }

    static void confirm(long claim, Integer satisfaction) {
        Map<String, Object> body = new HashMap<>(Map.of("version", version("claims", claim)));
        if (satisfaction != null) {
            body.put("satisfaction", satisfaction);
        }
        given().contentType(ContentType.JSON).body(body).post("/api/claims/" + claim + "/confirmation")
                .then().statusCode(200);
    }

    static void cancel(long need) {
        given().contentType(ContentType.JSON).body(Map.of("reason", "家庭已不需要", "version", version("needs", need)))
                .post("/api/needs/" + need + "/cancellation").then().statusCode(200);
    }

    static long version(String collection, long id) {
        return given().get("/api/" + collection + "/" + id).jsonPath().getLong("version");
    }

    /** Sets a timestamp column of one row; the tables named here have no triggers against it. */
    void backdate(String table, String column, long id, Instant when) {
        if (!List.of("need", "claim", "volunteer", "household").contains(table)
                || !List.of("created_at", "confirmed_at").contains(column)) {
            throw new IllegalArgumentException(table + "." + column);
        }
        try (Connection c = db.getConnection();
                PreparedStatement update = c
                        .prepareStatement("update " + table + " set " + column + " = ? where id = ?")) {
            update.setObject(1, when.atOffset(ZoneOffset.UTC));
            update.setLong(2, id);
            if (update.executeUpdate() != 1) {
                throw new IllegalStateException("no " + table + " " + id);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
