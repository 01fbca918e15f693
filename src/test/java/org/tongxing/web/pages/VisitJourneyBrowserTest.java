package org.tongxing.web.pages;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.tongxing.support.Browsers;
import org.tongxing.support.TestAreas;
import org.tongxing.support.TestHouseholds;
import org.tongxing.support.TestUser;
import org.tongxing.support.TestUsers;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * A home visit in the browser: the worker prints the household's QR code, opens the code's link, records what
 * was found (posting a need in the same step) without JavaScript, and sees it on the file; a forged link is
 * refused in plain words; the due list and a programme page are readable and accessible.
 */
@QuarkusTest
class VisitJourneyBrowserTest {

    @TestHTTPResource("/")
    URL root;

    @Inject
    DataSource db;

    @Test
    void aWorkerPrintsTheCodeChecksInWithItAndPostsANeedFromTheVisit() throws Exception {
        TestAreas areas = TestAreas.create();
        TestUser worker = TestUsers.worker(areas.community);
        long household = TestHouseholds.open(areas.compound);
        long overdue = TestHouseholds.open(areas.compound);
        try (var c = db.getConnection()) {
            c.createStatement().executeUpdate(
                    "update household set created_at = now() - interval '50 days' where id = " + overdue);
        }
        String checkIn;
        try (BrowserContext browser = Browsers.context("zh-CN", 360, true)) {
            Page page = browser.newPage();
            Browsers.signIn(page, root.toString(), worker.username(), TestUser.PASSWORD);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("待走访").setExact(true)).click();
            assertThat(page.locator("h1")).hasText("待走访家庭");
            assertThat(page.locator(".card a[href='/worker/households/" + overdue + "']")).isVisible();
            assertThat(page.locator(".card .tag.urgent", new Page.LocatorOptions().setHasText("逾期 ")).first())
                    .isVisible();
            Browsers.assertAccessible(page);
            Browsers.screenshot(page, "visits-due-360");

            page.navigate(root + "worker/households/" + household);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("走访与二维码")).click();
            assertThat(page.locator(".qr-sheet")).containsText("还没有走访二维码");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("生成二维码")).click();
            assertThat(page.locator(".notice.ok")).containsText("已生成新的二维码");
            assertThat(page.locator(".qr img")).isVisible();
            page.waitForFunction("() => { const img = document.querySelector('.qr img');"
                    + " return img.complete && img.naturalWidth >= 400; }");
            Browsers.assertAccessible(page);
            Browsers.screenshot(page, "household-qr-360");
            checkIn = page.locator(".qr-link a").getAttribute("href");
            assertThat(checkIn).contains("/visit/").doesNotContain(String.valueOf(household));
        }

        // The check-in form is a core page: it must work with JavaScript off.
        try (BrowserContext browser = Browsers.context("zh-CN", 360, false)) {
            Page page = browser.newPage();
            page.navigate(checkIn);
            assertThat(page.locator("h1")).hasText("登录");
            page.locator("#username").fill(worker.username());
            page.locator("#password").fill(TestUser.PASSWORD);
            page.locator("form[action='/login'] button[type=submit]").click();
            assertThat(page.locator("h1")).hasText("记录走访");
            page.locator("#findings").fill("屋内潮湿，孩子作业有困难");
            page.getByLabel("需要关注").nth(1).check();
            page.locator("summary", new Page.LocatorOptions().setHasText("把发现直接发布为需求")).click();
            page.locator("#need-TUTORING").fill("孩子四年级，数学需要每周辅导");
            page.locator("#urgency-TUTORING").selectOption("HIGH");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存走访记录")).click();
            assertThat(page.locator(".notice.ok")).isVisible();
            assertThat(page.locator(".timeline")).containsText("上门走访");
            assertThat(page.locator(".card h3", new Page.LocatorOptions().setHasText("课业辅导与家庭教育"))).isVisible();
        }
        given().get("/api/households/" + household + "/visits").then().statusCode(200)
                .body("items[0].channel", org.hamcrest.Matchers.equalTo("QR_CODE"))
                .body("items[0].health", org.hamcrest.Matchers.equalTo("CONCERN"));

        try (BrowserContext browser = Browsers.context("zh-CN", 360, true)) {
            Page page = browser.newPage();
            Browsers.signIn(page, root.toString(), worker.username(), TestUser.PASSWORD);
            page.navigate(checkIn);
            assertThat(page.locator("h1")).hasText("记录走访");
            Browsers.assertAccessible(page);
            Browsers.screenshot(page, "visit-check-in-360");
            page.navigate(checkIn.substring(0, checkIn.length() - 3) + "abc");
            assertThat(page.locator("h1")).hasText("二维码无效");
            Browsers.assertAccessible(page);
            Browsers.screenshot(page, "visit-code-refused-360");
        }
    }

    @Test
    void aCadreReadsAProgrammesProgressAndScoresAt1280() {
        TestAreas areas = TestAreas.create();
        TestUser cadre = TestUsers.cadre(areas.street);
        TestUser organisation = TestUsers.organisationMember(areas.district, "TUTORING");
        long programme = org.tongxing.programme.ProgrammeFixtures.create(cadre, areas.street,
                organisation.organisationId());
        org.tongxing.programme.ProgrammeFixtures.join(cadre, programme, TestHouseholds.open(areas.compound));
        long round = cadre.request().contentType(ContentType.JSON).body(Map.of("kind", "MID_TERM"))
                .post("/api/programmes/" + programme + "/evaluations").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        List<Long> items = cadre.request().get("/api/programmes/" + programme).jsonPath().getList("rubric.id",
                Long.class);
        cadre.request().contentType(ContentType.JSON)
                .body(Map.of("scores", List.of(Map.of("itemId", items.get(0), "score", 90),
                        Map.of("itemId", items.get(1), "score", 8)), "submit", true, "version", 0))
                .put("/api/programmes/" + programme + "/evaluations/" + round + "/scores").then().statusCode(200);
        for (String locale : List.of("en-GB", "zh-CN")) {
            try (BrowserContext browser = Browsers.context(locale, 1280, true)) {
                Page page = browser.newPage();
                Browsers.signIn(page, root.toString(), cadre.username(), TestUser.PASSWORD);
                page.navigate(root + "programmes");
                page.locator("a[href='/programmes/" + programme + "']").click();
                assertThat(page.locator("h1")).hasText("顶梁柱母亲 · 测试");
                assertThat(page.locator("section.card")).containsText(locale.startsWith("en") ? "Submitted" : "已提交");
                assertThat(page.locator("section.card strong")).containsText("86.00");
                boolean english = locale.startsWith("en");
                assertThat(page.locator("#commitments-heading + p"))
                        .containsText(english ? "0 long-term pair(s)" : "结对 0 对");
                assertThat(page.locator("#pairs-heading")).hasText(english ? "Long-term pairs" : "结对");
                assertThat(page.locator("#groups-heading + p"))
                        .hasText(english ? "No 1+3+1 group was active during the period."
                                : "项目周期内没有1+3+1小组。");
                Browsers.assertAccessible(page);
                Browsers.screenshot(page, "programme-1280-" + locale);
            }
        }
    }
}
