package org.tongxing.claim;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tongxing.support.TestAreas;
import org.tongxing.support.TestHouseholds;
import org.tongxing.support.TestNeeds;
import org.tongxing.support.TestUser;
import org.tongxing.support.TestUsers;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Every transition of a claim, and every transition that must be refused. */
@QuarkusTest
class ClaimLifecycleTest {

    private record Scene(TestAreas areas, long need, long household, TestUser worker, TestUser volunteer,
            TestUser family) {
    }

    private static Scene scene() {
        TestAreas areas = TestAreas.create();
        long need = TestNeeds.publicNeed(areas.compound, "TUTORING");
        long household = TestNeeds.householdOf(need);
        return new Scene(areas, need, household, TestUsers.worker(areas.community),
                TestUsers.volunteer(areas.compound, "TUTORING"), TestUsers.family(household, areas.compound));
    }

    private static long claim(Scene s) {
        return s.volunteer().request().contentType(ContentType.JSON).body(TestNeeds.claimBody())
                .post("/api/needs/" + s.need() + "/claims").then().log().ifValidationFails().statusCode(201)
                .body("status", equalTo("PENDING")).extract().jsonPath().getLong("id");
    }

    private static void accept(Scene s, long claim) {
        s.worker().request().contentType(ContentType.JSON).body(Map.of("version", 0))
                .post("/api/claims/" + claim + "/acceptance").then().statusCode(200)
                .body("status", equalTo("ACCEPTED"));
    }

    private static void logService(Scene s, long claim) {
        s.volunteer().request().contentType(ContentType.JSON)
                .body(Map.of("servedOn", LocalDate.now().toString(), "hours", 2.5, "personTimes", 2, "note", "辅导数学"))
                .post("/api/claims/" + claim + "/services").then().statusCode(201);
    }

    @Test
    void aClaimRunsFromPendingToConfirmedAndTheNeedFollows() {
        Scene s = scene();
        long claim = claim(s);
        given().get("/api/needs/" + s.need()).then().body("status", equalTo("CLAIMED"));
        s.worker().request().get("/api/me/notifications").then().body("items.kind", hasItem("CLAIMED"));

        accept(s, claim);
        given().get("/api/needs/" + s.need()).then().body("status", equalTo("IN_PROGRESS"));
        s.volunteer().request().get("/api/me/notifications").then().body("items.kind", hasItem("ACCEPTED"));

        logService(s, claim);
        s.volunteer().request().get("/api/claims/" + claim).then().body("status", equalTo("DELIVERED"))
                .body("deliveredAt", notNullValue());
        s.worker().request().get("/api/me/notifications").then().body("items.kind", hasItem("DELIVERED"));
        logService(s, claim);
        s.worker().request().get("/api/claims/" + claim + "/services").then().body("size()", equalTo(2));

        int version = s.family().request().get("/api/claims/" + claim).jsonPath().getInt("version");
        s.family().request().contentType(ContentType.JSON)
                .body(Map.of("satisfaction", 5, "feedback", "孩子进步很大", "version", version))
                .post("/api/claims/" + claim + "/confirmation").then().statusCode(200)
                .body("status", equalTo("CONFIRMED")).body("satisfaction", equalTo(5));
        given().get("/api/needs/" + s.need()).then().body("status", equalTo("FULFILLED"));
        given().get("/api/households/" + s.household() + "/timeline").then()
                .body("items.kind", hasItem("NEED_CLAIMED")).body("items.kind", hasItem("CLAIM_ACCEPTED"))
                .body("items.kind", hasItem("SERVICE_LOGGED")).body("items.kind", hasItem("CLAIM_CONFIRMED"));
    }

