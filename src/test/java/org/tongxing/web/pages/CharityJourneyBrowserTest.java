package org.tongxing.web.pages;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

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
import com.microsoft.playwright.options.AriaRole;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** A charity's member, in English at a desk: claims a need for the organisation and finds it with the colleagues. */
@QuarkusTest
class CharityJourneyBrowserTest {

    @TestHTTPResource("/")
    URL root;

    @Test
    void aCharityMemberClaimsForTheOrganisationAndSeesItsClaimsAndMembers() {
        TestAreas areas = TestAreas.create();
        String marker = TestNeeds.marker();
        long need = TestNeeds.publicNeed(areas.compound, "DAILY_LIVING", "HIGH", marker);
        TestUser member = TestUsers.organisationMember(areas.district, "DAILY_LIVING");
        TestUser colleague = TestUsers.memberOf(member.organisationId(), areas.district);

        long claim;
        try (BrowserContext browser = Browsers.context("en-GB", 1280, true)) {
            Page page = browser.newPage();
            Browsers.signIn(page, root.toString(), member.username(), TestUser.PASSWORD);
            assertThat(page.locator("h1")).hasText("Needs board");
            page.getByLabel("Keyword").fill(marker);
            assertThat(page.locator("#board-list .card")).hasCount(1);
            page.locator("#board-list .card a").click();
            assertThat(page.locator("h1")).containsText("Daily living");
            Browsers.assertAccessible(page);
            page.getByLabel("How will you help?").fill("We deliver a bed, a desk and winter clothes.");
            page.getByLabel("Promised by").fill(LocalDate.now().plusDays(7).toString());
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Claim for my organisation")).click();
            assertThat(page.locator(".notice.ok")).containsText("Claim sent");
            claim = Long.parseLong(page.url().replaceAll(".*/me/claims/(\\d+).*", "$1"));

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My organisation")).click();
            assertThat(page.locator("#claims + ul")).containsText("Daily living");
            assertThat(page.locator("#claims + ul")).containsText("Awaiting review");
            assertThat(page.locator("#members + ul")).containsText(member.username());
            assertThat(page.locator("#members + ul")).containsText(colleague.username());
            Browsers.assertAccessible(page);
            Browsers.screenshots(page, "organisation");
            Browsers.assertLight(browser, root + "org");

            given().get("/api/claims/" + claim).then().statusCode(200)
                    .body("claimantKind", equalTo("ORGANISATION")).body("organisationId",
                            equalTo(member.organisationId().intValue()));
        }
        try (BrowserContext browser = Browsers.context("en-GB", 360, true)) {
            Page page = browser.newPage();
            Browsers.signIn(page, root.toString(), colleague.username(), TestUser.PASSWORD);
            page.navigate(root + "org");
            page.locator("#claims + ul a[href='/me/claims/" + claim + "']").click();
            assertThat(page.locator("main")).containsText("We deliver a bed, a desk and winter clothes.");
            Browsers.assertAccessible(page);
        }
    }
}
