package org.tongxing.web.pages;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

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
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** Two volunteers open the same need; the one who submits second is told kindly that someone was quicker. */
@QuarkusTest
class ClaimConflictBrowserTest {

    @TestHTTPResource("/")
    URL root;

    @Test
    void theSecondClaimantSeesTheFriendlyConflictPage() {
        TestAreas areas = TestAreas.create();
        long need = TestNeeds.publicNeed(areas.compound, "TUTORING", "CRITICAL", TestNeeds.marker());
        TestUser first = TestUsers.volunteer(areas.compound, "TUTORING");
        TestUser second = TestUsers.volunteer(areas.compound, "TUTORING");

        try (BrowserContext one = Browsers.context("zh-CN", 360, true);
                BrowserContext two = Browsers.context("zh-CN", 1280, true)) {
            Page quick = open(one, first, need);
            Page slow = open(two, second, need);

            quick.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交认领")).click();
            assertThat(quick.locator(".notice.ok")).containsText("认领已提交");

            Response answer = slow.waitForNavigation(
                    () -> slow.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交认领")).click());
            assertThat(answer.status()).isEqualTo(409);
            assertThat(answer.headerValue("content-type")).startsWith("text/html");
            assertThat(slow.locator("h1")).hasText("别人先认领了");
            assertThat(slow.locator("[data-problem=claim-conflict]")).containsText("有人比您先一步认领了这项需求");
            assertThat(slow.locator("main")).not().containsText("problem");
            Browsers.assertAccessible(slow);
            Browsers.screenshots(slow, "error-409");
            slow.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("看看其他需求")).click();
            assertThat(slow.locator("h1")).hasText("需求认领大厅");
        }
    }

    private Page open(BrowserContext browser, TestUser volunteer, long need) {
        Page page = browser.newPage();
        Browsers.signIn(page, root.toString(), volunteer.username(), TestUser.PASSWORD);
        page.navigate(root + "board/needs/" + need);
        page.getByLabel("您打算怎样帮助？").fill("每周两次陪伴学习，周三和周六");
        page.getByLabel("承诺完成日期").fill(LocalDate.now().plusDays(10).toString());
        return page;
    }
}