    @Test
    void aDeclinedClaimReopensTheNeedAndTellsTheClaimantWhy() {
        Scene s = scene();
        long claim = claim(s);
        s.worker().request().contentType(ContentType.JSON).body(Map.of("version", 0))
                .post("/api/claims/" + claim + "/decline").then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        s.worker().request().contentType(ContentType.JSON).body(Map.of("reason", "家庭已找到辅导老师", "version", 0))
                .post("/api/claims/" + claim + "/decline").then().statusCode(200).body("status", equalTo("DECLINED"))
                .body("declineReason", equalTo("家庭已找到辅导老师"));
        given().get("/api/needs/" + s.need()).then().body("status", equalTo("OPEN"));
        s.volunteer().request().get("/api/me/notifications").then().body("items.kind", hasItem("DECLINED"));
        claim(s);
    }

    @Test
    void theClaimantCanReleaseAtAnyActiveStage() {
        Scene s = scene();
        long claim = claim(s);
        accept(s, claim);
        s.volunteer().request().contentType(ContentType.JSON).body(Map.of("reason", "工作调动，无法继续", "version", 1))
                .post("/api/claims/" + claim + "/release").then().statusCode(200).body("status", equalTo("RELEASED"))
                .body("endReason", equalTo("工作调动，无法继续"));
        given().get("/api/needs/" + s.need()).then().body("status", equalTo("OPEN"));
        s.worker().request().get("/api/me/notifications").then().body("items.kind", hasItem("RELEASED"));
    }

    @Test
    void stepsOutOfOrderAre409WithATypedProblem() {
        Scene s = scene();
        long claim = claim(s);
        s.family().request().contentType(ContentType.JSON).body(Map.of("version", 0))
                .post("/api/claims/" + claim + "/confirmation").then().statusCode(409)
                .body("type", equalTo("/problems/invalid-claim-transition"));
        s.volunteer().request().contentType(ContentType.JSON)
                .body(Map.of("servedOn", LocalDate.now().toString(), "hours", 1, "personTimes", 1))
                .post("/api/claims/" + claim + "/services").then().statusCode(409)
                .body("type", equalTo("/problems/invalid-claim-transition"));
        accept(s, claim);
        s.worker().request().contentType(ContentType.JSON).body(Map.of("version", 1))
                .post("/api/claims/" + claim + "/acceptance").then().statusCode(409)
                .body("type", equalTo("/problems/invalid-claim-transition"));
        s.worker().request().contentType(ContentType.JSON).body(Map.of("reason", "晚了", "version", 1))
                .post("/api/claims/" + claim + "/decline").then().statusCode(409)
                .body("type", equalTo("/problems/invalid-claim-transition"));
        s.worker().request().contentType(ContentType.JSON).body(Map.of("version", 0))
                .post("/api/claims/" + claim + "/acceptance").then().statusCode(409)
                .body("type", equalTo("/problems/concurrent-update"));
        logService(s, claim);
        s.worker().request().contentType(ContentType.JSON).body(Map.of("version", 2))
                .post("/api/claims/" + claim + "/confirmation").then().statusCode(200);
        s.volunteer().request().contentType(ContentType.JSON).body(Map.of("reason", "太晚了", "version", 3))
                .post("/api/claims/" + claim + "/release").then().statusCode(409)
                .body("type", equalTo("/problems/invalid-claim-transition"));
    }

    @Test
    void onlyTheRightSideMayTakeEachStep() {
        Scene s = scene();
        long claim = claim(s);
        s.volunteer().request().contentType(ContentType.JSON).body(Map.of("version", 0))
                .post("/api/claims/" + claim + "/acceptance").then().statusCode(403);
        s.family().request().contentType(ContentType.JSON).body(Map.of("version", 0))
                .post("/api/claims/" + claim + "/acceptance").then().statusCode(403);
        TestUser stranger = TestUsers.volunteer(s.areas().compound, "TUTORING");
        stranger.request().contentType(ContentType.JSON).body(Map.of("reason", "不是我的", "version", 0))
                .post("/api/claims/" + claim + "/release").then().statusCode(404);
        TestUser otherWorker = TestUsers.worker(TestAreas.create().community);
        otherWorker.request().contentType(ContentType.JSON).body(Map.of("version", 0))
                .post("/api/claims/" + claim + "/acceptance").then().statusCode(404);
    }

