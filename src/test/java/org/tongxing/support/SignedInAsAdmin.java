package org.tongxing.support;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;

/**
 * Requests in tests are made as the demo administrator unless a test says otherwise (per request with
 * {@code given().auth()...} or {@link TestUsers}); the access rules themselves are tested by AccessMatrixTest.
 */
public class SignedInAsAdmin implements QuarkusTestBeforeEachCallback {

    public static final String PASSWORD = "Tongxing-demo-2026";

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        RestAssured.authentication = RestAssured.preemptive().basic("admin", PASSWORD);
    }
}
