package org.tongxing.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;
import org.tongxing.support.SignedInAsAdmin;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The service's first start against an empty database, with tongxing.admin.initial-password set. */
@QuarkusTest
@TestProfile(FreshInstallBehindProxy.class)
class FirstStartTest {

    @Test
    void theDatabaseStartedEmpty() {
        given().get("/api/areas/350799").then().statusCode(404);
        given().queryParam("role", "CADRE").get("/api/users").then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void theFirstStartCreatedAnAdministratorWithTheConfiguredPassword() {
        given().auth().preemptive().basic("admin", SignedInAsAdmin.PASSWORD).get("/api/me").then().statusCode(200)
                .body("role", equalTo("ADMIN")).body("displayName", equalTo("Administrator"))
                .body("mustChangePassword", equalTo(false)).body("enabled", equalTo(true));
        given().queryParam("role", "ADMIN").get("/api/users").then()
                .body("items.findAll { it.username == 'admin' }.size()", equalTo(1));
    }
}
