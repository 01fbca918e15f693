package org.tongxing.web.pages;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.tongxing.support.Browsers;
import org.tongxing.support.TestAreas;
import org.tongxing.support.TestHouseholds;
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
 * The administrator's round: a new account (after two mistakes), disabled and enabled again, a new password
 * that its owner must replace at once, a sign-out everywhere; then vetting, and the disclosure log.
 */
@QuarkusTest
class AdminJourneyBrowserTest {

    private static final String FIRST_PASSWORD = "Harbour-lantern-quiet-42";
    private static final String OWN_PASSWORD = "Willow-river-morning-77";

    @TestHTTPResource("/")
    URL root;

    @Test
    void anAdministratorManagesAnAccountFromCreationToSignOut() {
        TestAreas areas = TestAreas.create();
        TestUser admin = TestUsers.admin();
        String username = "ui-worker-" + System.nanoTime() % 1_000_000;

        try (BrowserContext browser = Browsers.context("en-GB", 1280, true);
                BrowserContext owner = Browsers.context("en-GB", 360, true)) {
            Page page = browser.newPage();
            Browsers.signIn(page, root.toString(), admin.username(), TestUser.PASSWORD);
            assertThat(page.locator("h1")).hasText("Administration");
            Browsers.assertAccessible(page);

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Users").setExact(true)).first().click();
            page.getByLabel("Role").selectOption("WORKER");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filter")).click();
            assertThat(page).hasURL(Pattern.compile(".*role=WORKER.*"));
            Browsers.assertAccessible(page);
            Browsers.screenshots(page, "admin-users");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New account")).click();
            page.getByLabel("Username", new Page.GetByLabelOptions().setExact(true)).fill("no spaces!");
            page.getByLabel("Display name").fill("东门社区新社工");
            page.getByLabel("First password").fill("short");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create the account")).click();
            assertThat(page.locator(".error-summary")).containsText("A username is 3 to 50 letters");
            Browsers.assertAccessible(page);
            page.getByLabel("Username", new Page.GetByLabelOptions().setExact(true)).fill(username);
            page.getByLabel("Role").selectOption("WORKER");
            page.getByLabel("First password").fill(FIRST_PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create the account")).click();
            assertThat(page.locator(".error-summary")).containsText("This role needs this field");
            page.getByLabel("Area code").fill(areas.community);
            page.getByLabel("First password").fill(FIRST_PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create the account")).click();
            assertThat(page.locator(".notice.ok")).hasText("Account created.");
            String account = page.url().replaceAll(".*/admin/users/(\\d+).*", "$1");
            given().get("/api/users/" + account).then().body("role", equalTo("WORKER"))
                    .body("areaCode", equalTo(areas.community));
            // The account page in English fits a phone: it was 464 px wide at 360.
            page.setViewportSize(360, 800);
            page.reload();
            int width = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
            assertTrue(width <= 360, () -> "/admin/users/{id} is " + width + " px wide at 360, past the edge: "
                    + page.evaluate("[...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect()"
                            + ".right > 361).slice(0, 8).map(e => e.tagName + '.' + e.className + ' '"
                            + " + Math.round(e.getBoundingClientRect().right)).join(', ')"));
            page.setViewportSize(1280, 800);

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Disable the account")).click();
            assertThat(page.locator(".notice.ok")).containsText("Account disabled");
            given().get("/api/users/" + account).then().body("enabled", equalTo(false));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enable the account again")).click();
            assertThat(page.locator(".notice.ok")).containsText("Account enabled");

            page.getByLabel("New password").fill("password");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set the new password")).click();
            assertThat(page.locator("#newPassword")).hasAttribute("aria-invalid", "true");
            Browsers.assertAccessible(page);
            page.getByLabel("New password").fill(FIRST_PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set the new password")).click();
            assertThat(page.locator(".notice.ok")).containsText("must change it at the next sign-in");
            Browsers.screenshots(page, "admin-account");

            // The owner, with the one-time password, is sent to choose their own before anything else.
            Page mine = owner.newPage();
            Browsers.signIn(mine, root.toString(), username, FIRST_PASSWORD);
            assertThat(mine).hasURL(root + "me/password");
            assertThat(mine.locator(".notice.warn")).containsText("choose a new password");
            Browsers.assertAccessible(mine);
            mine.getByLabel("Current password").fill(FIRST_PASSWORD);
            mine.getByLabel("New password").fill(OWN_PASSWORD);
            mine.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
            assertThat(mine.locator(".notice.ok")).containsText("Your password has been changed");
            Browsers.signIn(mine, root.toString(), username, OWN_PASSWORD);
            assertThat(mine).hasURL(root + "worker");

            page.reload();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out on every device")).click();
            assertThat(page.locator(".notice.ok")).containsText("signed out on every device");
            mine.navigate(root + "worker/households");
            assertThat(mine).hasURL(Pattern.compile(".*/login\\?next=.*"));
        }
    }

    @Test
    void anAdministratorVetsAndReadsTheDisclosureLog() {
        TestAreas areas = TestAreas.create();
        TestUser admin = TestUsers.admin();
        String volunteerName = "待审志愿者" + System.nanoTime() % 100_000;
        long volunteer = given().contentType(ContentType.JSON).body(Map.of("name", volunteerName, "gender", "MALE",
                "areaCode", areas.compound, "skills", List.of("TUTORING"), "languages", List.of("zh"),
                "availability", List.of("FRIDAY_EVENING"), "capacity", 1)).post("/api/volunteers")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        String organisationName = "待审机构" + System.nanoTime() % 100_000;
        long organisation = given().contentType(ContentType.JSON)
                .body(Map.of("name", organisationName, "kind", "CHARITY",
                        "areaCode", areas.district, "serviceCategories", List.of("DAILY_LIVING")))
                .post("/api/organisations")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        long household = TestHouseholds.open(areas.compound);

        try (BrowserContext browser = Browsers.context("zh-CN", 1280, true)) {
            Page page = browser.newPage();
            Browsers.signIn(page, root.toString(), admin.username(), TestUser.PASSWORD);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("审核").setExact(true)).first().click();
            Browsers.assertAccessible(page);
            Browsers.screenshots(page, "admin-vetting");
            card(page, volunteerName)
                    .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("通过").setExact(true)).click();
            assertThat(page.locator(".notice.ok")).isVisible();
            assertThat(card(page, volunteerName)).hasCount(0);
            card(page, organisationName).locator("summary", new Locator.LocatorOptions().setHasText("不通过或暂停"))
                    .click();
            card(page, organisationName).getByLabel("原因").fill("统一社会信用代码与登记证书不符，请补充登记证书复印件。");
            card(page, organisationName).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("不通过"))
                    .click();
            assertThat(card(page, organisationName)).hasCount(0);
            given().get("/api/volunteers/" + volunteer).then().body("vettingStatus", equalTo("VETTED"));
            given().get("/api/organisations/" + organisation).then().body("vettingStatus", equalTo("REJECTED"))
                    .body("vettingNote", equalTo("统一社会信用代码与登记证书不符，请补充登记证书复印件。"));

            page.navigate(root + "worker/households/" + household);
            assertThat(page.locator("main")).containsText("林秀梅");
            page.navigate(root + "admin/disclosures");
            page.getByLabel("家庭档案编号").fill(String.valueOf(household));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("筛选")).click();
            var row = page.locator("tbody tr").first();
            assertThat(row).containsText(admin.username());
            assertThat(row).containsText("管理查看");
            assertThat(row).containsText("姓名、电话、身份证号");
            assertThat(page.locator("h1")).hasText("个人信息查看记录");
            assertThat(row).containsText("页面");
            Browsers.assertAccessible(page);
            Browsers.screenshots(page, "admin-disclosures");
            Browsers.assertLight(browser, root + "admin/vetting");
            Browsers.assertLight(browser, root + "admin/disclosures");
        }
    }

    private static Locator card(Page page, String name) {
        return page.locator(".card", new Page.LocatorOptions().setHas(page.locator("h3", new Page.LocatorOptions()
                .setHasText(name))));
    }
}
