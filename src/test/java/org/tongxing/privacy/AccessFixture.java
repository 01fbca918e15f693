package org.tongxing.privacy;

import static io.restassured.RestAssured.given;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tongxing.support.TestAreas;
import org.tongxing.support.TestHouseholds;
import org.tongxing.support.TestNeeds;
import org.tongxing.support.TestUser;
import org.tongxing.support.TestUsers;

import io.restassured.http.ContentType;

/**
 * Two areas (own and other), a household in each, and one signed-in person per role and side: the cast of
 * the access matrix. "Own" means the person's area or organisation contains the household A and its needs.
 */
final class AccessFixture {

    final TestAreas own = TestAreas.create();
    final TestAreas other = TestAreas.create();
    final Map<String, TestUser> people = new LinkedHashMap<>();
    final long householdA;
    final long householdB;
    final long memberA;
    final long benefitA;
    final long communityNeed;
    final long volunteerClaim;
    final long organisationClaim;
    final long inProgressNeed;
    final long volunteerRecord;
    final long organisationRecord;
    final long cadreRecord;
    final TestUser throwaway;

    AccessFixture() {
        householdA = TestHouseholds.open(own.compound);
        householdB = TestHouseholds.open(other.compound);
        memberA = given().get("/api/households/" + householdA).jsonPath().getLong("members[0].id");
        benefitA = given().contentType(ContentType.JSON).body(Map.of("kind", "MINIMUM_LIVING", "status", "APPLIED",
                "appliedOn", "2026-11-02")).post("/api/households/" + householdA + "/benefits").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        people.put("ADMIN", TestUsers.admin());
        people.put("CADRE_OWN", TestUsers.cadre(own.street));
        people.put("CADRE_OTHER", TestUsers.cadre(other.street));
        people.put("WORKER_OWN", TestUsers.worker(own.community));
        people.put("WORKER_OTHER", TestUsers.worker(other.community));
        people.put("VOLUNTEER_OWN", TestUsers.volunteer(own.compound, "TUTORING"));
        people.put("VOLUNTEER_OTHER", TestUsers.volunteer(other.compound, "TUTORING"));
        people.put("ORG_OWN", TestUsers.organisationMember(own.district, "TUTORING"));
        people.put("ORG_OTHER", TestUsers.organisationMember(other.district, "TUTORING"));
        people.put("FAMILY_OWN", TestUsers.family(householdA, own.compound));
        people.put("FAMILY_OTHER", TestUsers.family(householdB, other.compound));
        communityNeed = TestHouseholds.postNeed(householdA, "TUTORING", "NORMAL");
        inProgressNeed = acceptedNeed(people.get("VOLUNTEER_OWN"));
        volunteerClaim = claimOf(inProgressNeed);
        organisationClaim = claimOf(acceptedNeed(people.get("ORG_OWN")));
        volunteerRecord = people.get("VOLUNTEER_OWN").volunteerId();
        organisationRecord = people.get("ORG_OWN").organisationId();
        cadreRecord = given().contentType(ContentType.JSON).body(Map.of("name", "矩阵干部", "gender", "FEMALE",
                "unit", "街道妇联", "areaCode", own.street, "capacity", 3)).post("/api/cadres").jsonPath().getLong("id");
        throwaway = TestUsers.worker(own.community);
    }

    /** A public need of household A, claimed by the claimant and accepted by A's worker. */
    private long acceptedNeed(TestUser claimant) {
        long need = TestHouseholds.postNeed(householdA, "TUTORING", "HIGH");
        TestNeeds.openToPublic(need);
        long claim = claimant.request().contentType(ContentType.JSON).body(TestNeeds.claimBody())
                .post("/api/needs/" + need + "/claims").then().statusCode(201).extract().jsonPath().getLong("id");
        people.get("WORKER_OWN").request().contentType(ContentType.JSON).body(Map.of("version", 0))
                .post("/api/claims/" + claim + "/acceptance").then().statusCode(200);
        return need;
    }

    private static long claimOf(long need) {
        return given().queryParam("needId", need).get("/api/claims").jsonPath().getLong("items[0].id");
    }

    /** A new public need of household A, for a claim attempt. */
    long freshPublicNeed() {
        long need = TestHouseholds.postNeed(householdA, "TUTORING", "LOW");
        TestNeeds.openToPublic(need);
        return need;
    }

    /** A new member of household A, for a removal attempt. */
    long freshMember() {
        return given().contentType(ContentType.JSON).body(TestHouseholds.child("林小树", "2019-04-04", "MALE"))
                .post("/api/households/" + householdA + "/members").jsonPath().getLong("id");
    }

    private MatchingAccess matching;

    /** The matching run, proposal and conflict of A's street; made on first use, after the other rows ran. */
    MatchingAccess matching() {
        if (matching == null) {
            matching = new MatchingAccess(this);
        }
        return matching;
    }

    private CommitmentAccess commitments;

    /** A pair and a group seat of the own-area volunteer in A's compound; made on first use, after the runs above. */
    CommitmentAccess commitments() {
        if (commitments == null) {
            commitments = new CommitmentAccess(this);
        }
        return commitments;
    }

    static List<String> principals() {
        return List.of("ANONYMOUS", "ADMIN", "CADRE_OWN", "CADRE_OTHER", "WORKER_OWN", "WORKER_OTHER", "VOLUNTEER_OWN",
                "VOLUNTEER_OTHER", "ORG_OWN", "ORG_OTHER", "FAMILY_OWN", "FAMILY_OTHER");
    }
}
