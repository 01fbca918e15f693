package org.tongxing.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class PlatformEndpointsTest {

    @Test
    void readinessReflectsTheDatabase() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'Database connections health check' }.status", equalTo("UP"));
    }

    @Test
    void theOpenApiDocumentDescribesEveryResource() {
        String document = given().accept("application/json").get("/q/openapi").then().statusCode(200).extract()
                .asString();
        for (String path : new String[] {"/api/households", "/api/households/{householdId}/members",
                "/api/households/{householdId}/timeline", "/api/needs", "/api/needs/{id}/cancellation",
                "/api/volunteers", "/api/cadres", "/api/organisations", "/api/areas"}) {
            org.assertj.core.api.Assertions.assertThat(document).contains("\"" + path + "\"");
        }
        given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }
}
