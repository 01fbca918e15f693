package org.tongxing.visit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.tongxing.support.TestAreas;
import org.tongxing.support.TestHouseholds;
import org.tongxing.support.TestUser;
import org.tongxing.support.TestUsers;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class VisitCodeTest {

    @Test
    void theQrImageEncodesTheCheckInAddressAndNothingAboutTheHousehold() throws Exception {
        TestAreas areas = TestAreas.create();
        long household = TestHouseholds.open(areas.compound);
        String token = VisitTestSupport.issueCode(household);
        byte[] png = given().get("/api/households/" + household + "/visit-code/qr.png").then().statusCode(200)
                .contentType("image/png").extract().asByteArray();
        var image = ImageIO.read(new ByteArrayInputStream(png));
        String decoded = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new BufferedImageLuminanceSource(image)))).getText();
        assertThat(decoded).endsWith("/visit/" + token).doesNotContain(String.valueOf(household))
                .doesNotContain("林").doesNotContain(areas.compound);
        assertThat(token).hasSize(43);
        given().get("/api/households/" + household + "/visit-code").then().statusCode(200)
                .body("generation", equalTo(1)).body("url", equalTo(decoded));
    }

    @Test
    void aWorkerOfTheAreaChecksInWithTheCodeAndTheVisitCountsAsMadeThere() {
        TestAreas areas = TestAreas.create();
        TestUser worker = TestUsers.worker(areas.community);
        long household = TestHouseholds.open(areas.compound);
        String token = VisitTestSupport.issueCode(household);
        worker.request().get("/api/visit-codes/" + token).then().statusCode(200)
                .body("householdId", equalTo((int) household));
        worker.request().contentType(ContentType.JSON).body(Map.of("qrToken", token, "findings", "扫码签到"))
                .post("/api/households/" + household + "/visits").then().statusCode(201)
                .body("channel", equalTo("QR_CODE"));
        long other = TestHouseholds.open(areas.compound);
        worker.request().contentType(ContentType.JSON).body(Map.of("qrToken", token))
                .post("/api/households/" + other + "/visits").then().statusCode(422)
                .body("errors[0].field", equalTo("qrToken"));
        TestUsers.worker(TestAreas.create().community).request().get("/api/visit-codes/" + token).then()
                .statusCode(404);
    }

    @Test
    void aForgedCodeIsRefusedAsNotGenuineOnTheApiAndOnThePage() {
        TestAreas areas = TestAreas.create();
        TestUser worker = TestUsers.worker(areas.community);
        long household = TestHouseholds.open(areas.compound);
        String token = VisitTestSupport.issueCode(household);
        String forged = new VisitCodeSigner("not-the-servers-secret-but-long-enough!", List.of())
                .token(token.substring(0, 22));
        for (String bad : List.of(forged, token.substring(0, 42) + (token.endsWith("A") ? "B" : "A"), "abc",
                "x".repeat(60))) {
            worker.request().get("/api/visit-codes/" + bad).then().statusCode(403)
                    .contentType("application/problem+json").body("type", equalTo("/problems/visit-code-invalid"));
            worker.request().contentType(ContentType.JSON).body(Map.of("qrToken", bad))
                    .post("/api/households/" + household + "/visits").then().statusCode(403)
                    .body("type", equalTo("/problems/visit-code-invalid"));
        }
        worker.request().accept("text/html").header("Accept-Language", "zh-CN").get("/visit/" + forged).then()
                .statusCode(403).contentType(containsString("text/html")).body(containsString("二维码无效"))
                .body(containsString("data-problem=\"visit-code-invalid\""));
        worker.request().get("/api/households/" + household + "/visits").then().body("totalItems", equalTo(0));
    }

    @Test
    void issuingANewGenerationRevokesTheOldCodeWhichIsRefusedAsWithdrawn() {
        TestAreas areas = TestAreas.create();
        TestUser worker = TestUsers.worker(areas.community);
        long household = TestHouseholds.open(areas.compound);
        String first = VisitTestSupport.issueCode(household);
        String second = VisitTestSupport.issueCode(household);
        assertThat(second).isNotEqualTo(first);
        worker.request().get("/api/visit-codes/" + first).then().statusCode(410)
                .body("type", equalTo("/problems/visit-code-revoked")).body("detail", containsString("generation 1"));
        worker.request().get("/api/visit-codes/" + second).then().statusCode(200);
        worker.request().accept("text/html").header("Accept-Language", "en").get("/visit/" + first).then()
                .statusCode(410).body(containsString("This code was withdrawn"));
        given().get("/api/households/" + household + "/visit-code").then().body("generation", equalTo(2));

        given().contentType(ContentType.JSON).delete("/api/households/" + household + "/visit-code").then()
                .statusCode(204);
        worker.request().get("/api/visit-codes/" + second).then().statusCode(410);
        given().get("/api/households/" + household + "/visit-code").then().statusCode(404);
        given().get("/api/households/" + household + "/visit-code/qr.png").then().statusCode(404);
        assertThat(VisitTestSupport.issueCode(household)).isNotEqualTo(second);
        given().get("/api/households/" + household + "/visit-code").then().body("generation", equalTo(3));
        given().get("/api/households/" + household + "/timeline").then()
                .body("items.kind", not(org.hamcrest.Matchers.empty()))
                .body("items.findAll { it.kind == 'VISIT_CODE_REVOKED' }.size()", equalTo(2))
                .body("items.findAll { it.kind == 'VISIT_CODE_ISSUED' }.size()", equalTo(3));
    }
}
