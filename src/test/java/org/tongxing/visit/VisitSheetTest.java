package org.tongxing.visit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.security.SecureRandom;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.tongxing.support.TestAreas;
import org.tongxing.support.TestHouseholds;
import org.tongxing.support.TestUser;
import org.tongxing.support.TestUsers;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The printed QR code tells a passer-by nothing about the family: the printable part holds the code and the file
 * number only (no family type, address or tier), dated on China's calendar; a community's codes print on one sheet,
 * only for its own workers; the code downloads as a PNG file; revoking it takes a ticked confirmation.
 */
@QuarkusTest
class VisitSheetTest {

    @Test
    void thePrintedPartOfTheCodePageHoldsOnlyTheCodeAndTheFileNumber() {
        TestAreas areas = TestAreas.create();
        TestUser worker = TestUsers.worker(areas.community);
        long household = withCode(areas);
        String page = page(worker).get("/worker/households/" + household + "/qr").then().statusCode(200).extract()
                .asString();
        String printed = page.substring(page.indexOf("<section class=\"qr-sheet\""),
                page.indexOf("</section>", page.indexOf("<section class=\"qr-sheet\"")));
        String visible = printed.replaceAll("(?s)<p class=\"no-print[^>]*>.*?</p>", "");
        assertThat(visible).contains("档案号 " + household).doesNotContain("3栋2单元501室").doesNotContain("单亲母亲")
                .doesNotContain("重点");
        assertThat(page).contains("<h1 class=\"no-print\">").contains("aria-labelledby=\"plan-heading\"");
    }

    @Test
    void aCommunitysSheetListsItsCodesByFileNumberOnlyForItsOwnWorkers() {
        TestAreas areas = TestAreas.create();
        long first = withCode(areas);
        long second = withCode(areas);
        page(TestUsers.worker(areas.community)).get("/worker/qr-sheet?area=" + areas.community).then()
                .statusCode(200).body(containsString("档案号 " + first)).body(containsString("档案号 " + second))
                .body(containsString("/api/households/" + first + "/visit-code/qr.png"))
                .body(not(containsString("3栋2单元501室"))).body(containsString("共 2 个二维码"));
        page(TestUsers.worker(TestAreas.create().community)).get("/worker/qr-sheet?area=" + areas.community).then()
                .statusCode(403).body(not(containsString("档案号 " + first)));
        page(TestUsers.volunteer(areas.compound, "TUTORING")).get("/worker/qr-sheet?area=" + areas.community).then()
                .statusCode(403);
    }

    @Test
    void theCodeDownloadsAsAPngFile() {
        TestAreas areas = TestAreas.create();
        long household = withCode(areas);
        TestUsers.worker(areas.community).request()
                .get("/api/households/" + household + "/visit-code/qr.png?download=true")
                .then().statusCode(200).contentType("image/png")
                .header("Content-Disposition", "attachment; filename=\"tongxing-qr-" + household + ".png\"");
    }

    @Test
    void revokingACodeTakesATickedConfirmation() {
        TestAreas areas = TestAreas.create();
        TestUser worker = TestUsers.worker(areas.community);
        long household = withCode(areas);
        String csrf = Base64.getUrlEncoder().withoutPadding().encodeToString(new SecureRandom().generateSeed(32));
        page(worker).contentType(ContentType.URLENC.withCharset("UTF-8")).cookie("tx_csrf", csrf)
                .formParam("_csrf", csrf)
                .post("/worker/households/" + household + "/qr/revocation").then().statusCode(400)
                .body(containsString("请勾选确认"));
        worker.request().get("/api/households/" + household + "/visit-code").then().statusCode(200);
        page(worker).contentType(ContentType.URLENC.withCharset("UTF-8")).cookie("tx_csrf", csrf)
                .formParam("_csrf", csrf)
                .formParam("confirm", "yes").redirects().follow(false)
                .post("/worker/households/" + household + "/qr/revocation").then().statusCode(303);
        worker.request().get("/api/households/" + household + "/visit-code").then().statusCode(404);
    }

    private static long withCode(TestAreas areas) {
        long household = TestHouseholds.open(areas.compound);
        given().contentType(ContentType.JSON).post("/api/households/" + household + "/visit-code").then()
                .statusCode(201);
        return household;
    }

    private static io.restassured.specification.RequestSpecification page(TestUser as) {
        return as.request().header("Accept-Language", "zh-CN").accept("text/html");
    }
}