    @Test
    void aClaimOnANeedThatIsNotOpenIsRefused() {
        Scene s = scene();
        claim(s);
        TestUser second = TestUsers.volunteer(s.areas().compound, "TUTORING");
        second.request().contentType(ContentType.JSON).body(TestNeeds.claimBody())
                .post("/api/needs/" + s.need() + "/claims").then().statusCode(409)
                .body("type", equalTo("/problems/claim-conflict"));
        long cancelled = TestNeeds.publicNeed(s.areas().compound, "TUTORING");
        given().contentType(ContentType.JSON).body(Map.of("reason", "不再需要", "version", 3))
                .post("/api/needs/" + cancelled + "/cancellation").then().statusCode(200);
        second.request().contentType(ContentType.JSON).body(TestNeeds.claimBody())
                .post("/api/needs/" + cancelled + "/claims").then().statusCode(409)
                .body("type", equalTo("/problems/need-not-open"));
    }

    @Test
    void cancellingAClaimedNeedEndsItsClaimAndTellsTheClaimant() {
        Scene s = scene();
        long claim = claim(s);
        given().contentType(ContentType.JSON).body(Map.of("reason", "家庭搬离本区", "version", 4))
                .post("/api/needs/" + s.need() + "/cancellation").then().statusCode(200);
        s.volunteer().request().get("/api/claims/" + claim).then().body("status", equalTo("DECLINED"))
                .body("endReason", equalTo("need cancelled"));
        s.volunteer().request().get("/api/me/notifications").then().body("items.kind", hasItem("NEED_CANCELLED"));
    }

    @Test
    void onlyEligibleClaimantsMayClaim() {
        TestAreas areas = TestAreas.create();
        long need = TestNeeds.publicNeed(areas.compound, "LEGAL_AID");
        TestUser tutor = TestUsers.volunteer(areas.compound, "TUTORING");
        tutor.request().contentType(ContentType.JSON).body(TestNeeds.claimBody()).post("/api/needs/" + need + "/claims")
                .then().statusCode(403).body("type", equalTo("/problems/claimant-not-eligible"));
        TestUser lawyer = TestUsers.volunteer(areas.compound, "LEGAL_AID");
        given().contentType(ContentType.JSON).body(Map.of("status", "SUSPENDED", "version", 1))
                .put("/api/volunteers/" + lawyer.volunteerId() + "/vetting").then().statusCode(200);
        lawyer.request().contentType(ContentType.JSON).body(TestNeeds.claimBody())
                .post("/api/needs/" + need + "/claims")
                .then().statusCode(403).body("type", equalTo("/problems/claimant-not-eligible"));
        TestUser agency = TestUsers.organisationMember(areas.district, "LEGAL_AID");
        agency.request().contentType(ContentType.JSON).body(TestNeeds.claimBody())
                .post("/api/needs/" + need + "/claims")
                .then().statusCode(201).body("claimantKind", equalTo("ORGANISATION")).body("volunteerId", nullValue());
    }

    @Test
    void aNeedNotYetOpenedToTheClaimantDoesNotExistForThem() {
        TestAreas areas = TestAreas.create();
        long household = TestHouseholds.open(areas.compound);
        long need = TestHouseholds.postNeed(household, "TUTORING", "LOW");
        TestUser outsider = TestUsers.volunteer(TestAreas.create().compound, "TUTORING");
        outsider.request().contentType(ContentType.JSON).body(TestNeeds.claimBody())
                .post("/api/needs/" + need + "/claims")
                .then().statusCode(404);
        outsider.request().get("/api/needs/" + need).then().statusCode(404);
    }
}
