package org.tongxing.support;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/** An account made for a test, with the links its role needs; {@link #request()} signs requests as it. */
public record TestUser(long id, String username, String role, Long volunteerId, Long organisationId, Long householdId) {

    public static final String PASSWORD = "Quiet-harbour-lantern-7";

    public RequestSpecification request() {
        return RestAssured.given().auth().preemptive().basic(username, PASSWORD);
    }
}
