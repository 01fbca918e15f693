package org.tongxing.web.pages;

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
import io.restassured.response.ValidatableResponse;

/**
 * A form's errors say what is wrong with each field in the reader's language (never "required" alone, never
 * Chinese to an English reader), the page title starts with "Error", and the summary takes the focus.
 */
@QuarkusTest
class FormErrorWordsTest {

    @Test
    void anEmptyRequestForHelpNamesWhatIsMissingInChinese() {
        TestUser family = family();
        ask(family, "zh-CN", "", "").statusCode(400).body(containsString("<title>错误："))
                .body(containsString("请选择需要哪方面的帮助。")).body(containsString("请说一说需要什么帮助。"))
                .body(not(containsString("此项必填"))).body(containsString("id=\"error-summary\" autofocus"));
    }

    @Test
    void theSameFormSpeaksEnglishToAnEnglishReader() {
        TestUser family = family();
        ask(family, "en", "", "短").statusCode(400).body(containsString("<title>Error: "))
                .body(containsString("Choose what kind of help is needed."))
                .body(containsString("Write at least 5 and at most 2,000 characters."))
                .body(not(containsString("此项必填"))).body(not(containsString("长度需在")));
    }

    @Test
    void aDateInThePastNamesTheLatestCompletionDate() {
        TestUser family = family();
        csrf(family, "zh-CN").formParam("category", "TUTORING").formParam("description", "孩子数学需要辅导")
                .formParam("urgency", "NORMAL").formParam("wantedBy", "2020-01-01").post("/family/needs").then()
                .statusCode(400).body(containsString("最晚完成日期不能早于今天。"));
    }

    @Test
    void aPageWithoutErrorsKeepsItsPlainTitle() {
        family().request().header("Accept-Language", "zh-CN").accept("text/html").get("/family/needs/new").then()
                .statusCode(200).body(not(containsString("<title>错误："))).body(not(containsString("autofocus")));
    }

    private static TestUser family() {
        TestAreas areas = TestAreas.create();
        return TestUsers.family(TestHouseholds.open(areas.compound), areas.compound);
    }

    private static ValidatableResponse ask(TestUser as, String language, String category, String description) {
        return csrf(as, language).formParam("category", category).formParam("description", description)
                .formParam("urgency", "NORMAL").formParam("wantedBy", "").post("/family/needs").then();
    }

    private static io.restassured.specification.RequestSpecification csrf(TestUser as, String language) {
        String csrf = Base64.getUrlEncoder().withoutPadding().encodeToString(new SecureRandom().generateSeed(32));
        return as.request().header("Accept-Language", language).accept("text/html")
                .contentType(ContentType.URLENC.withCharset("UTF-8"))
                .cookie("tx_csrf", csrf).formParam("_csrf", csrf).redirects().follow(false);
    }
}
