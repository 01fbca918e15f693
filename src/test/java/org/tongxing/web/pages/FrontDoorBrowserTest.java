package org.tongxing.web.pages;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.net.URL;
import java.util.regex.Pattern;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.tongxing.support.Browsers;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** The welcome page, sign-in, language choice and error pages, in a real browser. */
@QuarkusTest
class FrontDoorBrowserTest {

    @TestHTTPResource("/")
    URL root;

    @Test
    void theLanguageFollowsTheBrowserAndAnExplicitChoiceIsRemembered() {
        for (String tag : new String[] {"zh-Hans-CN", "zh-CN"}) {
            try (BrowserContext browser = Browsers.context(tag, 1280, true)) {
                Page page = browser.newPage();
                page.navigate(root.toString());
                assertThat(page.locator("html")).hasAttribute("lang", "zh-CN");
                assertThat(page.locator("h1")).hasText("在一起，帮一把。");
            }
        }
        try (BrowserContext browser = Browsers.context("en-GB", 360, true)) {
            Page page = browser.newPage();
            page.navigate(root.toString());
            assertThat(page.locator("h1")).hasText("Walking together.");
            Browsers.assertAccessible(page);
            page.getByText("中文").click();
            assertThat(page.locator("h1")).hasText("在一起，帮一把。");
            page.navigate(root + "login");
            assertThat(page.locator("h1")).hasText("登录");
        }
    }

    @Test
    void aWrongPasswordIsExplainedNextToTheFieldAndTheRightOneSignsIn() {
        try (BrowserContext browser = Browsers.context("zh-CN", 360, true)) {
            Page page = browser.newPage();
            page.navigate(root + "login");
            Browsers.assertAccessible(page);
            page.getByLabel("用户名").fill("worker");
            page.getByLabel("密码").fill("not-the-password");
            page.getByRole(AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("登录")).click();
            assertThat(page.locator(".error-summary")).containsText("用户名或密码不正确");
            assertThat(page.getByLabel("密码")).hasAttribute("aria-invalid", "true");
            Browsers.assertAccessible(page);
            page.getByLabel("密码").fill("Tongxing-demo-2026");
            page.getByRole(AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("登录")).click();
            assertThat(page).hasURL(root + "worker");
        }
    }

    @Test
    void unknownPagesAndForbiddenOnesGetAFriendlyPageInTheReadersLanguage() {
        try (BrowserContext browser = Browsers.context("en-GB", 1280, true)) {
            Page page = browser.newPage();
            var response = page.navigate(root + "no/such/page");
            Assertions.assertThat(response.status()).isEqualTo(404);
            assertThat(page.locator("h1")).hasText("Page not found");
            Browsers.assertAccessible(page);
            Browsers.screenshot(page, "error-404-1280");
            page.navigate(root + "worker");
            assertThat(page).hasURL(Pattern.compile(".*/login\\?next=%2Fworker$"));

            response = page.navigate(root + "test-support/failing-page");
            Assertions.assertThat(response.status()).isEqualTo(500);
            assertThat(page.locator("h1")).hasText("Something went wrong");
            Browsers.assertAccessible(page);
            Browsers.screenshot(page, "error-500-1280");

            Browsers.signIn(page, root.toString(), "volunteer", "Tongxing-demo-2026");
            response = page.navigate(root + "admin/users");
            Assertions.assertThat(response.status()).isEqualTo(403);
            assertThat(page.locator("h1")).hasText("Not allowed");
            Browsers.assertAccessible(page);
            Browsers.screenshot(page, "error-403-1280");
        }
    }
}
