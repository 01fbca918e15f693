package org.tongxing.web.pages;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tongxing.support.TestAreas;
import org.tongxing.support.TestHouseholds;
import org.tongxing.support.TestNeeds;
import org.tongxing.support.TestUser;
import org.tongxing.support.TestUsers;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Which language a page speaks: the remembered choice, else the browser's first Chinese or English preference,
 * else Chinese; and the page's dates and numbers follow it.
 */
@QuarkusTest
class PageLanguageTest {

    @Test
    void theBrowsersPreferenceChoosesTheLanguage() {
        speaks("zh-Hans-CN", "zh-CN", "登录");
        speaks("zh-CN", "zh-CN", "登录");
        speaks("zh-TW,zh;q=0.9", "zh-CN", "登录");
        speaks("en-GB", "en", "Sign in");
        speaks("en-GB,en;q=0.9,zh-CN;q=0.8", "en", "Sign in");
        speaks("fr-FR,en;q=0.5", "en", "Sign in");
        speaks("fr-FR", "zh-CN", "登录");
    }

    @Test
    void withoutAPreferenceThePageIsChinese() {
        given().auth().none().get("/login").then().statusCode(200)
                .body(containsString("<html lang=\"zh-CN\"")).body(containsString("<h1>登录</h1>"));
    }

    @Test
    void theExplicitChoiceIsRememberedAndBeatsTheBrowser() {
        given().auth().none().redirects().follow(false).get("/ui/language/en?next=/login").then().statusCode(303)
                .header("Location", endsWith("/login")).cookie("tx_lang", "en");
        given().auth().none().header("Accept-Language", "zh-CN").cookie("tx_lang", "en").get("/login").then()
                .body(containsString("<html lang=\"en\"")).body(containsString("<h1>Sign in</h1>"));
        given().auth().none().header("Accept-Language", "en-GB").cookie("tx_lang", "zh-CN").get("/login").then()
                .body(containsString("<h1>登录</h1>"));
    }

    @Test
    void datesAreWrittenAsTheReaderWritesThem() {
        TestAreas areas = TestAreas.create();
        long need = TestNeeds.publicNeed(areas.compound, "TUTORING", "NORMAL", TestNeeds.marker());
        TestUser volunteer = TestUsers.volunteer(areas.compound, "TUTORING");
        String wanted = given().get("/api/needs/" + need).jsonPath().getString("wantedBy");
        LocalDate date = LocalDate.parse(wanted);
        String chinese = date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
        String english = date.getDayOfMonth() + " " + date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                + " " + date.getYear();
        volunteer.request().header("Accept-Language", "zh-CN").get("/board/needs/" + need).then().statusCode(200)
                .body(containsString("<dd>" + chinese + "</dd>"));
        // One English style for every region: day, month in words, year.
        for (String region : new String[] {"en-GB", "en-US"}) {
            volunteer.request().header("Accept-Language", region).get("/board/needs/" + need).then().statusCode(200)
                    .body(containsString("<dd>" + english + "</dd>"));
        }
    }

    @Test
    void textPeopleWroteSaysItIsChineseOnEnglishPagesOnly() {
        TestAreas areas = TestAreas.create();
        long need = TestNeeds.publicNeed(areas.compound, "TUTORING", "NORMAL", TestNeeds.marker());
        TestUser volunteer = TestUsers.volunteer(areas.compound, "TUTORING");
        volunteer.request().header("Accept-Language", "en").get("/board/needs/" + need).then().statusCode(200)
                .body(containsString("<dd><span lang=\"zh-CN\">孩子需要每周两次数学辅导"));
        volunteer.request().header("Accept-Language", "zh-CN").get("/board/needs/" + need).then().statusCode(200)
                .body(containsString("<dd>孩子需要每周两次数学辅导")).body(not(containsString("<span lang=\"zh-CN\">")));
        long household = TestHouseholds.open(areas.compound);
        TestUser worker = TestUsers.worker(areas.community);
        worker.request().header("Accept-Language", "en").get("/worker/households/" + household).then().statusCode(200)
                .body(containsString("<h1>The household of\u00a0<span lang=\"zh-CN\">"));
        worker.request().header("Accept-Language", "zh-CN").get("/worker/households/" + household).then()
                .statusCode(200).body(containsString("家 · "));
    }

    @Test
    void textWrittenInEnglishIsLeftAsItIsAndStillEscaped() {
        TestAreas areas = TestAreas.create();
        long need = given().contentType(ContentType.JSON)
                .body(Map.of("householdId", TestHouseholds.open(areas.compound), "category", "TUTORING", "description",
                        "Maths <twice> a week & reading", "urgency", "NORMAL", "wantedBy",
                        LocalDate.now().plusDays(30).toString()))
                .post("/api/needs").then().statusCode(201).extract().jsonPath().getLong("id");
        TestNeeds.openToPublic(need);
        TestUser volunteer = TestUsers.volunteer(areas.compound, "TUTORING");
        volunteer.request().header("Accept-Language", "en").get("/board/needs/" + need).then().statusCode(200)
                .body(containsString("<dd>Maths &lt;twice&gt; a week &amp; reading</dd>"));
    }

    private static void speaks(String acceptLanguage, String lang, String heading) {
        given().auth().none().header("Accept-Language", acceptLanguage).get("/login").then().statusCode(200)
                .body(containsString("<html lang=\"" + lang + "\"")).body(containsString("<h1>" + heading + "</h1>"));
    }
}
