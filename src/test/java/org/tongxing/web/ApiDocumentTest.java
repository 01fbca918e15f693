package org.tongxing.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The OpenAPI document describes the JSON API only, in a shape clients can be generated from. */
@QuarkusTest
class ApiDocumentTest {

    private static final Path COMMITTED = Path.of("src/test/openapi/tongxing-api.json");

    @Test
    void theDocumentHoldsTheApiOnlyWithStableIdsServersAndBothSignInSchemes() throws Exception {
        String text = given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .extract().asString();
        Files.writeString(Path.of("target/openapi.json"), text);
        JsonPath document = JsonPath.from(text);
        Map<String, Map<String, Map<String, Object>>> paths = document.getMap("paths");
        List<String> ids = new ArrayList<>();
        paths.values().forEach(operations -> operations.values().forEach(o -> ids.add((String) o.get("operationId"))));

        assertThat(paths.keySet()).allMatch(path -> path.startsWith("/api/")).contains("/api/needs");
        assertThat(document.getMap("components.schemas").keySet()).doesNotContain("EngineImpl", "TemplateNode",
                "TemplateInstance", "Template", "Engine");
        assertThat(text).doesNotContain("io.quarkus.qute");
        assertThat(ids).doesNotContainNull().doesNotHaveDuplicates().contains("listNeed", "signInAuth");
        assertThat(document.getList("servers")).isNotEmpty();
        assertThat(document.getMap("components.securitySchemes").keySet()).contains("basicAuth", "sessionCookie");
        assertThat(document.getList("paths.'/api/auth/login'.post.security")).isEmpty();
        assertThat(document.getList("paths.'/api/needs'.get.security")).hasSize(2);
    }

    /** The client of GeneratedClientJourneyTest is generated from the committed copy, before the service runs. */
    @Test
    void theCommittedCopyIsTheServedDocument() throws Exception {
        String served = given().accept("application/json").get("/q/openapi?format=json").asString();
        Files.writeString(Path.of("target/openapi.json"), served);
        ObjectMapper json = new ObjectMapper();

        assertThat(json.readTree(Files.readString(COMMITTED)).equals(json.readTree(served)))
                .as("src/test/openapi/tongxing-api.json is the served document; after an API change copy"
                        + " target/openapi.json there")
                .isTrue();
    }

    @Test
    void redoclyFindsNoErrors() throws Exception {
        String served = given().accept("application/json").get("/q/openapi?format=json").asString();
        Path document = Files.writeString(Path.of("target/openapi-lint.json"), served);
        Process lint = new ProcessBuilder("target/redocly/node_modules/.bin/redocly", "lint", document.toString(),
                "--format=summary").redirectErrorStream(true).start();
        String output = new String(lint.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(lint.waitFor()).as(output).isZero();
        // The one warning left: info-license, as the project declares no licence.
        assertThat(output).contains("Your API description is valid").contains("You have 1 warning")
                .contains("info-license");
    }
}
