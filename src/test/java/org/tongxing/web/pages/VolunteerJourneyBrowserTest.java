package org.tongxing.web.pages;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.tongxing.matching.MatchingWorld;
import org.tongxing.matching.Runs;
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
 * A volunteer on a phone: finds needs on the board (filters that answer without a reload), opens one in its
 * masked form, claims it after a mistake, follows it in "my commitments", sees the contact once accepted,
 * logs a service, gives the claim up, and widens their skills so that another need becomes claimable. And a
 * volunteer whom a cadre's matching paired with a child and seated in a 1+3+1 group finds both there.
 */
@QuarkusTest
class VolunteerJourneyBrowserTest {

    @TestHTTPResource("/")
    URL root;

    @Test
    void aVolunteerFindsClaimsServesAndReleasesANeed() {
        TestAreas areas = TestAreas.create();
        String marker = TestNeeds.marker();
        long tutoring = TestNeeds.publicNeed(areas.compound, "TUTORING", "HIGH", marker);
        long legal = TestNeeds.publicNeed(areas.compound, "LEGAL_AID", "LOW", marker);
        TestUser worker = TestUsers.worker(areas.community);
        TestUser volunteer = TestUsers.volunteer(areas.compound, "TUTORING");

        try (BrowserContext browser = Browsers.context("zh-CN", 360, true)) {
            Page page = browser.newPage();
            Browsers.signIn(page, root.toString(), volunteer.username(), TestUser.PASSWORD);
            assertThat(page).hasURL(root + "board");
            assertThat(page.locator("h1")).hasText("需求认领大厅");
            Browsers.assertAccessible(page);

            // Filtering runs in place: the page is not reloaded, yet the address keeps the filter for sharing.
            page.evaluate("() => window.notReloaded = true");
            page.getByLabel("关键词").fill(marker);
            // By default a volunteer sees only what they can claim; unticking shows the rest, with the reason.
            assertThat(page.locator("#board-list .card")).hasCount(1);
            page.getByLabel("只看我能认领的").uncheck();
            assertThat(page.locator("#board-list .card")).hasCount(2);
            assertThat(page).hasURL(Pattern.compile(".*q=.*"));
            assertThat(page.locator("#board-list")).not().containsText("林秀梅");
            assertThat(page.locator("#board-list")).not().containsText("13905990001");
            assertThat(page.locator(".card", new Page.LocatorOptions().setHasText("法律援助")))
                    .containsText("不在您登记的技能范围内");
            page.locator("summary", new Page.LocatorOptions().setHasText("更多筛选条件")).click();
            page.getByLabel("类别").selectOption("TUTORING");
            assertThat(page.locator("#board-list .card")).hasCount(1);
            assertThat((Boolean) page.evaluate("() => window.notReloaded === true")).isTrue();
            Browsers.assertAccessible(page);
            Browsers.screenshots(page, "board");

            page.locator("#board-list .card a").first().click();
            assertThat(page).hasURL(root + "board/needs/" + tutoring);
            assertThat(page.locator(".notice").first()).containsText("认领被接受之前不显示姓名");
            assertThat(page.locator("main")).not().containsText("林秀梅");
            assertThat(page.locator("main")).containsText("***");
            Browsers.assertAccessible(page);
            Browsers.screenshots(page, "need");

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交认领")).click();
            assertThat(page.locator(".error-summary")).isVisible();
            assertThat(page.locator("#plan")).hasAttribute("aria-invalid", "true");
            Browsers.assertAccessible(page);
            page.getByLabel("您打算怎样帮助？").fill("每周六上午上门辅导数学两小时");
            page.getByLabel("承诺完成日期").fill(LocalDate.now().plusDays(20).toString());
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交认领")).click();
            assertThat(page.locator(".notice.ok")).containsText("认领已提交");
            assertThat(page.locator("main")).containsText("待审核");
            long claim = Long.parseLong(page.url().replaceAll(".*/me/claims/(\\d+).*", "$1"));

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("我的承诺")).first().click();
            assertThat(page.locator("#waiting + ul")).containsText("课业辅导与家庭教育");
            Browsers.assertAccessible(page);
            Browsers.screenshots(page, "commitments");

            long version = worker.request().get("/api/claims/" + claim).jsonPath().getLong("version");
            worker.request().contentType(ContentType.JSON).body(Map.of("version", version))
                    .post("/api/claims/" + claim + "/acceptance").then().statusCode(200);

            page.navigate(root + "me/claims/" + claim);
            assertThat(page.locator("main")).containsText("已接受");
            assertThat(page.locator("main")).containsText("林秀梅");
            page.getByLabel("时长（小时）").fill("2");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存服务记录")).click();
            assertThat(page.locator(".notice.ok")).containsText("服务已记录");
            assertThat(page.locator("#services + ul")).containsText("2 小时 · 1 人次");
            Browsers.assertAccessible(page);

            page.locator("summary", new Page.LocatorOptions().setHasText("放弃认领")).click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("放弃认领")).click();
            assertThat(page.locator("#release-reason")).hasAttribute("aria-invalid", "true");
            page.getByLabel("放弃原因（社工会看到）").fill("工作调动，无法继续");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("放弃认领")).click();
            assertThat(page.locator(".notice.ok")).containsText("已放弃");
            given().get("/api/claims/" + claim).then().statusCode(200);
            assertThat(given().get("/api/claims/" + claim).jsonPath().getString("status")).isEqualTo("RELEASED");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("我的资料")).click();
            page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("我能帮助的方面")).getByLabel("法律援助")
                    .check();
            page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("更愿意做的")).getByLabel("法律援助")
                    .check();
            page.getByLabel("本街道").check();
            page.locator("fieldset.day", new Page.LocatorOptions().setHasText("星期日")).getByLabel("上午").check();
            page.getByLabel("同时最多承担几项帮扶").fill("3");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存")).click();
            assertThat(page.locator(".notice.ok")).containsText("已保存");
            Browsers.assertAccessible(page);
            Browsers.screenshots(page, "profile");
            var saved = volunteer.request().get("/api/volunteers/" + volunteer.volunteerId()).jsonPath();
            assertThat(saved.getList("skills")).containsExactlyInAnyOrder("TUTORING", "LEGAL_AID");
            assertThat(saved.getList("availability")).contains("SUNDAY_MORNING", "SATURDAY_MORNING");
            assertThat(saved.getInt("capacity")).isEqualTo(3);
            assertThat(saved.getList("preferredCategories")).containsExactly("LEGAL_AID");
            assertThat(saved.getString("travelRange")).isEqualTo("STREET");

            page.navigate(root + "board/needs/" + legal);
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交认领"))).isVisible();

            Browsers.assertLight(browser, root + "board?q=" + marker);
            Browsers.assertLight(browser, root + "board/needs/" + legal);
            Browsers.assertLight(browser, root + "me/commitments");
            Browsers.assertLight(browser, root + "me/profile");

            // Category cards in English on a wide screen: long words wrap inside their card (they overflowed).
            page.setViewportSize(1280, 800);
            page.navigate(root + "ui/language/en?next=/me/profile");
            assertThat(page.locator("html")).hasAttribute("lang", "en");
            Object overflowing = page.evaluate("[...document.querySelectorAll('.categories li')].filter(li =>"
                    + " li.scrollWidth > li.clientWidth + 1 || li.getBoundingClientRect().right"
                    + " > li.parentElement.getBoundingClientRect().right + 1).map(li => li.textContent.trim())");
            assertThat((List<?>) overflowing).as("category cards wider than their place").isEmpty();
        }
    }

    @Test
    void aVolunteerFindsTheirLongTermPairAndGroupSeatAmongTheirCommitments() {
        MatchingWorld world = new MatchingWorld();
        given().contentType(ContentType.JSON).body(Map.of("name", "小组干部", "gender", "FEMALE", "unit", "街道妇联",
                "areaCode", world.areas.street, "capacity", 3)).post("/api/cadres").then().statusCode(201);
        TestUser volunteer = TestUsers.volunteer(world.areas.compound, "TUTORING", "COMPANIONSHIP");
        world.longTermNeed(world.household(), "TUTORING");
        acceptEverything(world, "PAIRS");
        TestHouseholds.postNeed(world.household(), "COMPANIONSHIP", "NORMAL");
        world.volunteer(world.areas.compound, "COMPANIONSHIP", 1);
        world.volunteer(world.areas.compound, "COMPANIONSHIP", 1);
        acceptEverything(world, "GROUPS");
        volunteer.request().get("/api/me/commitments").then().statusCode(200)
                .body("pairs.size()", org.hamcrest.Matchers.equalTo(1))
                .body("groups.size()", org.hamcrest.Matchers.equalTo(1));

        try (BrowserContext browser = Browsers.context("zh-CN", 360, true)) {
            Page page = browser.newPage();
            Browsers.signIn(page, root.toString(), volunteer.username(), TestUser.PASSWORD);
            page.navigate(root + "me/commitments");
            assertThat(page.locator("#pairs + p + ul .card")).hasCount(1);
            assertThat(page.locator("#pairs + p + ul")).containsText("课业辅导与家庭教育");
            assertThat(page.locator("#pairs + p + ul")).containsText("单亲母亲家庭");
            assertThat(page.locator("#groups + p + ul")).containsText("小组干部");
            assertThat(page.locator("#groups + p + ul")).containsText("3/3 位");
            assertThat(page.locator("#groups + p + ul")).containsText("陪伴关怀");
            assertThat(page.locator("main")).not().containsText("林秀梅");
            Browsers.assertAccessible(page);
            Browsers.screenshots(page, "commitments-long-term");

            // Ending the pair through its form: first without a reason, then with one.
            page.locator("#pairs + p + ul summary").click();
            page.locator("#pairs + p + ul button.danger").click();
            assertThat(page.locator("#error-summary")).containsText("请写明原因。");
            Browsers.assertAccessible(page);
            page.locator("#error-summary a").click();
            page.locator("#pairs + p + ul input[name=reason]").fill("工作调动，无法继续");
            page.locator("#pairs + p + ul button.danger").click();
            assertThat(page).hasURL(Pattern.compile(".*/me/commitments\\?done=pair-ended"));
            assertThat(page.locator("p.notice.ok")).containsText("结对已结束");
            assertThat(page.locator("#pairs")).hasCount(0);
            Browsers.assertAccessible(page);
        }
    }

    /** Runs the cadre's matching of the kind over the world's street and accepts every proposal. */
    private static void acceptEverything(MatchingWorld world, String kind) {
        long run = Runs.start(world.cadre, kind, world.areas.street, 3);
        assertThat(Runs.awaitEnd(world.cadre, run, Duration.ofSeconds(90)).getString("status")).isEqualTo("COMPLETED");
        world.cadre.request().contentType(ContentType.JSON).post("/api/matching/runs/" + run + "/acceptance")
                .then().statusCode(200).body("failed.size()", org.hamcrest.Matchers.equalTo(0));
    }
}
