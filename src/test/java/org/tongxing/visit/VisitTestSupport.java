package org.tongxing.visit;

import static io.restassured.RestAssured.given;

import java.sql.SQLException;
import java.util.Map;

import javax.sql.DataSource;

import org.tongxing.support.TestUser;

import io.restassured.http.ContentType;

/** Moves a household's history into the past, and issues codes, for visit tests. */
final class VisitTestSupport {

    private VisitTestSupport() {
    }

    /** Pretends the file was opened on the day (China time, mid-morning). */
    static void openedOn(DataSource db, long household, String day) throws SQLException {
        execute(db, "update household set created_at = timestamp '" + day + " 10:00' at time zone 'Asia/Shanghai'"
                + " where id = " + household);
    }

    /** Moves all visits of the household to the day. */
    static void visitsOn(DataSource db, long household, String day) throws SQLException {
        execute(db, "update visit set visited_on = date '" + day + "', visited_at = timestamp '" + day
                + " 10:00' at time zone 'Asia/Shanghai' where household_id = " + household);
    }

    static void execute(DataSource db, String sql) throws SQLException {
        try (var c = db.getConnection()) {
            c.createStatement().executeUpdate(sql);
        }
    }

    static String issueCode(long household) {
        String url = given().contentType(ContentType.JSON).post("/api/households/" + household + "/visit-code").then()
                .statusCode(201)
                .extract().jsonPath().getString("url");
        return url.substring(url.lastIndexOf('/') + 1);
    }

    static long visit(TestUser worker, long household, Map<String, Object> body) {
        return worker.request().contentType(ContentType.JSON).body(body)
                .post("/api/households/" + household + "/visits")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
