package org.tongxing.web.pages;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import java.net.URL;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tongxing.matching.MatchingWorld;
import org.tongxing.support.Browsers;
import org.tongxing.support.TestUser;
import org.tongxing.support.TestUsers;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * A cadre matches their street in the browser: starts a run, watches it live, reviews the proposals (a
 * rejection without a reason first), accepts them and finds the pairs and groups; then forms groups in English
 * at 1280 px, and follows a run with JavaScript switched off.
 */
@QuarkusTest
class CadreJourneyBrowserTest {

    private static final double RUN_WAIT_MILLIS = 60_000;

    @TestHTTPResource("/")
    URL root;

    @Test
    void aCadreRunsPairMatchingReviewsTheProposalsAndSeesThePairs() {
        MatchingWorld world = world();
        try (BrowserContext browser = Browsers.context("zh-CN", 360, true)) {
            Page page = browser.newPage();
            Browsers.signIn(page, root.toString(), world.cadre.username(), TestUser.PASSWORD);
            assertThat(page.locator("h1")).hasText("干部工作台");
            Browsers.assertAccessible(page);
            Browsers.screenshot(page, "cadre-home-360");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("智能匹配").setExact(true)).first().click();
            assertThat(page.locator("h1")).hasText("智能匹配");
            Browsers.assertAccessible(page);
            page.getByLabel("一对一长期结对").check();
            page.getByLabel("计算时间（秒）").fill("2");
            page.locator("form[action='/cadre/matching/runs'] button[type=submit]").click();
            assertThat(page.locator("h1")).containsText("一对一长期结对");
            // A pairs run ends as soon as the flow proved its plan optimal: the page reloads itself then, so it is
            // checked once the run is over (the groups journey below sees a run still solving).
            assertThat(page.locator("#run-status")).hasText("已完成",
                    new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions()
                            .setTimeout(RUN_WAIT_MILLIS));
            Browsers.assertAccessible(page);
            assertThat(page.locator("#run-outcome")).hasText("已为 2 户找到人选，0 户未匹配");
            assertThat(page.locator("#run-score")).containsText("0 项未满足");
            Browsers.screenshot(page, "cadre-run-done-360");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("审核建议")).click();
            assertThat(page.locator(".card")).hasCount(2);
            assertThat(page.locator(".card").first()).containsText("同一小区");
            Browsers.assertAccessible(page);
            Browsers.screenshot(page, "cadre-proposals-360");

            Locator first = page.locator(".card").first();
            first.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("不接受")).click();
            assertThat(page.locator(".error-summary")).containsText("请写明不接受的原因");
            Browsers.assertAccessible(page);
            page.locator(".card").first().locator("input[name=reason]").fill("志愿者与家庭是亲戚");
            page.locator(".card").first().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("不接受"))
                    .click();
            assertThat(page.locator(".notice.ok")).containsText("此后不会再把该志愿者推荐给这个家庭");
            page.locator("#confirm-all").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("全部接受")).click();
            assertThat(page.locator(".notice.ok")).containsText("已接受 1 条建议");
            assertThat(page.locator(".tag", new Page.LocatorOptions().setHasText("已接受"))).hasCount(1);

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("结对与小组").setExact(true)).first().click();
            assertThat(page.locator("h1")).hasText("结对与小组");
            assertThat(page.locator(".card")).hasCount(1);
            Browsers.assertAccessible(page);
            Browsers.screenshot(page, "cadre-commitments-360");
        }
    }

    @Test
    void inEnglishAt1280ACadreFormsSupportGroupsAroundPillarMothers() {
        MatchingWorld world = world();
        try (BrowserContext browser = Browsers.context("en-GB", 1280, true)) {
            Page page = browser.newPage();
            Browsers.signIn(page, root.toString(), world.cadre.username(), TestUser.PASSWORD);
            page.navigate(root + "cadre/matching");
            page.getByLabel("1+3+1 support groups").check();
            page.getByLabel("Solving time (seconds)").fill("2");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start matching")).click();
            assertThat(page.locator("#run-status")).hasText("Completed",
                    new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions()
                            .setTimeout(RUN_WAIT_MILLIS));
            Browsers.screenshot(page, "cadre-run-done-1280");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Review the proposals")).click();
            assertThat(page.locator(".card").first()).containsText("together they cover");
            assertThat(page.locator(".card").first()).containsText("New members");
            Browsers.assertAccessible(page);
            Browsers.screenshot(page, "cadre-proposals-1280");
            page.locator(".card").first().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Accept")
                    .setExact(true)).click();
            assertThat(page.locator(".notice.ok")).containsText("the pair or group is active");
            page.navigate(root + "cadre/commitments");
            assertThat(page.locator("h2", new Page.LocatorOptions().setHasText("Active 1+3+1 groups"))).isVisible();
            assertThat(page.locator(".card")).hasCount(1);
            Browsers.assertAccessible(page);
            Browsers.screenshot(page, "cadre-commitments-1280");
        }
    }

    @Test
    void withoutJavaScriptTheRunPageRefreshesItselfUntilTheRunEnds() {
        MatchingWorld world = world();
        try (BrowserContext browser = Browsers.context("zh-CN", 360, false)) {
            Page page = browser.newPage();
            Browsers.signIn(page, root.toString(), world.cadre.username(), TestUser.PASSWORD);
            page.navigate(root + "cadre/matching");
            page.getByLabel("计算时间（秒）").fill("3");
            page.locator("form[action='/cadre/matching/runs'] button[type=submit]").click();
            assertThat(page.locator("#run-status")).hasText("已完成",
                    new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions()
                            .setTimeout(RUN_WAIT_MILLIS));
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("审核建议")).click();
            page.locator("#confirm-all").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("全部接受")).click();
            assertThat(page.locator(".notice.ok")).containsText("已接受 2 条建议");
        }
    }

    @Test
    void onlyCadresAndAdministratorsReachTheMatchingPages() {
        MatchingWorld world = new MatchingWorld();
        TestUser worker = TestUsers.worker(world.areas.community);
        worker.request().accept("text/html").get("/cadre/matching").then().statusCode(403)
                .contentType(containsString("text/html")).body(containsString("无权访问"));
        given().auth().none().accept("text/html").redirects().follow(false).get("/cadre/matching").then()
                .statusCode(303);
        world.cadre.request().accept("text/html").get("/cadre/matching").then().statusCode(200)
                .body(containsString("name=\"_csrf\""));
    }

    /** Two families with long-term needs (pillar mothers both), three volunteers and a cadre to lead groups. */
    private static MatchingWorld world() {
        MatchingWorld world = new MatchingWorld();
        world.volunteer(world.areas.compound, "TUTORING", 2);
        world.volunteer(world.areas.compound, "PSYCHOLOGICAL_SUPPORT", 2);
        world.volunteer(world.areas.anotherCompound(2), "TUTORING", 2);
        world.longTermNeed(world.household(), "TUTORING");
        world.longTermNeed(world.household(), "PSYCHOLOGICAL_SUPPORT");
        given().contentType(ContentType.JSON).body(Map.of("name", "吴桂兰", "gender", "FEMALE", "unit", "街道妇联",
                "areaCode", world.areas.street, "capacity", 3)).post("/api/cadres").then().statusCode(201);
        return world;
    }
}
