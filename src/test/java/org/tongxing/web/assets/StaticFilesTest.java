package org.tongxing.web.assets;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;

import org.junit.jupiter.api.Test;
import org.tongxing.support.TestAreas;
import org.tongxing.support.TestNeeds;
import org.tongxing.support.TestUsers;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Fingerprinted static files may be cached for good; plain names are revalidated; pages use the former. */
@QuarkusTest
class StaticFilesTest {

    private static byte[] file(String name) throws IOException {
        try (InputStream in = StaticFilesTest.class.getResourceAsStream("/META-INF/resources/static/" + name)) {
            return in.readAllBytes();
        }
    }

    private static void hardened(Response response) {
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
    }

    @Test
    void aFingerprintedAddressServesTheFileForGood() throws IOException {
        String url = StaticFiles.url("tongxing.css");
        Response css = given().get(url);
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.contentType()).startsWith("text/css");
        assertThat(css.header("Cache-Control")).isEqualTo("public, max-age=31536000, immutable");
        assertThat(css.asByteArray()).isEqualTo(file("tongxing.css"));
        hardened(css);
    }

    @Test
    void thePlainAddressStillWorksButIsRevalidatedCheaply() throws IOException {
        Response css = given().get("/static/tongxing.css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.header("Cache-Control")).isEqualTo("no-cache");
        assertThat(css.asByteArray()).isEqualTo(file("tongxing.css"));
        hardened(css);
        Response unchanged = given().header("If-None-Match", css.header("ETag")).get("/static/tongxing.css");
        assertThat(unchanged.statusCode()).isEqualTo(304);
        hardened(unchanged);
    }

    @Test
    void aFingerprintOfAnotherReleaseGetsTodaysFileWithoutTheLongCache() throws IOException {
        Response js = given().get("/static/board.000000000000.js");
        assertThat(js.statusCode()).isEqualTo(200);
        assertThat(js.contentType()).startsWith("text/javascript");
        assertThat(js.header("Cache-Control")).isEqualTo("no-cache");
        assertThat(js.asByteArray()).isEqualTo(file("board.js"));
    }

    @Test
    void anUnknownFileIsNotFound() {
        given().get("/static/nothing.0123456789ab.css").then().statusCode(404);
        given().get("/static/nothing.css").then().statusCode(404);
    }

    @Test
    void pagesLinkTheFingerprintedAddresses() {
        TestAreas areas = TestAreas.create();
        TestNeeds.publicNeed(areas.compound, "TUTORING");
        String board = TestUsers.volunteer(areas.compound, "TUTORING").request().accept("text/html").get("/board")
                .then().statusCode(200).extract().asString();
        assertThat(board).contains("href=\"" + StaticFiles.url("tongxing.css") + "\"",
                "src=\"" + StaticFiles.url("board.js") + "\"", "href=\"" + StaticFiles.url("icons.svg") + "#");
        assertThat(board).doesNotContain("\"/static/tongxing.css\"", "\"/static/board.js\"", "/static/icons.svg#");
    }

    @Test
    void theFaviconIsServedWhereBrowsersAskForIt() {
        byte[] icon = given().auth().none().get("/favicon.ico").then().statusCode(200).contentType("image/x-icon")
                .extract().asByteArray();
        assertThat(icon).startsWith(0, 0, 1, 0);
    }
}
