package org.tongxing.web.pages;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.net.URL;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tongxing.support.Browsers;
import org.tongxing.support.SignedInAsAdmin;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The demo accounts the README offers each land on their own start page over the demo district, and those
 * pages pass axe; the screenshots in docs/ are taken here, over realistic data.
 */
@QuarkusTest
class DemoAccountsBrowserTest {

    private static final Map<String, String> START = Map.of("admin", "admin", "worker", "worker",
            "volunteer", "board", "org", "board", "family", "family");

    @TestHTTPResource("/")
    URL root;

    @Test
    void everyDemoAccountLandsOnAnAccessibleStartPage() {
        START.forEach((username, start) -> {
            try (BrowserContext browser = Browsers.context("zh-CN", 360, true)) {
                Page page = browser.newPage();
                Browsers.signIn(page, root.toString(), username, SignedInAsAdmin.PASSWORD);
                assertThat(page).hasURL(root + start);
                assertThat(page.locator("h1")).isVisible();
                Browsers.assertAccessible(page);
                Browsers.screenshots(page, "demo-" + username);
                Browsers.firstScreen(page, "first-screen-" + username + "-360");
                Browsers.assertLight(browser, root + start);
            }
        });
    }

    @Test
    void aDemoNeedOpensFromTheBoardInItsMaskedForm() {
        try (BrowserContext browser = Browsers.context("zh-CN", 1280, true)) {
            Page page = browser.newPage();
            Browsers.signIn(page, root.toString(), "volunteer", SignedInAsAdmin.PASSWORD);
            var claimable = page.locator("#board-list .card:not(:has(.refusal)) a");
            (claimable.count() > 0 ? claimable : page.locator("#board-list .card a")).first().click();
            assertThat(page.locator(".notice").first()).containsText("认领被接受之前不显示姓名");
            Browsers.assertAccessible(page);
            Browsers.screenshots(page, "demo-need");
            Browsers.firstScreen(page, "first-screen-need-1280");
        }
    }
}
