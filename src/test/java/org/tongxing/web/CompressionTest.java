package org.tongxing.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Text goes out gzip-compressed to clients that accept it, and as it is to those that do not. */
@QuarkusTest
class CompressionTest {

    /** Without content decoders REST Assured sends no Accept-Encoding of its own; the test says which. */
    private static Response get(String path, String acceptEncoding) {
        return request(acceptEncoding).get(path);
    }

    private static RequestSpecification request(String acceptEncoding) {
        return given()
                .config(RestAssuredConfig.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()))
                .header("Accept-Encoding", acceptEncoding);
    }

    @Test
    void pagesJsonProblemsErrorPagesStylesScriptsAndTheSpriteAreCompressed() {
        for (String path : new String[] {"/problems", "/api/areas", "/api/needs/987654321", "/no/such/page",
                "/static/tongxing.css", "/static/board.js", "/static/icons.svg"}) {
            Response response = get(path, "gzip");
            assertThat(response.header("Content-Encoding")).as(path + " " + response.contentType()).isEqualTo("gzip");
        }
    }

    @Test
    void theFriendlyErrorPageIsCompressedToo() {
        Response page = request("gzip").accept("text/html").get("/no/such/page");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.header("Content-Encoding")).isEqualTo("gzip");
    }

    @Test
    void aClientThatDoesNotAcceptGzipGetsThePlainBody() {
        Response response = get("/api/areas", "identity");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.header("Content-Encoding")).isNull();
    }
}
