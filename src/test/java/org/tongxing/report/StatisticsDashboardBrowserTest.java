package org.tongxing.report;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tongxing.support.Browsers;
import org.tongxing.support.TestAreas;
import org.tongxing.support.TestUser;
import org.tongxing.support.TestUsers;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A worker opens the statistics of their community: charts the server draws from the tables (and no
 * script or style blocked by the Content-Security-Policy), within the page-weight promise; without JavaScript the
 * same charts and tables, complete.
 */
@QuarkusTest
class StatisticsDashboardBrowserTest {

    @TestHTTPResource("/")
    URL root;

    @Test
    void aWorkerSeesChartsWithJavaScriptAndTheTablesWithout() {
        TestAreas area = TestAreas.create();
        Seeds.household(area.compound, "MARGINAL", "STABLE");
        Seeds.need(Seeds.household(area.compound, "MARGINAL", "INTENSIVE"), "TUTORING", "孩子需要每周两次数学辅导");
        TestUser worker = TestUsers.worker(area.community);

        try (BrowserContext browser = Browsers.context("zh-CN", 360, true)) {
            Page page = browser.newPage();
            List<String> problems = new ArrayList<>();
            page.onConsoleMessage(m -> {
                if (("error".equals(m.type()) || "warning".equals(m.type()))
                        && !m.text().startsWith("Failed to load")) {
                    problems.add(m.text());
                }
            });
            page.onPageError(problems::add);
            page.onResponse(r -> {
                if (r.status() >= 400 && !r.url().endsWith("/favicon.ico")) {
                    problems.add(r.status() + " " + r.url());
                }
            });
            Browsers.signIn(page, root.toString(), worker.username(), TestUser.PASSWORD);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("统计").setExact(true)).click();
            assertThat(page.locator("h1")).hasText("统计与导出");
            assertThat(page.locator("figure.chart svg[role=img]").first()).isVisible();
            assertThat(page.locator("figure.chart svg[role=img]")).hasCount(6);
            assertThat(page.locator("#table-households tr.total td").last()).hasText("2");
            Browsers.assertAccessible(page);
            Browsers.screenshot(page, "statistics-dashboard-360");
            assertThat(problems).as("console errors and CSP reports").isEmpty();
        }

        try (BrowserContext browser = Browsers.context("en-GB", 1280, true)) {
            Page page = browser.newPage();
            Browsers.signIn(page, root.toString(), worker.username(), TestUser.PASSWORD);
            page.navigate(root + "statistics");
            assertThat(page.locator("h1")).hasText("Statistics and exports");
            assertThat(page.locator("figure.chart svg[role=img]")).hasCount(6);
            // Charts are drawn by the server: no chart library to download, within the page-weight promise.
            Browsers.assertLight(browser, root + "statistics");
            assertThat(page.locator("#table-needs tr.total td").last()).hasText("1");
            Browsers.assertAccessible(page);
            Browsers.screenshot(page, "statistics-dashboard-1280");
        }

        try (BrowserContext browser = Browsers.context("zh-CN", 360, false)) {
            Page page = browser.newPage();
            Browsers.signIn(page, root.toString(), worker.username(), TestUser.PASSWORD);
            page.navigate(root + "statistics?from=2020-01-01");
            assertThat(page.locator("figure.chart svg[role=img]")).hasCount(6);
            assertThat(page.locator("table")).hasCount(9);
            assertThat(page.locator("#table-households tr", new Page.LocatorOptions().setHasText("低保边缘"))
                    .locator("td").last()).hasText("2");
            assertThat(page.locator("#scope")).containsText("2020年1月1日");
            Browsers.screenshot(page, "statistics-dashboard-no-js-360");

            page.locator("#from").fill("2026-02-01");
            page.locator("#to").fill("2026-01-01");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("查看统计")).click();
            assertThat(page.locator(".error-summary")).containsText("结束日期不能早于开始日期");
            assertThat(page.locator("#from")).hasAttribute("aria-invalid", "true");
        }
    }
}
