package org.tongxing.web.pages;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.net.URL;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tongxing.support.Browsers;
import org.tongxing.support.TestHouseholds;
import org.tongxing.support.TestNeeds;
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
 * A grassroots worker's day in the browser: open a case file (after a mistake), add a member, post a need on
 * the family's behalf, escalate it, then accept a volunteer's claim and confirm the service.
 */
@QuarkusTest
class WorkerJourneyBrowserTest {

    private static final String COMMUNITY = "350799001001";

    @TestHTTPResource("/")
    URL root;

    @Test
    void aWorkerKeepsAFileAndSeesAClaimThrough() {
        TestUser worker = TestUsers.worker(COMMUNITY);
        try (BrowserContext browser = Browsers.context("zh-CN", 360, true)) {
            Page page = browser.newPage();
            Browsers.signIn(page, root.toString(), worker.username(), TestUser.PASSWORD);
            assertThat(page.locator("h1")).hasText("工作台");
            Browsers.assertAccessible(page);

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("我负责的家庭档案").setExact(true)).first()
                    .click();
            assertThat(page.locator("h1")).hasText("我负责的家庭档案");
            Browsers.assertAccessible(page);
            Browsers.screenshot(page, "worker-households-360");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("新建家庭档案")).click();
            page.getByLabel("详细地址").fill("8栋1单元302室");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存")).click();
            assertThat(page.locator(".error-summary")).isVisible();
            assertThat(page.locator("#headName")).hasAttribute("aria-invalid", "true");
            Browsers.assertAccessible(page);
            page.getByLabel("姓名", new Page.GetByLabelOptions().setExact(true)).fill("郑秋菊");
            page.getByLabel("出生日期", new Page.GetByLabelOptions().setExact(true)).fill("1984-10-10");
            page.getByLabel("电话", new Page.GetByLabelOptions().setExact(true)).fill("13905998888");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存")).click();
            assertThat(page.locator(".notice.ok")).isVisible();
            assertThat(page.locator("h1")).containsText("8栋1单元302室");

            page.locator("summary", new Page.LocatorOptions().setHasText("添加成员")).click();
            page.locator("#member-name").fill("郑小满");
            page.locator("#member-relation").selectOption("CHILD");
            page.locator("#member-birthDate").fill("2017-06-01");
            page.locator("form[action$='/members'] button[type=submit]").click();
            assertThat(page.locator(".members .card h3", new Page.LocatorOptions().setHasText("郑小满"))).isVisible();

