package org.tongxing.web.pages;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.tongxing.common.ChinaTime;
import org.tongxing.matching.MatchingWorld;
import org.tongxing.matching.commitment.QuietAlerts;
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
 * The whole life of a pair through its pages, on phones (the volunteer's browser runs no JavaScript; axe needs it on
 * the family's and the cadre's, whose new pages it checks): a cadre pairs by hand (the API, as the
 * issue allows), the volunteer confirms the trial, the family consents on its helpers page and sees its helper, the
 * volunteer logs three contacts (one form sent empty first), a gap makes the pair quiet (the last contact moved back
 * in the database, the alert job run once), the cadre judges the mid-term review while the family rates it, makes
 * the pair formal, judges the final review with the family's rating entered for it, and ends it with a reason kind.
 * axe runs on every new page.
 */
@QuarkusTest
class CommitmentJourneyBrowserTest {

    @TestHTTPResource("/")
    URL root;

    @Inject
    QuietAlerts alerts;

    @Inject
    DataSource db;

    @Test
    void aPairLivesFromTrialThroughContactsQuietnessAndReviewsToItsEnd() {
        MatchingWorld world = new MatchingWorld();
        TestUser volunteer = TestUsers.volunteer(world.areas.compound, "TUTORING");
        long household = world.household();
        long need = world.longTermNeed(household, "TUTORING");
        TestUser family = TestUsers.family(household, world.areas.compound);
        long pair = world.cadre.request().contentType(ContentType.JSON)
                .body(Map.of("needId", need, "volunteerId", volunteer.volunteerId())).post("/api/matching/pairings")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        String volunteerName = given().get("/api/volunteers/" + volunteer.volunteerId()).jsonPath().getString("name");

        try (BrowserContext asVolunteer = Browsers.context("zh-CN", 360, false);
                BrowserContext asFamily = Browsers.context("zh-CN", 360, true);
                BrowserContext asCadre = Browsers.context("zh-CN", 360, true)) {
            Page v = signedIn(asVolunteer, volunteer);
            v.navigate(root + "me/commitments");
            v.getByLabel("允许家庭和小组成员看到我的电话").check();
            v.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("确认试结对")).click();
            assertThat(v.locator(".notice.ok")).containsText("您已确认试结对");

            // The family consents with its own account, then meets its helper
            Page f = signedIn(asFamily, family);
            f.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("结对帮扶")).click();
            assertThat(f.locator("h1")).hasText("帮助我们的人");
            assertThat(f.locator("main")).not().containsText(volunteerName);
            Browsers.assertAccessible(f);
            f.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("我同意")).click();
            assertThat(f.locator(".notice.ok")).containsText("您已同意");
            assertThat(f.locator("main")).containsText(volunteerName);
            assertThat(f.locator("main")).containsText("还没有联系记录");
            Browsers.assertAccessible(f);
            v.navigate(root + "me/commitments");
            v.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("家庭联系方式与交接信息")).click();
            assertThat(v.locator("main")).containsText("林秀梅");
            assertThat(v.locator("main")).containsText("课业辅导与家庭教育");
            try (BrowserContext withScript = Browsers.context("zh-CN", 360, true)) {
                Page handover = signedIn(withScript, volunteer);
                handover.navigate(root + "me/pairings/" + pair + "/handover");
                Browsers.assertAccessible(handover);
            }
            given().queryParam("householdId", household).get("/api/disclosures").then()
                    .body("items.purpose", org.hamcrest.Matchers.hasItem("COMMITMENT_HANDOVER"));

            // Three contacts; the first try is sent empty and shows each field's error
            v.navigate(root + "me/commitments");
            Locator card = v.locator("#pairs + p + ul .card");
            card.locator("summary", new Locator.LocatorOptions().setHasText("记录一次联系")).click();
            card.locator("form[action$='/contacts'] button[type=submit]").click();
            assertThat(v.locator("#error-summary")).isVisible();
            assertThat(v.locator("#c" + pair + "-hours")).hasAttribute("aria-invalid", "true");
            LocalDate today = ChinaTime.today();
            for (int daysAgo = 3; daysAgo >= 1; daysAgo--) {
                contact(v, pair, today.minusDays(daysAgo));
                assertThat(v.locator(".notice.ok")).containsText("联系记录已保存");
            }
            f.reload();
            assertThat(f.locator("main")).containsText("已联系 3 次");

            // A gap of 40 days: the alert job finds the pair quiet, and the cadre's list shows it first
            lastContact(pair, today.minusDays(40));
            assertThat(alerts.run(Instant.now()).quiet()).isPositive();
            assertThat(volunteer.request().get("/api/me/notifications").jsonPath().getString("items[0].kind"))
                    .isEqualTo("COMMITMENT_QUIET");
            Page c = signedIn(asCadre, world.cadre);
            c.navigate(root + "cadre/commitments");
            assertThat(c.locator(".card").first()).containsText("已第一次提醒");
            c.locator(".card").first().getByRole(AriaRole.LINK,
                    new Locator.GetByRoleOptions().setName(java.util.regex.Pattern.compile("查看、评估与结束"))).click();
            assertThat(c.locator("h1")).containsText("结对 #" + pair);
            assertThat(c.locator("#contacts + div table tbody tr")).hasCount(3);
            Browsers.assertAccessible(c);

            // Mid-term: the cadre's outcomes (first sent empty), the family's own rating
            Locator midterm = c.locator("section", new Page.LocatorOptions().setHasText("中期回访"));
            midterm.locator("summary", new Locator.LocatorOptions().setHasText("评估各方面的成效")).click();
            midterm.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("保存成效")).click();
            assertThat(c.locator("#error-summary")).containsText("请至少评估一个方面");
            Browsers.assertAccessible(c);
            c.locator("#error-summary a").first().click();
            c.locator("#outcome-MIDTERM-SCHOOLING").selectOption("SAME");
            c.locator("#outcome-MIDTERM-SCHOOLING").locator("xpath=ancestor::form")
                    .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("保存成效")).click();
            assertThat(c.locator(".notice.ok")).containsText("评估已保存");
            f.reload();
            Locator familyMidterm = f.locator("details", new Page.LocatorOptions().setHasText("中期回访"));
            familyMidterm.locator("summary").click();
            familyMidterm.getByLabel("5 星").check();
            familyMidterm.getByLabel("想说的话（可不填）").fill("孩子很喜欢这位老师");
            familyMidterm.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("提交评价")).click();
            assertThat(f.locator(".notice.ok")).containsText("谢谢您的评价");
            assertThat(f.locator("main")).containsText("您的评分：5 分");
            Browsers.assertAccessible(f);

            // Formal, then the final review with the family's rating entered for it, then the end
            c.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("转为正式结对")).click();
            assertThat(c.locator(".notice.ok")).containsText("已转为正式结对");
            Locator finalReview = c.locator("section", new Page.LocatorOptions().setHasText("终期回访"));
            finalReview.locator("summary", new Locator.LocatorOptions().setHasText("评估各方面的成效")).click();
            c.locator("#outcome-FINAL-SCHOOLING").selectOption("BETTER");
            c.locator("#outcome-FINAL-HEALTH").selectOption("SAME");
            c.locator("#outcome-FINAL-SCHOOLING").locator("xpath=ancestor::form")
                    .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("保存成效")).click();
            assertThat(c.locator(".notice.ok")).containsText("评估已保存");
            finalReview = c.locator("section", new Page.LocatorOptions().setHasText("终期回访"));
            finalReview.locator("summary", new Locator.LocatorOptions().setHasText("代家庭填写评分")).click();
            finalReview.getByLabel("4 星").check();
            finalReview.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("保存家庭评分")).click();
            assertThat(c.locator(".notice.ok")).containsText("评估已保存");
            assertThat(c.locator("section", new Page.LocatorOptions().setHasText("终期回访"))).containsText("变好");
            given().queryParam("area", world.areas.district).get("/api/statistics").then()
                    .body("pairings.reviewed", org.hamcrest.Matchers.equalTo(1))
                    .body("pairings.improved", org.hamcrest.Matchers.equalTo(1));

            c.getByLabel("结束的原因类别").selectOption("GOAL_REACHED");
            c.getByLabel("原因（志愿者会看到）").fill("一年陪伴期满，孩子已适应新学校");
            c.getByLabel("目标已达成，需求标记为已完成").check();
            c.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("结束结对")).click();
            assertThat(c.locator(".notice.ok")).containsText("结对已结束");
            assertThat(c.locator("main")).containsText("已结束");
            Browsers.assertAccessible(c);
            given().get("/api/needs/" + need).then().body("status", org.hamcrest.Matchers.equalTo("FULFILLED"));
            given().queryParam("householdId", household).get("/api/matching/conflicts").then()
                    .body("size()", org.hamcrest.Matchers.equalTo(0));

            c.navigate(root + "ui/language/en?next=/commitments/pairings/" + pair);
            assertThat(c.locator("h1")).containsText("Pair #" + pair);
            assertThat(c.locator("main")).containsText("Final review");
        }
    }

    private Page signedIn(BrowserContext context, TestUser user) {
        Page page = context.newPage();
        Browsers.signIn(page, root.toString(), user.username(), TestUser.PASSWORD);
        return page;
    }

    private static void contact(Page v, long pair, LocalDate on) {
        String p = "#c" + pair + "-";
        Locator details = v.locator("details:has(form[action='/me/pairings/" + pair + "/contacts'])");
        if (details.getAttribute("open") == null) {
            details.locator("summary").click();
        }
        v.locator(p + "contactedOn").fill(on.toString());
        v.locator(p + "hours").fill("1.5");
        v.locator(p + "participants").fill("志愿者，孩子");
        v.locator(p + "summary").fill("上门辅导数学作业");
        v.locator(p + "channel").selectOption("HOME_VISIT");
        v.locator(p + "dimension").selectOption("SCHOOLING");
        v.locator("form[action='/me/pairings/" + pair + "/contacts'] button[type=submit]").click();
    }

    private void lastContact(long pair, LocalDate on) {
        try (Connection connection = db.getConnection();
                PreparedStatement update = connection
                        .prepareStatement("update pairing set last_contact_on = ? where id = ?")) {
            update.setObject(1, on);
            update.setLong(2, pair);
            assertThat(update.executeUpdate()).isEqualTo(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
