package org.tongxing.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tongxing.support.TestAreas;
import org.tongxing.support.TestHouseholds;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The catalogue of bad input from the foundation issue: each row is a request a careless or hostile
 * client might send, with the status and problem type it must get. None may produce a 500 or a trace.
 */
@QuarkusTest
class BadInputTest {

    private static long household;
    private static String compound;

    @BeforeEach
    void aHouseholdToAimAt() {
        if (compound == null) {
            compound = TestAreas.create().compound;
            household = TestHouseholds.open(compound);
        }
    }

    record Case(String name, String method, String path, String contentType, String body, int status, String type) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> cases() {
        String volunteer = "{\"name\":\"张三\",\"gender\":\"MALE\",\"areaCode\":\"%s\",\"skills\":[],\"languages\":[\"zh\"],"
                + "\"availability\":[],\"capacity\":%s}";
        return Stream.of(
                new Case("malformed JSON", "POST", "/api/needs", "application/json", "{\"householdId\": 1,", 400,
                        "malformed-json"),
                new Case("text where a number belongs", "POST", "/api/volunteers", "application/json",
                        volunteer.formatted("350799001001001", "\"many\""), 400, "invalid-field-type"),
                new Case("unknown enum value", "POST", "/api/needs", "application/json",
                        "{\"householdId\":1,\"category\":\"ASTROLOGY\",\"description\":\"hello world\",\"urgency\":\"LOW\"}",
                        400, "invalid-field-type"),
                new Case("impossible date", "POST", "/api/households/{h}/members", "application/json",
                        "{\"name\":\"李四\",\"relation\":\"CHILD\",\"birthDate\":\"2020-13-45\",\"gender\":\"MALE\"}",
                        400, "invalid-field-type"),
                new Case("unknown field", "POST", "/api/needs", "application/json", "{\"householdID\":1}", 400,
                        "unknown-field"),
                new Case("array instead of object", "POST", "/api/needs", "application/json", "[1,2,3]", 400,
                        "invalid-field-type"),
                new Case("empty body", "POST", "/api/needs", "application/json", "", 400, "validation-failed"),
                new Case("oversize string", "POST", "/api/needs", "application/json",
                        "{\"householdId\":{h},\"category\":\"TUTORING\",\"urgency\":\"LOW\",\"description\":\""
                                + "长".repeat(2001) + "\"}",
                        400, "validation-failed"),
                new Case("missing required fields", "POST", "/api/households", "application/json", "{}", 400,
                        "validation-failed"),
                new Case("ID number with a wrong check character", "POST", "/api/households/{h}/members",
                        "application/json",
                        "{\"name\":\"李四\",\"relation\":\"CHILD\",\"birthDate\":\"2016-09-01\",\"gender\":\"FEMALE\",\"idNumber\":\"350799201609010025\"}",
                        400, "validation-failed"),
                new Case("page size above 200", "GET", "/api/needs?size=201", null, null, 400, "validation-failed"),
                new Case("unknown enum in the query", "GET", "/api/needs?status=DONE", null, null, 400,
                        "invalid-parameter"),
                new Case("text for a numeric query parameter", "GET", "/api/needs?page=first", null, null, 400,
                        "invalid-parameter"),
                new Case("malformed date on the board", "GET", "/api/open-needs?wantedBefore=abc", null, null, 400,
                        "invalid-parameter"),
                new Case("impossible date in statistics", "GET", "/api/statistics?from=2026-13-45", null, null, 400,
                        "invalid-parameter"),
                new Case("malformed date in service records", "GET", "/api/service-records?from=abc", null, null, 400,
                        "invalid-parameter"),
                new Case("sorting by a field not offered", "GET", "/api/households?sort=idNumber", null, null, 400,
                        "invalid-parameter"),
                new Case("unknown id", "GET", "/api/needs/987654321", null, null, 404, "not-found"),
                new Case("id that is not a number", "GET", "/api/households/abc", null, null, 404, "not-found"),
                new Case("unknown path", "GET", "/api/nowhere", null, null, 404, "not-found"),
                new Case("unsupported method", "DELETE", "/api/needs", null, null, 405, "method-not-allowed"),
                new Case("unsupported media type", "POST", "/api/needs", "text/plain", "householdId=1", 415,
                        "unsupported-media-type"),
                new Case("reference to a missing household", "POST", "/api/needs", "application/json",
                        "{\"householdId\":987654321,\"category\":\"TUTORING\",\"description\":\"孩子需要辅导功课\",\"urgency\":\"LOW\"}",
                        422, "unknown-reference"),
                new Case("stale version", "PUT", "/api/households/{h}", "application/json",
                        "{\"areaCode\":\"{c}\",\"addressLine\":\"1栋\",\"hardshipCategory\":\"NONE\",\"composition\":\"OTHER\","
                                + "\"tier\":\"STABLE\",\"consent\":{\"dataProcessing\":true,\"shareContact\":false},\"version\":42}",
                        409, "concurrent-update"),
                new Case("URL over 8 KB", "GET", "/api/open-needs?q=" + "x".repeat(9000), null, null, 414,
                        "uri-too-long"),
                new Case("body larger than the limit", "POST", "/api/needs", "application/json",
                        "{\"description\":\"" + "x".repeat(1_100_000) + "\"}", 413, "payload-too-large"))
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void badInputGetsAProblemWithAStableType(Case c) {
        RequestSpecification request = given();
        if (c.contentType() != null) {
            request = request.contentType(c.contentType());
        }
        if (c.body() != null) {
            request = request.body(c.body().replace("{h}", String.valueOf(household)).replace("{c}", compound));
        }
        Response response = request.request(c.method(), c.path().replace("{h}", String.valueOf(household)));

        assertThat(response.statusCode()).as(c.name()).isEqualTo(c.status());
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.jsonPath().getString("type")).isEqualTo("/problems/" + c.type());
        assertThat(response.jsonPath().getInt("status")).isEqualTo(c.status());
        assertThat(response.jsonPath().getString("title")).isNotBlank();
        assertThat(response.asString()).doesNotContain("Exception", "\tat ", "org.tongxing.");
        if (c.type().equals("invalid-parameter")) {
            String parameter = c.path().replaceFirst(".*[?&]([^=]+)=.*", "$1");
            assertThat(response.jsonPath().getString("errors[0].field")).as(c.name()).isEqualTo(parameter);
        }
        BadInputTable.record(c.name(), c.method() + " " + c.path(), response.statusCode(), c.type());
    }

    @org.junit.jupiter.api.Test
    void anOverlongUrlGetsItsProblemWithTheSecurityHeaders() {
        given().get("/board?q=" + "长".repeat(3000)).then().statusCode(414)
                .contentType("application/problem+json").header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", org.hamcrest.Matchers.notNullValue());
    }

    /** Collects rows for the closing note; printed once at the end. */
    static final class BadInputTable {
        private static final List<String> ROWS = new java.util.ArrayList<>();

        static synchronized void record(String name, String request, int status, String type) {
            ROWS.add("| " + name + " | `" + request + "` | " + status + " | `/problems/" + type + "` |");
            if (ROWS.size() == cases().count()) {
                System.out.println(String.join("\n", ROWS));
            }
        }
    }
}
