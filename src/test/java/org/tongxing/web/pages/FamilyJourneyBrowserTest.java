package org.tongxing.web.pages;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.net.URL;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.tongxing.support.Browsers;
import org.tongxing.support.TestAreas;
import org.tongxing.support.TestHouseholds;
import org.tongxing.support.TestNeeds;
import org.tongxing.support.TestUser;
import org.tongxing.support.TestUsers;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * A mother on her phone asks for help in her own words (after forgetting to say what), follows the request
 * while a volunteer takes it on, confirms that the help came and rates it, and looks at her family's file.
 */
@QuarkusTest
class FamilyJourneyBrowserTest {

    @TestHTTPResource("/")
    URL root;

    @Test
    void aFamilyAsksForHelpFollowsItAndRatesIt() {
        TestAreas areas = TestAreas.create();
        long household = TestHouseholds.open(areas.compound);
        TestUser family = TestUsers.family(household, areas.compound);
        TestUser volunteer = TestUsers.volunteer(areas.compound, "TUTORING");
        TestUser worker = TestUsers.worker(areas.community);

        long need;
        try (BrowserContext browser = Browsers.context("zh-CN", 360, true)) {
            Page page = browser.newPage();
            Browsers.signIn(page, root.toString(), family.username(), TestUser.PASSWORD);
            assertThat(page.locator("h1")).hasText("我的需求");
            Browsers.assertAccessible(page);

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("我需要帮助")).click();
            Browsers.assertAccessible(page);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交")).click();
            assertThat(page.locator(".error-summary li")).hasCount(2);
            assertThat(page.locator(".error-summary")).containsText("请选择需要哪方面的帮助");
            assertThat(page.locator("#error-summary")).isFocused();
            assertThat(page).hasTitle(Pattern.compile("^错误："));
            assertThat(page.locator("#description")).hasAttribute("aria-invalid", "true");
            Browsers.assertAccessible(page);
            Browsers.screenshots(page, "family-ask");
            page.getByLabel("孩子学习").check();
            page.getByLabel("请用自己的话说一说").fill("女儿上三年级，数学跟不上，想找人每周辅导一次。");
            page.getByLabel("一两周内").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交")).click();
            assertThat(page.locator(".notice.ok")).containsText("已收到您的需求");
            assertThat(page.locator(".steps [aria-current=step]")).containsText("已提交");
            Browsers.assertAccessible(page);
            need = Long.parseLong(page.url().replaceAll(".*/family/needs/(\\d+).*", "$1"));
        }

        TestNeeds.openToPublic(need);
        long claim = volunteer.request().contentType(ContentType.JSON).body(TestNeeds.claimBody())
                .post("/api/needs/" + need + "/claims").then().statusCode(201).extract().jsonPath().getLong("id");
        worker.request().contentType(ContentType.JSON).body(Map.of("version", 0))
                .post("/api/claims/" + claim + "/acceptance").then().statusCode(200);
        volunteer.request().contentType(ContentType.JSON)
                .body(Map.of("servedOn", LocalDate.now().toString(), "hours", 2, "personTimes", 1, "note", "辅导了分数"))
                .post("/api/claims/" + claim + "/services").then().statusCode(201);

        try (BrowserContext browser = Browsers.context("zh-CN", 360, true)) {
            Page page = browser.newPage();
            Browsers.signIn(page, root.toString(), family.username(), TestUser.PASSWORD);
            assertThat(page.locator(".notice.warn")).containsText("等待您确认");
            Browsers.screenshots(page, "family-home");
            page.locator(".cards a[href='/family/needs/" + need + "']").click();
            assertThat(page.locator(".steps [aria-current=step]")).containsText("正在帮忙");
            assertThat(page.locator("main")).containsText("辅导了分数");
            Browsers.assertAccessible(page);
            page.getByLabel("5 星").check();
            page.getByLabel("想说的话（可选）").fill("老师很耐心，孩子很喜欢");
            Browsers.screenshots(page, "family-need");
            page.locator("form.confirm").scrollIntoViewIfNeeded();
            Browsers.firstScreen(page, "first-screen-family-confirm-360");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("确认已收到帮助")).click();
            assertThat(page.locator(".notice.ok")).containsText("谢谢您的确认和评价");
            assertThat(page.locator(".steps [aria-current=step]")).containsText("已完成");
            Browsers.assertAccessible(page);

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("我的资料")).click();
            assertThat(page.locator("main")).containsText("林秀梅");
            assertThat(page.locator("main")).containsText("林小雨");
            Browsers.assertAccessible(page);

            Browsers.assertLight(browser, root + "family");
            Browsers.assertLight(browser, root + "family/needs/new");
            Browsers.assertLight(browser, root + "family/needs/" + need);
        }
        given().get("/api/claims/" + claim).then().statusCode(200)
                .body("status", equalTo("CONFIRMED")).body("satisfaction", equalTo(5))
                .body("feedback", equalTo("老师很耐心，孩子很喜欢"));
    }
}
