package org.tongxing.web.pages;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.net.URL;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.tongxing.support.Browsers;
import org.tongxing.support.TestAreas;
import org.tongxing.support.TestNeeds;
import org.tongxing.support.TestUser;
import org.tongxing.support.TestUsers;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The whole claim journey with JavaScript switched off in every browser: the volunteer filters the board with
 * the form's button, claims and logs the service; the worker accepts; the family confirms and rates the help.
 */
@QuarkusTest
class ClaimWithoutJavaScriptBrowserTest {

    @TestHTTPResource("/")
    URL root;

    @Test
    void aNeedIsClaimedServedAndConfirmedWithoutJavaScript() {
        TestAreas areas = TestAreas.create();
        String marker = TestNeeds.marker();
        long need = TestNeeds.publicNeed(areas.compound, "TUTORING", "NORMAL", marker);
        TestUser volunteer = TestUsers.volunteer(areas.compound, "TUTORING");
        TestUser worker = TestUsers.worker(areas.community);
        TestUser family = TestUsers.family(TestNeeds.householdOf(need), areas.compound);

        long claim;
        try (BrowserContext browser = Browsers.context("zh-CN", 360, false)) {
            Page page = browser.newPage();
            Browsers.signIn(page, root.toString(), volunteer.username(), TestUser.PASSWORD);
            assertThat(page.locator("#board-filters")).not().hasClass("live");
            page.getByLabel("关键词").fill(marker);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("筛选")).click();
            assertThat(page.locator("#board-list .card")).hasCount(1);
            page.locator("#board-list .card a").click();
            page.getByLabel("您打算怎样帮助？").fill("周末上门辅导，每次两小时");
            page.getByLabel("承诺完成日期").fill(LocalDate.now().plusDays(15).toString());
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交认领")).click();
            assertThat(page.locator(".notice.ok")).containsText("认领已提交");
            claim = Long.parseLong(page.url().replaceAll(".*/me/claims/(\\d+).*", "$1"));
        }
        try (BrowserContext browser = Browsers.context("zh-CN", 360, false)) {
            Page page = browser.newPage();
            Browsers.signIn(page, root.toString(), worker.username(), TestUser.PASSWORD);
            page.locator("form[action='/worker/claims/" + claim + "/acceptance'] button").click();
            assertThat(page.locator(".notice.ok")).containsText("已接受认领");
        }
        try (BrowserContext browser = Browsers.context("zh-CN", 360, false)) {
            Page page = browser.newPage();
            Browsers.signIn(page, root.toString(), volunteer.username(), TestUser.PASSWORD);
            page.navigate(root + "me/claims/" + claim);
            page.getByLabel("时长（小时）").fill("1.5");
            page.getByLabel("服务人次").fill("2");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存服务记录")).click();
            assertThat(page.locator(".notice.ok")).containsText("服务已记录");
            assertThat(page.locator("#services + ul")).containsText("1.5 小时 · 2 人次");
        }
        try (BrowserContext browser = Browsers.context("zh-CN", 360, false)) {
            Page page = browser.newPage();
            Browsers.signIn(page, root.toString(), family.username(), TestUser.PASSWORD);
            page.locator("a[href='/family/needs/" + need + "']").first().click();
            page.getByLabel("4 星").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("确认已收到帮助")).click();
            assertThat(page.locator(".notice.ok")).containsText("谢谢您的确认");
        }
        given().get("/api/claims/" + claim).then().statusCode(200)
                .body("status", equalTo("CONFIRMED")).body("satisfaction", equalTo(4));
    }
}
