package org.tongxing.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.options.LoadState;

/**
 * Debian's Chromium, driven by Playwright, shared by all browser tests of a run. Also checks pages with
 * axe-core (vendored from npm under src/test/resources/axe) and writes screenshots under target/screenshots.
 */
public final class Browsers {

    public static final String CHROMIUM = "/usr/bin/chromium";
    private static Playwright playwright;
    private static Browser browser;
    private static String axe;
    private static boolean weighed;

    private Browsers() {
    }

    public static synchronized Browser chromium() {
        if (browser == null) {
            assertThat(Path.of(CHROMIUM)).as("Debian's chromium (installed by .ci/run: apt-get install chromium)")
                    .exists();
            playwright = Playwright.create();
            browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(Paths.get(CHROMIUM)).setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                            "--disable-component-update", "--no-first-run", "--disable-quic", "--disable-sync")));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> playwright.close()));
        }
        return browser;
    }

    /** A fresh browser profile: language, screen width, and whether JavaScript runs. */
    public static BrowserContext context(String locale, int width, boolean javaScript) {
        return chromium().newContext(new Browser.NewContextOptions().setLocale(locale).setViewportSize(width, 900)
                .setJavaScriptEnabled(javaScript).setExtraHTTPHeaders(Map.of("Accept-Language", locale)));
    }

    /** Runs axe-core on the page and fails on any serious or critical violation, naming them. */
    public static void assertAccessible(Page page) {
        boolean js = Boolean.TRUE.equals(page.evaluate("() => true"));
        assertThat(js).isTrue();
        page.evaluate(axeSource());
        Object violations = page.evaluate("async () => (await axe.run(document, { resultTypes: ['violations'] }))"
                + ".violations.filter(v => v.impact === 'serious' || v.impact === 'critical')"
                + ".map(v => v.id + ' (' + v.impact + '): ' + v.nodes.map(n => n.target.join(' ')).join(', '))");
        assertThat((List<?>) violations).as("axe violations on " + page.url()).isEmpty();
    }

    /** Signs in through the login form, as a person would. */
    public static void signIn(Page page, String root, String username, String password) {
        page.navigate(root + "login");
        page.locator("#username").fill(username);
        page.locator("#password").fill(password);
        page.locator("form[action='/login'] button[type=submit]").click();
        page.waitForLoadState();
    }

    public static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "screenshots", name + ".png"))
                .setFullPage(true));
    }

    /** What a reader sees before scrolling (the viewport only), as used for the pictures in the README. */
    public static void firstScreen(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "screenshots", name + ".png")));
    }

    /** The page at a phone's width (360 px) and a desktop's (1280 px): {@code name-360.png}, {@code name-1280.png}. */
    public static void screenshots(Page page, String name) {
        var size = page.viewportSize();
        for (int width : new int[] {360, 1280}) {
            page.setViewportSize(width, 900);
            screenshot(page, name + "-" + width);
        }
        page.setViewportSize(size.width, size.height);
    }

    /**
     * Everything a first visit to the page transfers (document, styles, scripts, icons; headers included), loaded
     * in a fresh profile with an empty cache but the given profile's cookies, so a signed-in page is weighed as
     * its reader gets it. Each weight is also appended to target/page-weights.txt.
     */
    public static long weigh(BrowserContext signedIn, String url) {
        try (BrowserContext fresh = chromium().newContext(new Browser.NewContextOptions()
                .setStorageState(signedIn.storageState()).setViewportSize(360, 900))) {
            Page page = fresh.newPage();
            List<Request> requests = new ArrayList<>();
            page.onRequestFinished(requests::add);
            page.navigate(url);
            page.waitForLoadState(LoadState.NETWORKIDLE);
            long bytes = requests.stream().mapToLong(r -> r.sizes().responseBodySize + r.sizes().responseHeadersSize)
                    .sum();
            record(url, bytes, requests.size());
            return bytes;
        }
    }

    /** Fails when a first visit to the page transfers 150 KB or more. */
    public static void assertLight(BrowserContext signedIn, String url) {
        assertThat(weigh(signedIn, url)).as("bytes transferred for " + url).isLessThan(150 * 1024);
    }

    private static synchronized void record(String url, long bytes, int requests) {
        try {
            Files.createDirectories(Path.of("target"));
            if (!weighed) {
                Files.deleteIfExists(Path.of("target", "page-weights.txt"));
                weighed = true;
            }
            Files.writeString(Path.of("target", "page-weights.txt"),
                    String.format("%7d bytes %2d requests  %s%n", bytes,
                            requests, url.replaceFirst("^https?://[^/]+", "")),
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized String axeSource() {
        if (axe == null) {
            try (InputStream in = Browsers.class.getResourceAsStream("/axe/axe.min.js")) {
                axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return axe;
    }
}
