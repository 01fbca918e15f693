package org.tongxing.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.tongxing.account.SessionRevocationTest.assertRefused;
import static org.tongxing.account.SessionRevocationTest.assertSignedIn;
import static org.tongxing.account.TestAccounts.PASSWORD;
import static org.tongxing.account.TestAccounts.body;
import static org.tongxing.account.TestAccounts.username;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tongxing.account.TestAccounts.Account;
import org.tongxing.common.Role;
import org.tongxing.support.SignedInAsAdmin;
import org.tongxing.support.TestHouseholds;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class AccountResourceTest {

    private static final long NO_SUCH_ID = 999_999_999L;

    @Test
    void eachRoleIsCreatedWithTheLinkItsAccessIsScopedBy() {
        created(body(username("admin"), Role.ADMIN)).body("areaCode", nullValue());
        created(with(body(username("worker"), Role.WORKER), "areaCode", community()))
                .body("areaCode", equalTo(community()));
        created(with(body(username("cadre"), Role.CADRE), "areaCode", community()))
                .body("areaCode", equalTo(community()));
        long organisation = firstId("/api/organisations");
        created(with(body(username("org"), Role.ORG_MEMBER), "organisationId", organisation))
                .body("organisationId", equalTo((int) organisation));
        long volunteer = newVolunteer();
        created(with(body(username("volunteer"), Role.VOLUNTEER), "volunteerId", volunteer))
                .body("volunteerId", equalTo((int) volunteer));
        long household = TestHouseholds.open(TestAccounts.areas().compound);
        created(with(body(username("family"), Role.FAMILY), "householdId", household))
                .body("householdId", equalTo((int) household));
    }

    @Test
    void aNewAccountIsEnabledMustReplaceItsOneTimePasswordAndNeverShowsIt() {
        Map<String, Object> body = with(body(username("worker"), Role.WORKER), "areaCode", community());
        long id = created(body).extract().jsonPath().getLong("id");

        given().auth().preemptive().basic((String) body.get("username"), PASSWORD).get("/api/needs").then()
                .statusCode(403).body("type", equalTo("/problems/password-change-required"));
        given().get("/api/users/" + id).then().statusCode(200)
                .body("enabled", equalTo(true)).body("mustChangePassword", equalTo(true))
                .body("lastLoginAt", nullValue())
                .body("$", not(hasKey("password")))
                .body("$", not(hasKey("passwordHash")));
    }

    @Test
    void eachRoleWithoutItsLinkIsRefusedNamingTheLink() {
        Map<Role, String> links = Map.of(Role.WORKER, "areaCode", Role.CADRE, "areaCode",
                Role.ORG_MEMBER, "organisationId", Role.VOLUNTEER, "volunteerId", Role.FAMILY, "householdId");
        links.forEach((role, link) -> given().contentType(ContentType.JSON).body(body(username("nolink"), role))
                .post("/api/users").then().statusCode(400)
                .body("type", equalTo("/problems/validation-failed"))
                .body("errors.field", equalTo(List.of(link))));
    }

    @Test
    void linksToNothingAreRefusedNamingTheLink() {
        Map<String, Object> links = Map.of("areaCode", "350799999999999", "organisationId", NO_SUCH_ID,
                "volunteerId", NO_SUCH_ID, "householdId", NO_SUCH_ID, "cadreId", NO_SUCH_ID);
        links.forEach((field, value) -> given().contentType(ContentType.JSON)
                .body(with(body(username("dangling"), Role.ADMIN), field, value))
                .post("/api/users").then().statusCode(422)
                .body("type", equalTo("/problems/unknown-reference"))
                .body("errors.field", equalTo(List.of(field))));
    }

    @Test
    void aTakenUsernameIsRefusedWhateverItsCase() {
        Account worker = TestAccounts.worker();

        for (String taken : new String[] {worker.username(), worker.username().toUpperCase()}) {
            given().contentType(ContentType.JSON).body(with(body(taken, Role.WORKER), "areaCode", community()))
                    .post("/api/users").then().statusCode(409)
                    .body("type", equalTo("/problems/duplicate")).body("errors.field", equalTo(List.of("username")));
        }
    }

    @Test
    void usernamesAreKeptInLowerCaseAndSignInIgnoresCase() {
        String mixed = username("Worker").toUpperCase();
        long id = created(with(body(mixed, Role.WORKER), "areaCode", community()))
                .body("username", equalTo(mixed.toLowerCase())).extract().jsonPath().getLong("id");

        assertSignedIn(TestAccounts.signIn(mixed, PASSWORD), TestAccounts.current(id));
    }

    @Test
    void aVolunteerHasAtMostOneAccount() {
        long volunteer = newVolunteer();
        created(with(body(username("volunteer"), Role.VOLUNTEER), "volunteerId", volunteer));

        given().contentType(ContentType.JSON)
                .body(with(body(username("volunteer"), Role.VOLUNTEER), "volunteerId", volunteer))
                .post("/api/users").then().statusCode(409).body("type", equalTo("/problems/duplicate"));
    }

    @Test
    void anAccountNeedsAPasswordWhenCreatedAndTakesNoneWhenUpdated() {
        Map<String, Object> noPassword = with(body(username("worker"), Role.WORKER), "areaCode", community());
        noPassword.remove("password");
        given().contentType(ContentType.JSON).body(noPassword).post("/api/users").then().statusCode(400)
                .body("errors.field", equalTo(List.of("password")));

        Account worker = TestAccounts.worker();
        given().contentType(ContentType.JSON).body(with(update(worker), "password", "Another-long-pass-99"))
                .put("/api/users/" + worker.id()).then().statusCode(400)
                .body("errors.field", hasItem("password"));
    }

    @Test
    void onlyAdministratorsManageAccounts() {
        for (String user : new String[] {"cadre", "worker", "volunteer", "org", "family"}) {
            given().auth().preemptive().basic(user, SignedInAsAdmin.PASSWORD).get("/api/users").then()
                    .statusCode(403).contentType("application/problem+json")
                    .body("type", equalTo("/problems/forbidden"));
            given().auth().preemptive().basic(user, SignedInAsAdmin.PASSWORD).contentType(ContentType.JSON)
                    .body(body(username("sneaky"), Role.ADMIN)).post("/api/users").then()
                    .statusCode(403);
            given().auth().preemptive().basic(user, SignedInAsAdmin.PASSWORD).contentType(ContentType.JSON)
                    .post("/api/users/1/sign-out").then().statusCode(403);
        }
        given().auth().none().get("/api/users").then().statusCode(401);
    }

    @Test
    void anUpdateBasedOnAStaleVersionIsRefused() {
        Account worker = TestAccounts.worker();
        Map<String, Object> stale = update(worker);
        given().contentType(ContentType.JSON).body(with(update(worker), "displayName", "新名字"))
                .put("/api/users/" + worker.id()).then().statusCode(200)
                .body("version", equalTo((int) worker.version() + 1));

        given().contentType(ContentType.JSON).body(with(stale, "displayName", "旧名字")).put("/api/users/" + worker.id())
                .then().statusCode(409).body("type", equalTo("/problems/concurrent-update"));
        given().get("/api/users/" + worker.id()).then().body("displayName", equalTo("新名字"));
    }

    @Test
    void signingInIsNotAChangeThatMakesAnAdministratorsEditStale() {
        Account worker = TestAccounts.worker();
        Account loaded = TestAccounts.current(worker.id());

        TestAccounts.signIn(worker.username(), PASSWORD);

        given().contentType(ContentType.JSON).body(with(update(loaded), "displayName", "改名"))
                .put("/api/users/" + worker.id()).then().statusCode(200);
        given().get("/api/users/" + worker.id()).then().body("lastLoginAt", not(nullValue()));
    }

    @Test
    void theUsernameCannotBeChanged() {
        Account worker = TestAccounts.worker();

        given().contentType(ContentType.JSON).body(with(update(worker), "username", username("renamed")))
                .put("/api/users/" + worker.id()).then().statusCode(400)
                .body("errors.field", equalTo(List.of("username")));
    }

    @Test
    void changingTheRoleEndsTheSessionsAndTheNextSignInHasTheNewRole() {
        Account worker = TestAccounts.worker();
        String session = TestAccounts.signIn(worker.username(), PASSWORD);

        given().contentType(ContentType.JSON).body(with(update(TestAccounts.current(worker.id())), "role", "CADRE"))
                .put("/api/users/" + worker.id()).then().statusCode(200).body("role", equalTo("CADRE"));

        assertRefused(session);
        TestAccounts.browser(TestAccounts.signIn(worker.username(), PASSWORD)).get("/api/me").then()
                .body("role", equalTo("CADRE"));
    }

    @Test
    void changingOnlyTheProfileKeepsTheSessions() {
        Account worker = TestAccounts.worker();
        String session = TestAccounts.signIn(worker.username(), PASSWORD);

        given().contentType(ContentType.JSON)
                .body(with(update(TestAccounts.current(worker.id())), "displayName", "张社工"))
                .put("/api/users/" + worker.id()).then().statusCode(200);

        TestAccounts.browser(session).get("/api/me").then().statusCode(200).body("displayName", equalTo("张社工"));
    }

    @Test
    void accountsAreListedByRoleAreaAndState() {
        Account worker = TestAccounts.worker();

        given().queryParams(Map.of("role", "WORKER", "areaPrefix", TestAccounts.areas().district, "size", 100, "sort",
                "-createdAt"))
                .get("/api/users").then().statusCode(200).body("items.username", hasItem(worker.username()));
        given().queryParams(Map.of("role", "CADRE", "size", 100)).get("/api/users").then()
                .body("items.username", not(hasItem(worker.username())));
        given().queryParams(Map.of("enabled", false, "size", 100)).get("/api/users").then()
                .body("items.username", not(hasItem(worker.username())));
    }

    @Test
    void anUnknownAccountIsNotFound() {
        given().get("/api/users/" + NO_SUCH_ID).then().statusCode(404).body("type", equalTo("/problems/not-found"));
        given().contentType(ContentType.JSON).post("/api/users/" + NO_SUCH_ID + "/sign-out").then().statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of("newPassword", TestAccounts.NEW_PASSWORD))
                .put("/api/users/" + NO_SUCH_ID + "/password").then().statusCode(404);
    }

    private static String community() {
        return TestAccounts.areas().community;
    }

    private static ValidatableResponse created(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/users").then().statusCode(201)
                .header("Location", containsString("/api/users/")).body("role", equalTo(body.get("role")));
    }

    /** The account's current state as an update request, without the password. */
    static Map<String, Object> update(Account account) {
        Map<String, Object> body = given().get("/api/users/" + account.id()).then().statusCode(200)
                .extract().jsonPath().getMap("$");
        body.keySet().retainAll(List.of("username", "displayName", "email", "role", "areaCode", "organisationId",
                "volunteerId", "householdId", "cadreId", "enabled"));
        body.put("version", account.version());
        return body;
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        body.put(field, value);
        return body;
    }

    private static long firstId(String list) {
        return given().queryParam("size", 1).get(list).then().statusCode(200).extract().jsonPath()
                .getLong("items[0].id");
    }

    private static long newVolunteer() {
        Map<String, Object> volunteer = Map.of("name", "陈志远", "gender", "MALE", "areaCode", community(),
                "skills", List.of("TUTORING"), "languages", List.of("zh"), "availability", List.of("SATURDAY_MORNING"),
                "capacity", 1);
        return given().contentType(ContentType.JSON).body(volunteer).post("/api/volunteers").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }
}