            page.locator("summary", new Page.LocatorOptions().setHasText("代家庭发布需求")).click();
            page.getByLabel("孩子学习").check();
            page.locator("#need-description").fill("孩子二年级，需要每周辅导语文和数学");
            page.locator("form[action$='/needs'] button[type=submit]").click();
            assertThat(page.locator(".card h3", new Page.LocatorOptions().setHasText("课业辅导与家庭教育"))).isVisible();
            page.locator("input[name=reason]").first().fill("社区暂无合适的辅导老师");
            // One step up by default; the levels are explained beside the choice.
            assertThat(page.locator("select[name=to]").first()).hasValue("STREET");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("上报").setExact(true)).first().click();
            assertThat(page.locator(".card .tag", new Page.LocatorOptions().setHasText("可见范围: 街道"))).isVisible();
            Browsers.assertAccessible(page);
            Browsers.screenshot(page, "worker-household-file-360");

            // The family's benefits: an application, then the grant with its amount and re-check date.
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("救助与补贴")).click();
            page.locator("summary", new Page.LocatorOptions().setHasText("登记救助待遇")).click();
            page.locator("#benefit-kind").selectOption("MINIMUM_LIVING");
            page.locator("#benefit-appliedOn").fill("2026-11-02");
            page.locator("form[action$='/benefits'] button[type=submit]").click();
            assertThat(page.locator(".notice.ok")).isVisible();
            page.locator("summary", new Page.LocatorOptions().setHasText("修改")).click();
            page.locator("select[id$=-status]").first().selectOption("GRANTED");
            page.locator("input[id$=-monthlyAmount]").first().fill("680");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存修改")).click();
            // The decision date is missing: the form says so beside the field and keeps the amount typed.
            assertThat(page.locator("input[id$=-decidedOn][aria-invalid=true]")).isVisible();
            assertThat(page.locator("input[id$=-monthlyAmount]").first()).hasValue("680");
            Browsers.assertAccessible(page);
            page.locator("input[id$=-decidedOn]").first().fill("2026-11-30");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存修改")).click();
            assertThat(page.locator(".card .meta", new Page.LocatorOptions().setHasText("每月 680 元"))).isVisible();
            Browsers.assertAccessible(page);
        }
    }

    @Test
    void aWorkerAcceptsAClaimAndConfirmsTheServiceAt1280() {
        TestUser worker = TestUsers.worker(COMMUNITY);
        long household = TestHouseholds.open(COMMUNITY + "001");
        long need = TestHouseholds.postNeed(household, "TUTORING", "HIGH");
        TestNeeds.openToPublic(need);
        TestUser volunteer = TestUsers.volunteer(COMMUNITY + "001", "TUTORING");
        long claim = volunteer.request().contentType(ContentType.JSON).body(TestNeeds.claimBody())
                .post("/api/needs/" + need + "/claims").then().statusCode(201).extract().jsonPath().getLong("id");

        try (BrowserContext browser = Browsers.context("en-GB", 1280, true)) {
            Page page = browser.newPage();
            Browsers.signIn(page, root.toString(), worker.username(), TestUser.PASSWORD);
            var card = page.locator(".card", new Page.LocatorOptions().setHas(page.locator("a[href='/worker/households/"
                    + household + "']")));
            assertThat(card.first()).containsText("Tutoring");
            Browsers.screenshot(page, "worker-home-1280");
            card.first().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                    .setName("Accept the claim")).click();
            assertThat(page.locator(".notice.ok")).containsText("Claim accepted");
            Browsers.assertAccessible(page);
        }
        volunteer.request().contentType(ContentType.JSON)
                .body(Map.of("servedOn", LocalDate.now().toString(), "hours", 2, "personTimes", 1))
                .post("/api/claims/" + claim + "/services").then().statusCode(201);
        try (BrowserContext browser = Browsers.context("zh-CN", 1280, true)) {
            Page page = browser.newPage();
            Browsers.signIn(page, root.toString(), worker.username(), TestUser.PASSWORD);
            var form = page.locator("form[action='/worker/claims/" + claim + "/confirmation']");
            form.getByLabel("5 星").check();
            form.getByRole(AriaRole.BUTTON).click();
            assertThat(page.locator(".notice.ok")).containsText("已确认");
        }
        given().get("/api/claims/" + claim).then().statusCode(200)
                .body("status", equalTo("CONFIRMED")).body("satisfaction", equalTo(5));
    }

    @Test
    void aWorkerMustSayWhyTheyDeclineAClaim() {
        TestUser worker = TestUsers.worker(COMMUNITY);
        long need = TestNeeds.publicNeed(COMMUNITY + "001", "TUTORING", "NORMAL", TestNeeds.marker());
        TestUser volunteer = TestUsers.volunteer(COMMUNITY + "001", "TUTORING");
        long claim = volunteer.request().contentType(ContentType.JSON).body(TestNeeds.claimBody())
                .post("/api/needs/" + need + "/claims").then().statusCode(201).extract().jsonPath().getLong("id");

        try (BrowserContext browser = Browsers.context("zh-CN", 360, true)) {
            Page page = browser.newPage();
            Browsers.signIn(page, root.toString(), worker.username(), TestUser.PASSWORD);
            var form = page.locator("form[action='/worker/claims/" + claim + "/decline']");
            form.getByRole(AriaRole.BUTTON).click();
            assertThat(page.locator(".error-summary")).containsText("请填写婉拒原因");
            assertThat(page.locator("#decline-" + claim + "-reason")).hasAttribute("aria-invalid", "true");
            Browsers.assertAccessible(page);
            page.locator("#decline-" + claim + "-reason").fill("家庭已找到亲戚帮忙");
            page.locator("form[action='/worker/claims/" + claim + "/decline'] button").click();
            assertThat(page.locator(".notice.ok")).containsText("已婉拒");
            Browsers.screenshots(page, "worker-home");
            Browsers.assertLight(browser, root + "worker");
        }
        given().get("/api/claims/" + claim).then().statusCode(200)
                .body("status", equalTo("DECLINED")).body("declineReason", equalTo("家庭已找到亲戚帮忙"));
    }
}
