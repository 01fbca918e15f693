package org.tongxing.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ProblemCatalogueResourceTest {

    @Test
    void everyProblemTypeUriResolvesToAPageRenderedFromTheTemplateRoot() {
        given().get("/problems/concurrent-update").then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("<code>/problems/concurrent-update</code>"))
                .body(containsString("409"));
        given().get("/problems").then().statusCode(200).body(containsString("/problems/validation-failed"))
                .body(containsString("/problems/commitment-ended"));
        given().get("/problems/commitment-ended").then().statusCode(200).body(containsString("409"));
        given().get("/problems/no-such-type").then().statusCode(404);
    }

    @Test
    void askingForJsonFromAPageIsAProblemToo() {
        given().accept("application/json").get("/problems/concurrent-update").then().statusCode(406)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/not-acceptable"));
    }
}
