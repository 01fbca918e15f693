package org.tongxing.household;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tongxing.support.TestAreas;
import org.tongxing.support.TestHouseholds;
import org.tongxing.support.TestUser;
import org.tongxing.support.TestUsers;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * An ID number already in another file keeps the form, names the field, and links the existing file for a worker
 * who may open it, and for nobody else; the API answers exactly as before (a duplicate on idNumber).
 */
@QuarkusTest
class DuplicateIdNumberTest {

    private static final String BORN = "1990-05-06";

    @Test
    void addingAMemberWithATakenNumberNamesTheFieldAndLinksTheFileForItsWorker() {
        TestAreas areas = TestAreas.create();
        String number = TestHouseholds.idNumber(BORN, "FEMALE");
        long holder = householdWith(areas.compound, number);
        long other = TestHouseholds.open(areas.compound);
        member(TestUsers.worker(areas.community), other, number).statusCode(400)
                .body(containsString("<title>错误："))
                .body(containsString("这个身份证号码已登记在另一份档案中。"))
                .body(containsString("href=\"/worker/households/" + holder + "\""));
    }

    @Test
    void aWorkerOfAnotherAreaLearnsNoFileNumber() {
        TestAreas areas = TestAreas.create();
        String number = TestHouseholds.idNumber(BORN, "FEMALE");
        long holder = householdWith(areas.compound, number);
        TestAreas elsewhere = TestAreas.create();
        long own = TestHouseholds.open(elsewhere.compound);
        member(TestUsers.worker(elsewhere.community), own, number).statusCode(400)
                .body(containsString("这个身份证号码已登记在另一份档案中。"))
                .body(not(containsString("/worker/households/" + holder + "\"")));
    }

    @Test
    void openingAFileWithATakenNumberKeepsTheForm() {
        TestAreas areas = TestAreas.create();
        String number = TestHouseholds.idNumber(BORN, "FEMALE");
        long holder = householdWith(areas.compound, number);
        form(TestUsers.worker(areas.community)).formParam("areaCode", areas.compound)
                .formParam("addressLine", "萤火虫巷12号").formParam("hardshipCategory", "MINIMUM_ALLOWANCE")
                .formParam("composition", "SINGLE_MOTHER").formParam("tier", "INTENSIVE").formParam("consentData", "on")
                .formParam("headName", "王秀兰").formParam("headBirthDate", BORN).formParam("headGender", "FEMALE")
                .formParam("headIdNumber", number).post("/worker/households").then().statusCode(409)
                .body(containsString("value=\"萤火虫巷12号\"")).body(containsString("id=\"headIdNumber-error\""))
                .body(containsString("href=\"/worker/households/" + holder + "\""));
    }

    @Test
    void theApiAnswersAsBefore() {
        TestAreas areas = TestAreas.create();
        String number = TestHouseholds.idNumber(BORN, "FEMALE");
        householdWith(areas.compound, number);
        long other = TestHouseholds.open(areas.compound);
        var member = TestHouseholds.child("王丽", BORN, "FEMALE");
        member.put("relation", "OTHER");
        member.put("idNumber", number);
        given().contentType(ContentType.JSON).body(member).post("/api/households/" + other + "/members").then()
                .statusCode(409).body("type", containsString("duplicate"))
                .body("detail", equalTo("this ID number is already recorded in another household's file"))
                .body("errors[0].field", equalTo("idNumber"))
                .body("errors[0].message", equalTo("this ID number is already recorded in another household's file"));
    }

    private static long householdWith(String compound, String number) {
        var mother = TestHouseholds.mother();
        mother.put("birthDate", BORN);
        mother.put("idNumber", number);
        return ((Number) given().contentType(ContentType.JSON).body(TestHouseholds.body(compound, List.of(mother)))
                .post("/api/households").then().statusCode(201).extract().path("id")).longValue();
    }

    private static io.restassured.response.ValidatableResponse member(TestUser worker, long household,
            String number) {
        return form(worker).formParam("name", "王丽").formParam("relation", "OTHER").formParam("birthDate", BORN)
                .formParam("gender", "FEMALE").formParam("idNumber", number)
                .post("/worker/households/" + household + "/members").then();
    }

    private static RequestSpecification form(TestUser as) {
        String csrf = Base64.getUrlEncoder().withoutPadding().encodeToString(new SecureRandom().generateSeed(32));
        return as.request().header("Accept-Language", "zh-CN").accept("text/html")
                .contentType(ContentType.URLENC.withCharset("UTF-8"))
                .cookie("tx_csrf", csrf).formParam("_csrf", csrf).redirects().follow(false);
    }
}
