package org.tongxing.privacy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.tongxing.support.TestHouseholds;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Every endpoint × every role × own/other area (own/other organisation, own/other household): the exact status
 * of each cell. Writes are aimed so that an allowed caller gets a harmless, distinctive answer (a stale version
 * gives 409) while a refused one gets 401, 403 or 404, so that the matrix changes no data it depends on.
 */
@QuarkusTest
class AccessMatrixTest {

    private static final String STAFF_OWN = "ADMIN CADRE_OWN WORKER_OWN";
    private static final String STAFF_OTHER = "CADRE_OTHER WORKER_OTHER";
    private static final String CLAIMANTS = "VOLUNTEER_OWN VOLUNTEER_OTHER ORG_OWN ORG_OTHER";
    private static final String FAMILIES = "FAMILY_OWN FAMILY_OTHER";
    private static final String EVERYONE = STAFF_OWN + " " + STAFF_OTHER + " " + CLAIMANTS + " " + FAMILIES;
    private static final AtomicInteger UNIQUE = new AtomicInteger(100);

    private record Row(String name, String method, Function<AccessFixture, String> path,
            Function<AccessFixture, Object> body, Map<String, Integer> expected) {
    }

    /** Builds the expected statuses of one row; every signed-in principal must be named exactly once. */
    private static final class Expect {
        private final Map<String, Integer> cells = new LinkedHashMap<>(Map.of("ANONYMOUS", 401));

        Expect then(int status, String principals) {
            for (String p : principals.trim().split("\\s+")) {
                if (cells.put(p, status) != null) {
                    throw new IllegalStateException(p + " named twice");
                }
            }
            return this;
        }

        Map<String, Integer> all() {
            assertThat(cells.keySet()).containsExactlyInAnyOrderElementsOf(AccessFixture.principals());
            return cells;
        }
    }

    private static Expect ok(int status, String principals) {
        return new Expect().then(status, principals);
    }

    private static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        // Reference data and the directory of organisations
        rows.add(row("list areas", "GET", f -> "/api/areas", null, ok(200, EVERYONE)));
        rows.add(row("read an area", "GET", f -> "/api/areas/" + f.own.compound, null, ok(200, EVERYONE)));
        rows.add(row("add an area", "POST", f -> "/api/areas", f -> Map.of("code",
                f.own.community + String.format("%03d", UNIQUE.incrementAndGet() % 1000), "nameZh", "新", "nameEn",
                "New"),
                ok(201, "ADMIN").then(403, "CADRE_OWN WORKER_OWN " + STAFF_OTHER + " " + CLAIMANTS + " " + FAMILIES)));
        // Case files
        rows.add(row("list households", "GET", f -> "/api/households", null,
                ok(200, STAFF_OWN + " " + STAFF_OTHER).then(403, CLAIMANTS + " " + FAMILIES)));
        rows.add(row("read household A", "GET", f -> "/api/households/" + f.householdA, null,
                ok(200, STAFF_OWN + " FAMILY_OWN").then(404, STAFF_OTHER + " FAMILY_OTHER").then(403, CLAIMANTS)));
        rows.add(row("open a household in A", "POST", f -> "/api/households",
                f -> TestHouseholds.body(f.own.compound, List.of()),
                ok(201, STAFF_OWN).then(403, STAFF_OTHER + " " + CLAIMANTS + " " + FAMILIES)));
        rows.add(row("update household A", "PUT", f -> "/api/households/" + f.householdA, f -> householdUpdate(f),
                ok(409, STAFF_OWN).then(404, STAFF_OTHER).then(403, CLAIMANTS + " " + FAMILIES)));
        rows.add(row("consent of household A", "PUT", f -> "/api/households/" + f.householdA + "/consent",
                f -> Map.of("dataProcessing", true, "shareContact", true, "version", 999),
                ok(409, STAFF_OWN + " FAMILY_OWN").then(404, STAFF_OTHER + " FAMILY_OTHER").then(403, CLAIMANTS)));
        rows.add(row("what household A said", "PUT", f -> "/api/households/" + f.householdA + "/preferences",
                f -> Map.of("preferences", Map.of("languages", List.of("yue")), "version", 999),
                ok(409, STAFF_OWN + " FAMILY_OWN").then(404, STAFF_OTHER + " FAMILY_OTHER").then(403, CLAIMANTS)));
        rows.add(row("members of A", "GET", f -> "/api/households/" + f.householdA + "/members", null,
                ok(200, STAFF_OWN + " FAMILY_OWN").then(404, STAFF_OTHER + " FAMILY_OTHER").then(403, CLAIMANTS)));
        rows.add(row("add a member to A", "POST", f -> "/api/households/" + f.householdA + "/members",
                f -> TestHouseholds.child("林小草", "2020-02-02", "FEMALE"),
                ok(201, STAFF_OWN).then(404, STAFF_OTHER).then(403, CLAIMANTS + " " + FAMILIES)));
        rows.add(row("edit a member of A", "PUT", f -> "/api/households/" + f.householdA + "/members/" + f.memberA,
                f -> withVersion(TestHouseholds.mother()),
                ok(409, STAFF_OWN + " FAMILY_OWN").then(404, STAFF_OTHER + " FAMILY_OTHER").then(403, CLAIMANTS)));
        rows.add(row("remove a member of A", "DELETE",
                f -> "/api/households/" + f.householdA + "/members/" + f.freshMember(),
                null, ok(204, STAFF_OWN).then(404, STAFF_OTHER).then(403, CLAIMANTS + " " + FAMILIES)));
        rows.add(row("timeline of A", "GET", f -> "/api/households/" + f.householdA + "/timeline", null,
                ok(200, STAFF_OWN + " FAMILY_OWN").then(404, STAFF_OTHER + " FAMILY_OTHER").then(403, CLAIMANTS)));
        // Benefits and assistance
        rows.add(row("benefits of A", "GET", f -> "/api/households/" + f.householdA + "/benefits", null,
                ok(200, STAFF_OWN + " FAMILY_OWN").then(404, STAFF_OTHER + " FAMILY_OTHER").then(403, CLAIMANTS)));
        rows.add(row("record a benefit of A", "POST", f -> "/api/households/" + f.householdA + "/benefits",
                f -> Map.of("kind", "TEMPORARY_ASSISTANCE", "status", "CONSIDERING"),
                ok(201, STAFF_OWN).then(404, STAFF_OTHER).then(403, CLAIMANTS + " " + FAMILIES)));
        rows.add(row("change a benefit of A", "PUT", f -> "/api/households/" + f.householdA + "/benefits/" + f.benefitA,
                f -> Map.of("kind", "MINIMUM_LIVING", "status", "APPLIED", "version", 999),
                ok(409, STAFF_OWN).then(404, STAFF_OTHER).then(403, CLAIMANTS + " " + FAMILIES)));
        rows.add(row("assistance given to A", "GET", f -> "/api/households/" + f.householdA + "/assistance", null,
                ok(200, STAFF_OWN + " FAMILY_OWN").then(404, STAFF_OTHER + " FAMILY_OTHER").then(403, CLAIMANTS)));
        rows.add(row("record assistance given to A", "POST", f -> "/api/households/" + f.householdA + "/assistance",
                f -> Map.of("kind", "FESTIVAL_VISIT", "givenOn", "2026-10-01", "amount", 300, "what", "中秋慰问：米、油、月饼"),
                ok(201, STAFF_OWN).then(404, STAFF_OTHER).then(403, CLAIMANTS + " " + FAMILIES)));
        // Needs
        rows.add(row("list needs", "GET", f -> "/api/needs", null,
                ok(200, STAFF_OWN + " " + STAFF_OTHER + " " + FAMILIES).then(403, CLAIMANTS)));
        rows.add(row("read a community-level need of A", "GET", f -> "/api/needs/" + f.communityNeed, null,
                ok(200, STAFF_OWN + " FAMILY_OWN").then(404, STAFF_OTHER + " FAMILY_OTHER " + CLAIMANTS)));
        rows.add(row("read A's need in progress", "GET", f -> "/api/needs/" + f.inProgressNeed, null,
                ok(200, STAFF_OWN + " FAMILY_OWN VOLUNTEER_OWN")
                        .then(404, STAFF_OTHER + " FAMILY_OTHER VOLUNTEER_OTHER ORG_OWN ORG_OTHER")));
        rows.add(row("post a need for A", "POST", f -> "/api/needs", f -> need(f.householdA),
                ok(201, STAFF_OWN + " FAMILY_OWN").then(422, STAFF_OTHER + " FAMILY_OTHER").then(403, CLAIMANTS)));
        rows.add(row("edit a need of A", "PUT", f -> "/api/needs/" + f.communityNeed,
                f -> withVersion(need(f.householdA)),
                ok(409, STAFF_OWN + " FAMILY_OWN").then(404, STAFF_OTHER + " FAMILY_OTHER").then(403, CLAIMANTS)));
        rows.add(row("cancel a need of A", "POST", f -> "/api/needs/" + f.communityNeed + "/cancellation",
                f -> Map.of("reason", "矩阵", "version", 999),
                ok(409, STAFF_OWN + " FAMILY_OWN").then(404, STAFF_OTHER + " FAMILY_OTHER").then(403, CLAIMANTS)));
        rows.add(row("escalate a need of A", "POST", f -> "/api/needs/" + f.communityNeed + "/escalation",
                f -> Map.of("reason", "矩阵", "version", 999),
                ok(409, STAFF_OWN).then(404, STAFF_OTHER).then(403, CLAIMANTS + " " + FAMILIES)));
        rows.add(row("open-requests board", "GET", f -> "/api/open-needs", null,
                ok(200, STAFF_OWN + " " + STAFF_OTHER + " " + CLAIMANTS).then(403, FAMILIES)));
        // Claims
        rows.add(row("claim a public need of A", "POST", f -> "/api/needs/" + f.freshPublicNeed() + "/claims",
                f -> Map.of("plan", "矩阵测试认领计划", "promisedBy", LocalDate.now().plusDays(9).toString()),
                ok(201, CLAIMANTS).then(403, STAFF_OWN + " " + STAFF_OTHER + " " + FAMILIES)));
        rows.add(row("list claims", "GET", f -> "/api/claims", null, ok(200, EVERYONE)));
        rows.add(row("read the volunteer's claim", "GET", f -> "/api/claims/" + f.volunteerClaim, null,
                ok(200, STAFF_OWN + " FAMILY_OWN VOLUNTEER_OWN")
                        .then(404, STAFF_OTHER + " FAMILY_OTHER VOLUNTEER_OTHER ORG_OWN ORG_OTHER")));
        rows.add(row("read the organisation's claim", "GET", f -> "/api/claims/" + f.organisationClaim, null,
                ok(200, STAFF_OWN + " FAMILY_OWN ORG_OWN")
                        .then(404, STAFF_OTHER + " FAMILY_OTHER VOLUNTEER_OWN VOLUNTEER_OTHER ORG_OTHER")));
        rows.add(row("accept a claim", "POST", f -> "/api/claims/" + f.volunteerClaim + "/acceptance",
                f -> Map.of("version", 999),
                ok(409, STAFF_OWN).then(404, STAFF_OTHER).then(403, CLAIMANTS + " " + FAMILIES)));
        rows.add(row("decline a claim", "POST", f -> "/api/claims/" + f.volunteerClaim + "/decline",
                f -> Map.of("reason", "矩阵", "version", 999),
                ok(409, STAFF_OWN).then(404, STAFF_OTHER).then(403, CLAIMANTS + " " + FAMILIES)));
        rows.add(row("release the volunteer's claim", "POST", f -> "/api/claims/" + f.volunteerClaim + "/release",
                f -> Map.of("reason", "矩阵", "version", 999),
                ok(409, "VOLUNTEER_OWN").then(404, "VOLUNTEER_OTHER ORG_OWN ORG_OTHER")
                        .then(403, STAFF_OWN + " " + STAFF_OTHER + " " + FAMILIES)));
        rows.add(row("release the organisation's claim", "POST", f -> "/api/claims/" + f.organisationClaim + "/release",
                f -> Map.of("reason", "矩阵", "version", 999),
                ok(409, "ORG_OWN").then(404, "VOLUNTEER_OWN VOLUNTEER_OTHER ORG_OTHER")
                        .then(403, STAFF_OWN + " " + STAFF_OTHER + " " + FAMILIES)));
        rows.add(row("log a service", "POST", f -> "/api/claims/" + f.volunteerClaim + "/services",
                f -> Map.of("servedOn", LocalDate.now().toString(), "hours", 1, "personTimes", 1),
                ok(201, "VOLUNTEER_OWN").then(404, "VOLUNTEER_OTHER ORG_OWN ORG_OTHER")
                        .then(403, STAFF_OWN + " " + STAFF_OTHER + " " + FAMILIES)));
        rows.add(row("services of a claim", "GET", f -> "/api/claims/" + f.volunteerClaim + "/services", null,
                ok(200, STAFF_OWN + " FAMILY_OWN VOLUNTEER_OWN")
                        .then(404, STAFF_OTHER + " FAMILY_OTHER VOLUNTEER_OTHER ORG_OWN ORG_OTHER")));
        rows.add(row("confirm a claim", "POST", f -> "/api/claims/" + f.volunteerClaim + "/confirmation",
                f -> Map.of("version", 999),
                ok(409, STAFF_OWN + " FAMILY_OWN").then(404, STAFF_OTHER + " FAMILY_OTHER").then(403, CLAIMANTS)));
        rows.add(row("service records", "GET", f -> "/api/service-records", null, ok(200, EVERYONE)));
        // Volunteers, cadres, organisations
        rows.add(row("list volunteers", "GET", f -> "/api/volunteers", null,
                ok(200, STAFF_OWN + " " + STAFF_OTHER).then(403, CLAIMANTS + " " + FAMILIES)));
        rows.add(row("read the own-area volunteer", "GET", f -> "/api/volunteers/" + f.volunteerRecord, null,
                ok(200, STAFF_OWN + " VOLUNTEER_OWN").then(404, STAFF_OTHER + " VOLUNTEER_OTHER")
                        .then(403, "ORG_OWN ORG_OTHER " + FAMILIES)));
        rows.add(row("register a volunteer in A", "POST", f -> "/api/volunteers", f -> volunteer(f.own.compound),
                ok(201, STAFF_OWN).then(403, STAFF_OTHER + " " + CLAIMANTS + " " + FAMILIES)));
        rows.add(row("update the own-area volunteer", "PUT", f -> "/api/volunteers/" + f.volunteerRecord,
                f -> withVersion(volunteer(f.own.compound)),
                ok(409, STAFF_OWN + " VOLUNTEER_OWN").then(404, STAFF_OTHER + " VOLUNTEER_OTHER")
                        .then(403, "ORG_OWN ORG_OTHER " + FAMILIES)));
        rows.add(row("vet a volunteer", "PUT", f -> "/api/volunteers/" + f.volunteerRecord + "/vetting",
                f -> Map.of("status", "VETTED", "version", 999),
                ok(409, "ADMIN").then(403, "CADRE_OWN WORKER_OWN " + STAFF_OTHER + " " + CLAIMANTS + " " + FAMILIES)));
        rows.add(row("list cadres", "GET", f -> "/api/cadres", null,
                ok(200, STAFF_OWN + " " + STAFF_OTHER).then(403, CLAIMANTS + " " + FAMILIES)));
        rows.add(row("read a cadre", "GET", f -> "/api/cadres/" + f.cadreRecord, null,
                ok(200, STAFF_OWN + " " + STAFF_OTHER).then(403, CLAIMANTS + " " + FAMILIES)));
        rows.add(row("add a cadre", "POST", f -> "/api/cadres", f -> cadre(f.own.street),
                ok(201, "ADMIN").then(403, "CADRE_OWN WORKER_OWN " + STAFF_OTHER + " " + CLAIMANTS + " " + FAMILIES)));
        rows.add(row("update a cadre", "PUT", f -> "/api/cadres/" + f.cadreRecord,
                f -> withVersion(cadre(f.own.street)),
                ok(409, "ADMIN").then(403, "CADRE_OWN WORKER_OWN " + STAFF_OTHER + " " + CLAIMANTS + " " + FAMILIES)));
        rows.add(row("list organisations", "GET", f -> "/api/organisations", null, ok(200, EVERYONE)));
        rows.add(row("read an organisation", "GET", f -> "/api/organisations/" + f.organisationRecord, null,
                ok(200, EVERYONE)));
        rows.add(row("register an organisation", "POST", f -> "/api/organisations", f -> organisation(f.own.district),
                ok(201, "ADMIN").then(403, "CADRE_OWN WORKER_OWN " + STAFF_OTHER + " " + CLAIMANTS + " " + FAMILIES)));
        rows.add(row("update the own organisation", "PUT", f -> "/api/organisations/" + f.organisationRecord,
                f -> withVersion(organisation(f.own.district)),
                ok(409, "ADMIN ORG_OWN").then(403,
                        "CADRE_OWN WORKER_OWN " + STAFF_OTHER + " VOLUNTEER_OWN VOLUNTEER_OTHER "
                                + "ORG_OTHER " + FAMILIES)));
        rows.add(row("vet an organisation", "PUT", f -> "/api/organisations/" + f.organisationRecord + "/vetting",
                f -> Map.of("status", "VETTED", "version", 999),
                ok(409, "ADMIN").then(403, "CADRE_OWN WORKER_OWN " + STAFF_OTHER + " " + CLAIMANTS + " " + FAMILIES)));
        // Accounts, privacy, one's own things
        String notAdmin = "CADRE_OWN WORKER_OWN " + STAFF_OTHER + " " + CLAIMANTS + " " + FAMILIES;
        rows.add(row("list accounts", "GET", f -> "/api/users", null, ok(200, "ADMIN").then(403, notAdmin)));
        rows.add(row("read an account", "GET", f -> "/api/users/" + f.throwaway.id(), null,
                ok(200, "ADMIN").then(403, notAdmin)));
        rows.add(row("create an account", "POST", f -> "/api/users", f -> account(f),
                ok(201, "ADMIN").then(403, notAdmin)));
        rows.add(row("update an account", "PUT", f -> "/api/users/" + f.throwaway.id(), f -> accountUpdate(f),
                ok(409, "ADMIN").then(403, notAdmin)));
        rows.add(row("reset a password", "PUT", f -> "/api/users/" + f.throwaway.id() + "/password",
                f -> Map.of("newPassword", "Matrix-reset-password-9"), ok(204, "ADMIN").then(403, notAdmin)));
        rows.add(row("sign an account out everywhere", "POST", f -> "/api/users/" + f.throwaway.id() + "/sign-out",
                f -> Map.of(),
                ok(204, "ADMIN").then(403, notAdmin)));
        rows.add(row("disclosure log", "GET", f -> "/api/disclosures", null,
                ok(200, "ADMIN CADRE_OWN CADRE_OTHER").then(403,
                        "WORKER_OWN WORKER_OTHER " + CLAIMANTS + " " + FAMILIES)));
        rows.add(row("back up the whole database", "GET", f -> "/api/admin/backup", null,
                ok(200, "ADMIN").then(403, notAdmin)));
        rows.add(row("who am I", "GET", f -> "/api/me", null, ok(200, EVERYONE)));
        rows.add(row("change my password (wrong current one)", "PUT", f -> "/api/me/password",
                f -> Map.of("currentPassword", "not-my-password", "newPassword", "Another-long-password-5"),
                ok(400, EVERYONE)));
        rows.add(row("my notifications", "GET", f -> "/api/me/notifications", null, ok(200, EVERYONE)));
        rows.add(row("sign out", "POST", f -> "/api/auth/logout", f -> Map.of(), ok(204, EVERYONE)));
        // Pages (ui): what each principal gets when opening them (a browser, asking for HTML, is sent to sign in
        // instead of getting the 401: FrontDoorBrowserTest)
        String notClaimants = STAFF_OWN + " " + STAFF_OTHER + " " + FAMILIES;
        rows.add(page("board page", f -> "/board", ok(200, CLAIMANTS).then(403, notClaimants)));
        rows.add(page("A's need in progress on the board", f -> "/board/needs/" + f.inProgressNeed,
                ok(200, "VOLUNTEER_OWN").then(404, "VOLUNTEER_OTHER ORG_OWN ORG_OTHER").then(403, notClaimants)));
        rows.add(page("commitments page", f -> "/me/commitments", ok(200, CLAIMANTS).then(403, notClaimants)));
        rows.add(page("page of the volunteer's claim", f -> "/me/claims/" + f.volunteerClaim,
                ok(200, "VOLUNTEER_OWN").then(404, "VOLUNTEER_OTHER ORG_OWN ORG_OTHER").then(403, notClaimants)));
        rows.add(page("page of the organisation's claim", f -> "/me/claims/" + f.organisationClaim,
                ok(200, "ORG_OWN").then(404, "VOLUNTEER_OWN VOLUNTEER_OTHER ORG_OTHER").then(403, notClaimants)));
        rows.add(page("volunteer profile page", f -> "/me/profile", ok(200, "VOLUNTEER_OWN VOLUNTEER_OTHER")
                .then(403, notClaimants + " ORG_OWN ORG_OTHER")));
        rows.add(page("organisation page", f -> "/org", ok(200, "ORG_OWN ORG_OTHER")
                .then(403, notClaimants + " VOLUNTEER_OWN VOLUNTEER_OTHER")));
        String notFamilies = STAFF_OWN + " " + STAFF_OTHER + " " + CLAIMANTS;
        rows.add(page("family home page", f -> "/family", ok(200, FAMILIES).then(403, notFamilies)));
        rows.add(page("family page of A's need", f -> "/family/needs/" + f.communityNeed,
                ok(200, "FAMILY_OWN").then(404, "FAMILY_OTHER").then(403, notFamilies)));
        rows.add(page("family profile page", f -> "/family/profile", ok(200, FAMILIES).then(403, notFamilies)));
        rows.add(page("worker home page", f -> "/worker", ok(200, STAFF_OWN + " " + STAFF_OTHER)
                .then(403, CLAIMANTS + " " + FAMILIES)));
        rows.add(page("case file page of A", f -> "/worker/households/" + f.householdA, ok(200, STAFF_OWN)
                .then(404, STAFF_OTHER).then(403, CLAIMANTS + " " + FAMILIES)));
        for (String admin : List.of("/admin", "/admin/users", "/admin/users/new", "/admin/vetting")) {
            rows.add(page("admin page " + admin, f -> admin, ok(200, "ADMIN").then(403, notAdmin)));
        }
        rows.add(page("admin page of an account", f -> "/admin/users/" + f.throwaway.id(),
                ok(200, "ADMIN").then(403, notAdmin)));
        rows.add(page("disclosure log page", f -> "/admin/disclosures", ok(200, "ADMIN CADRE_OWN CADRE_OTHER")
                .then(403, "WORKER_OWN WORKER_OTHER " + CLAIMANTS + " " + FAMILIES)));
        rows.add(page("notifications page", f -> "/me/notifications", ok(200, EVERYONE)));
        rows.add(page("password page", f -> "/me/password", ok(200, EVERYONE)));
        // Visits and programmes
        String notStaff = CLAIMANTS + " " + FAMILIES;
        String managers = "ADMIN CADRE_OWN";
        String notManagers = "WORKER_OWN WORKER_OTHER VOLUNTEER_OWN VOLUNTEER_OTHER ORG_OTHER " + FAMILIES;
        rows.add(row("record a visit to A", "POST", f -> "/api/households/" + f.householdA + "/visits", f -> Map.of(),
                ok(201, "CADRE_OWN WORKER_OWN").then(404, STAFF_OTHER).then(403, "ADMIN " + notStaff)));
        rows.add(row("visits of A", "GET", f -> "/api/households/" + f.householdA + "/visits", null,
                ok(200, STAFF_OWN).then(404, STAFF_OTHER).then(403, notStaff)));
        rows.add(row("visit plan of A", "GET", f -> "/api/households/" + f.householdA + "/visit-plan", null,
                ok(200, STAFF_OWN).then(404, STAFF_OTHER).then(403, notStaff)));
        rows.add(row("visits due", "GET", f -> "/api/visits/due", null,
                ok(200, STAFF_OWN + " " + STAFF_OTHER).then(403, notStaff)));
        rows.add(row("check A's scanned code", "GET", f -> "/api/visit-codes/" + VisitAccessFixture.of(f).tokenOfA(),
                null,
                ok(200, "CADRE_OWN WORKER_OWN").then(404, STAFF_OTHER).then(403, "ADMIN " + notStaff)));
        rows.add(row("A's visit code", "GET", f -> "/api/households/" + f.householdA + "/visit-code", null,
                ok(200, STAFF_OWN).then(404, STAFF_OTHER).then(403, notStaff)));
        rows.add(row("A's QR image", "GET", f -> "/api/households/" + f.householdA + "/visit-code/qr.png", null,
                ok(200, STAFF_OWN).then(404, STAFF_OTHER).then(403, notStaff)));
        rows.add(page("QR sheet of A's community", f -> "/worker/qr-sheet?area=" + f.own.community,
                ok(200, STAFF_OWN).then(403, STAFF_OTHER + " " + notStaff)));
        rows.add(row("A's QR image to download", "GET",
                f -> "/api/households/" + f.householdA + "/visit-code/qr.png?download=true", null,
                ok(200, STAFF_OWN).then(404, STAFF_OTHER).then(403, notStaff)));
        rows.add(row("issue a visit code for A", "POST", f -> "/api/households/" + f.householdA + "/visit-code",
                f -> Map.of(),
                ok(201, STAFF_OWN).then(404, STAFF_OTHER).then(403, notStaff)));
        rows.add(row("revoke a visit code", "DELETE",
                f -> "/api/households/" + VisitAccessFixture.of(f).revocableWithCode() + "/visit-code", null,
                ok(204, STAFF_OWN).then(404, STAFF_OTHER).then(403, notStaff)));
        rows.add(row("list programmes", "GET", f -> "/api/programmes", null,
                ok(200, "ADMIN CADRE_OWN CADRE_OTHER ORG_OWN ORG_OTHER")
                        .then(403, "WORKER_OWN WORKER_OTHER VOLUNTEER_OWN VOLUNTEER_OTHER " + FAMILIES)));
        rows.add(row("create a programme in A's street", "POST", f -> "/api/programmes",
                f -> VisitAccessFixture.of(f).programmeBody(),
                ok(201, managers).then(403, "CADRE_OTHER ORG_OWN " + notManagers)));
        rows.add(row("read programme P", "GET", f -> "/api/programmes/" + VisitAccessFixture.of(f).programme, null,
                ok(200, managers + " ORG_OWN").then(404, "CADRE_OTHER ORG_OTHER")
                        .then(403, "WORKER_OWN WORKER_OTHER VOLUNTEER_OWN VOLUNTEER_OTHER " + FAMILIES)));
        rows.add(row("update programme P", "PUT", f -> "/api/programmes/" + VisitAccessFixture.of(f).programme,
                f -> withVersion(VisitAccessFixture.of(f).programmeBody()),
                ok(409, managers).then(404, "CADRE_OTHER").then(403, "ORG_OWN " + notManagers)));
        rows.add(row("replace P's rubric", "PUT",
                f -> "/api/programmes/" + VisitAccessFixture.of(f).programme + "/rubric",
                f -> Map.of("items", List.of(Map.of("name", "矩阵", "weight", 1, "maxScore", 5)), "version", 999),
                ok(409, managers).then(404, "CADRE_OTHER").then(403, "ORG_OWN " + notManagers)));
        rows.add(
                row("members of P", "GET", f -> "/api/programmes/" + VisitAccessFixture.of(f).programme + "/households",
                        null, ok(200, managers).then(404, "CADRE_OTHER").then(403, "ORG_OWN " + notManagers)));
        rows.add(row("add a household to P", "POST", f -> "/api/programmes/" + VisitAccessFixture.of(f).programme
                + "/households", f -> Map.of("householdId", VisitAccessFixture.of(f).freshHousehold()),
                ok(201, managers).then(404, "CADRE_OTHER").then(403, "ORG_OWN " + notManagers)));
        rows.add(row("remove a household from P", "DELETE", f -> "/api/programmes/" + VisitAccessFixture.of(f).programme
                + "/households/" + VisitAccessFixture.of(f).freshMember(), null,
                ok(204, managers).then(404, "CADRE_OTHER").then(403, "ORG_OWN " + notManagers)));
        rows.add(row("open an evaluation", "POST", f -> "/api/programmes/" + VisitAccessFixture.of(f).newProgramme()
                + "/evaluations", f -> Map.of("kind", "FINAL"),
                ok(201, managers).then(404, "CADRE_OTHER").then(403, "ORG_OWN " + notManagers)));
        rows.add(row("read P's open evaluation", "GET", f -> "/api/programmes/" + VisitAccessFixture.of(f).programme
                + "/evaluations/" + VisitAccessFixture.of(f).round, null,
                ok(200, managers).then(404, "CADRE_OTHER ORG_OWN ORG_OTHER")
                        .then(403, "WORKER_OWN WORKER_OTHER VOLUNTEER_OWN VOLUNTEER_OTHER " + FAMILIES)));
        rows.add(row("score P's evaluation", "PUT", f -> "/api/programmes/" + VisitAccessFixture.of(f).programme
                + "/evaluations/" + VisitAccessFixture.of(f).round + "/scores",
                f -> Map.of("scores", List.of(), "submit", false, "version", 999),
                ok(409, "CADRE_OWN").then(403, "ADMIN ORG_OWN " + notManagers).then(404, "CADRE_OTHER")));
        // matching: runs and their review are for cadres of the area; pairs and groups for its staff
        String notCadres = "WORKER_OWN WORKER_OTHER " + CLAIMANTS + " " + FAMILIES;
        rows.add(row("start a run (time limit beyond the solver's)", "POST", f -> "/api/matching/runs",
                f -> Map.of("kind", "PAIRS", "areaCode", f.own.street, "timeLimitSeconds", 3000),
                ok(400, "ADMIN CADRE_OWN").then(403, "CADRE_OTHER " + notCadres)));
        rows.add(row("list matching runs", "GET", f -> "/api/matching/runs", null,
                ok(200, "ADMIN CADRE_OWN CADRE_OTHER").then(403, notCadres)));
        rows.add(row("read a run of A's street", "GET", f -> "/api/matching/runs/" + f.matching().run, null,
                ok(200, "ADMIN CADRE_OWN").then(404, "CADRE_OTHER").then(403, notCadres)));
        rows.add(row("events of a run", "GET", f -> "/api/matching/runs/" + f.matching().run + "/events", null,
                ok(200, "ADMIN CADRE_OWN").then(404, "CADRE_OTHER").then(403, notCadres)));
        rows.add(row("stop an ended run", "DELETE", f -> "/api/matching/runs/" + f.matching().run, null,
                ok(409, "ADMIN CADRE_OWN").then(404, "CADRE_OTHER").then(403, notCadres)));
        rows.add(row("proposals of a run", "GET", f -> "/api/matching/runs/" + f.matching().run + "/proposals", null,
                ok(200, "ADMIN CADRE_OWN").then(404, "CADRE_OTHER").then(403, notCadres)));
        rows.add(row("accept all of a run (none open)", "POST",
                f -> "/api/matching/runs/" + f.matching().run + "/acceptance",
                f -> Map.of(), ok(200, "ADMIN CADRE_OWN").then(404, "CADRE_OTHER").then(403, notCadres)));
        rows.add(row("read a proposal", "GET", f -> "/api/matching/proposals/" + f.matching().proposal, null,
                ok(200, "ADMIN CADRE_OWN").then(404, "CADRE_OTHER").then(403, notCadres)));
        rows.add(row("accept a rejected proposal", "POST", f -> "/api/matching/proposals/" + f.matching().proposal
                + "/acceptance", f -> Map.of(),
                ok(409, "ADMIN CADRE_OWN").then(404, "CADRE_OTHER").then(403, notCadres)));
        rows.add(row("reject a rejected proposal", "POST", f -> "/api/matching/proposals/" + f.matching().proposal
                + "/rejection", f -> Map.of("reason", "矩阵"), ok(409, "ADMIN CADRE_OWN").then(404, "CADRE_OTHER")
                        .then(403, notCadres)));
        rows.add(row("list pairs", "GET", f -> "/api/matching/pairings", null,
                ok(200, STAFF_OWN + " " + STAFF_OTHER).then(403, CLAIMANTS + " " + FAMILIES)));
        rows.add(row("list groups", "GET", f -> "/api/matching/groups", null,
                ok(200, STAFF_OWN + " " + STAFF_OTHER).then(403, CLAIMANTS + " " + FAMILIES)));
        rows.add(row("my commitments", "GET", f -> "/api/me/commitments", null,
                ok(200, "VOLUNTEER_OWN VOLUNTEER_OTHER").then(403, STAFF_OWN + " " + STAFF_OTHER + " ORG_OWN ORG_OTHER "
                        + FAMILIES)));
        rows.add(row("the own-area volunteer's commitments", "GET", f -> "/api/volunteers/" + f.volunteerRecord
                + "/commitments", null,
                ok(200, STAFF_OWN + " VOLUNTEER_OWN").then(404, STAFF_OTHER + " VOLUNTEER_OTHER")
                        .then(403, "ORG_OWN ORG_OTHER " + FAMILIES)));
        rows.add(row("declare a conflict already recorded", "POST", f -> "/api/matching/conflicts",
                f -> Map.of("volunteerId", f.volunteerRecord, "householdId", f.householdA, "reason", "矩阵"),
                ok(409, STAFF_OWN).then(422, STAFF_OTHER).then(403, CLAIMANTS + " " + FAMILIES)));
        rows.add(row("conflicts of A", "GET", f -> "/api/matching/conflicts?householdId=" + f.householdA, null,
                ok(200, STAFF_OWN).then(404, STAFF_OTHER).then(403, CLAIMANTS + " " + FAMILIES)));
        rows.add(row("read a conflict of A", "GET", f -> "/api/matching/conflicts/" + f.matching().conflict, null,
                ok(200, STAFF_OWN).then(404, STAFF_OTHER).then(403, CLAIMANTS + " " + FAMILIES)));
        // ending them: the household's case workers, or the volunteer in it; to anyone else they do not exist
        rows.add(row("end the own-area volunteer's pair", "POST", f -> "/api/matching/pairings/" + f.commitments().pair
                + "/end", f -> Map.of("reason", "矩阵", "version", 999), ok(409, STAFF_OWN + " VOLUNTEER_OWN")
                        .then(404, STAFF_OTHER + " VOLUNTEER_OTHER").then(403, "ORG_OWN ORG_OTHER " + FAMILIES)));
        rows.add(row("the own-area volunteer leaves their seat", "POST", f -> "/api/matching/groups/"
                + f.commitments().group + "/members/" + f.volunteerRecord + "/departure",
                f -> Map.of("reason", "矩阵", "version", 999), ok(409, STAFF_OWN + " VOLUNTEER_OWN")
                        .then(404, STAFF_OTHER + " VOLUNTEER_OTHER").then(403, "ORG_OWN ORG_OTHER " + FAMILIES)));
        rows.add(row("end the group", "POST", f -> "/api/matching/groups/" + f.commitments().group + "/end",
                f -> Map.of("reason", "矩阵", "version", 999),
                ok(409, STAFF_OWN).then(404, STAFF_OTHER).then(403, CLAIMANTS + " " + FAMILIES)));
        // after the match: the trial's two sides, the handover and the contact log (pair of a household of A's area)
        String notVolunteers = STAFF_OWN + " " + STAFF_OTHER + " ORG_OWN ORG_OTHER " + FAMILIES;
        for (String kind : List.of("pairings", "groups")) {
            Function<AccessFixture, String> base = f -> "/api/matching/" + kind + "/"
                    + (kind.equals("pairings") ? f.commitments().pair : f.commitments().group);
            rows.add(row(kind + ": the volunteer answers the trial (stale)", "POST",
                    f -> base.apply(f) + (kind.equals("pairings") ? "" : "/members/" + f.volunteerRecord) + "/answer",
                    f -> Map.of("confirm", true, "version", 999),
                    ok(409, "VOLUNTEER_OWN").then(404, "VOLUNTEER_OTHER").then(403, notVolunteers)));
            rows.add(row(kind + ": the household consents (stale)", "POST", f -> base.apply(f) + "/household-consent",
                    f -> Map.of("version", 999),
                    ok(409, STAFF_OWN).then(404, STAFF_OTHER + " " + FAMILIES).then(403, CLAIMANTS)));
            rows.add(row(kind + ": made formal (stale)", "POST", f -> base.apply(f) + "/formalisation",
                    f -> Map.of("version", 999),
                    ok(409, STAFF_OWN).then(404, STAFF_OTHER).then(403, CLAIMANTS + " " + FAMILIES)));
            rows.add(row(kind + ": the handover", "GET", f -> base.apply(f) + "/handover", null,
                    ok(200, STAFF_OWN + " VOLUNTEER_OWN").then(404, STAFF_OTHER + " VOLUNTEER_OTHER")
                            .then(403, "ORG_OWN ORG_OTHER " + FAMILIES)));
            rows.add(row(kind + ": the contact log", "GET", f -> base.apply(f) + "/contacts", null,
                    ok(200, STAFF_OWN + " VOLUNTEER_OWN").then(404, STAFF_OTHER + " VOLUNTEER_OTHER")
                            .then(403, "ORG_OWN ORG_OTHER " + FAMILIES)));
            rows.add(row(kind + ": record a contact", "POST", f -> base.apply(f) + "/contacts", f -> contact(),
                    ok(201, STAFF_OWN + " VOLUNTEER_OWN").then(404, STAFF_OTHER + " VOLUNTEER_OTHER")
                            .then(403, "ORG_OWN ORG_OTHER " + FAMILIES)));
            rows.add(row(kind + ": a side of the mid-term review (a case worker without outcomes: 400)", "PUT",
                    f -> base.apply(f) + "/reviews/MIDTERM", f -> Map.of("rating", 3),
                    ok(400, STAFF_OWN).then(200, "VOLUNTEER_OWN")
                            .then(404, STAFF_OTHER + " VOLUNTEER_OTHER " + FAMILIES)
                            .then(403, "ORG_OWN ORG_OTHER")));
            rows.add(row(kind + ": the reviews", "GET", f -> base.apply(f) + "/reviews", null,
                    ok(200, STAFF_OWN + " VOLUNTEER_OWN").then(404, STAFF_OTHER + " VOLUNTEER_OTHER " + FAMILIES)
                            .then(403, "ORG_OWN ORG_OTHER")));
        }
        rows.add(row("pair by hand with A's need in progress", "POST", f -> "/api/matching/pairings",
                f -> Map.of("needId", f.inProgressNeed, "volunteerId", f.volunteerRecord),
                ok(409, STAFF_OWN).then(404, STAFF_OTHER).then(403, CLAIMANTS + " " + FAMILIES)));
        // adjusting groups by hand: the household's case workers only
        rows.add(row("form a group by hand for A's household (its need in progress)", "POST",
                f -> "/api/matching/groups", f -> Map.of("householdId", f.householdA, "needIds",
                        List.of(f.inProgressNeed), "volunteerIds", List.of(f.volunteerRecord), "cadreId", 1),
                ok(409, STAFF_OWN).then(404, STAFF_OTHER).then(403, CLAIMANTS + " " + FAMILIES)));
        rows.add(row("swap a seat of the group (stale)", "POST", f -> "/api/matching/groups/" + f.commitments().group
                + "/swaps",
                f -> Map.of("leavingVolunteerId", f.volunteerRecord, "joiningVolunteerId",
                        f.volunteerRecord, "reason", "矩阵", "version", 999),
                ok(409, STAFF_OWN).then(404, STAFF_OTHER).then(403, CLAIMANTS + " " + FAMILIES)));
        rows.add(row("give the group another lead (stale)", "PUT", f -> "/api/matching/groups/"
                + f.commitments().group + "/lead", f -> Map.of("cadreId", 1, "version", 999),
                ok(409, STAFF_OWN).then(404, STAFF_OTHER).then(403, CLAIMANTS + " " + FAMILIES)));
        rows.add(row("a family's helpers", "GET", f -> "/api/me/helpers", null,
                ok(200, FAMILIES).then(403, STAFF_OWN + " " + STAFF_OTHER + " " + CLAIMANTS)));
        rows.add(page("a family's helpers page", f -> "/family/helpers",
                ok(200, FAMILIES).then(403, STAFF_OWN + " " + STAFF_OTHER + " " + CLAIMANTS)));
        rows.add(page("the handover page of A's pair for its volunteer", f -> "/me/pairings/" + f.commitments().pair
                + "/handover", ok(200, "VOLUNTEER_OWN").then(404, "VOLUNTEER_OTHER ORG_OWN ORG_OTHER")
                        .then(403, STAFF_OWN + " " + STAFF_OTHER + " " + FAMILIES)));
        rows.add(page("the page of A's pair for its case workers", f -> "/commitments/pairings/" + f.commitments().pair,
                ok(200, STAFF_OWN).then(404, STAFF_OTHER).then(403, CLAIMANTS + " " + FAMILIES)));
        for (String cadrePage : List.of("/cadre", "/cadre/matching", "/cadre/commitments")) {
            rows.add(page("cadre page " + cadrePage, f -> cadrePage,
                    ok(200, "ADMIN CADRE_OWN CADRE_OTHER").then(403, notCadres)));
        }
        rows.add(page("page of a run of A's street", f -> "/cadre/matching/runs/" + f.matching().run,
                ok(200, "ADMIN CADRE_OWN").then(404, "CADRE_OTHER").then(403, notCadres)));
        rows.add(page("proposals page of that run", f -> "/cadre/matching/runs/" + f.matching().run + "/proposals",
                ok(200, "ADMIN CADRE_OWN").then(404, "CADRE_OTHER").then(403, notCadres)));
        // Statistics and exports: a wider area is narrowed to the caller's own, a disjoint one refused
        rows.add(row("statistics of A's district", "GET", f -> "/api/statistics?area=" + f.own.district, null,
                ok(200, STAFF_OWN).then(403, STAFF_OTHER + " " + CLAIMANTS + " " + FAMILIES)));
        rows.add(page("statistics dashboard", f -> "/statistics",
                ok(200, STAFF_OWN + " " + STAFF_OTHER).then(403, CLAIMANTS + " " + FAMILIES)));
        rows.add(row("export statistics of A's district", "GET",
                f -> "/api/exports/statistics?format=XLSX&area=" + f.own.district, null,
                ok(200, STAFF_OWN).then(403, STAFF_OTHER + " " + CLAIMANTS + " " + FAMILIES)));
        rows.add(row("export households of A's district", "GET",
                f -> "/api/exports/households?areaPrefix=" + f.own.district, null,
                ok(200, STAFF_OWN).then(403, STAFF_OTHER + " " + CLAIMANTS + " " + FAMILIES)));
        rows.add(
                row("export needs of A's district", "GET", f -> "/api/exports/needs?areaPrefix=" + f.own.district, null,
                        ok(200, STAFF_OWN + " " + FAMILIES).then(403, STAFF_OTHER + " " + CLAIMANTS)));
        rows.add(row("export service records", "GET", f -> "/api/exports/service-records?format=CSV", null,
                ok(200, EVERYONE)));
        return rows;
    }

    private static Map<String, Object> contact() {
        return Map.of("contactedOn", LocalDate.now().minusDays(1).toString(), "hours", 1, "channel", "PHONE",
                "participants", List.of("志愿者"), "dimensions", List.of("DAILY_LIFE"), "summary", "矩阵：电话问候");
    }

    @Test
    void everyCellOfTheMatrixHasItsExactStatus() {
        AccessFixture fixture = new AccessFixture();
        List<Row> rows = rows();
        List<String> wrong = new ArrayList<>();
        int cells = 0;
        for (Row row : rows) {
            for (String principal : AccessFixture.principals()) {
                int expected = row.expected().get(principal);
                Response response = send(fixture, principal, row);
                cells++;
                if (response.statusCode() != expected) {
                    wrong.add(String.format("%-40s %-16s expected %d, got %d %s", row.name(), principal, expected,
                            response.statusCode(), response.asString().replaceAll("\\s+", " ")));
                }
            }
        }
        System.out.printf("Access matrix: %d endpoints x %d principals = %d cells%n", rows.size(),
                AccessFixture.principals().size(), cells);
        assertThat(wrong).as("cells with the wrong status").isEmpty();
    }

    private static Response send(AccessFixture fixture, String principal, Row row) {
        RequestSpecification request = "ANONYMOUS".equals(principal) ? given().auth().none()
                : fixture.people.get(principal).request();
        request = request.contentType(ContentType.JSON).redirects().follow(false);
        if (row.body() != null) {
            request = request.body(row.body().apply(fixture));
        }
        return request.request(row.method(), row.path().apply(fixture));
    }

    private static Row page(String name, Function<AccessFixture, String> path, Expect expect) {
        return row(name, "GET", path, null, expect);
    }

    private static Row row(String name, String method, Function<AccessFixture, String> path,
            Function<AccessFixture, Object> body, Expect expect) {
        return new Row(name, method, path, body, expect.all());
    }

    private static Map<String, Object> withVersion(Map<String, Object> body) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put("version", 999);
        return copy;
    }

    private static Map<String, Object> householdUpdate(AccessFixture f) {
        Map<String, Object> body = TestHouseholds.body(f.own.compound, List.of());
        body.remove("members");
        body.put("version", 999);
        return body;
    }

    private static Map<String, Object> need(long household) {
        return new HashMap<>(Map.of("householdId", household, "category", "TUTORING", "urgency", "LOW",
                "description", "矩阵测试的需求描述"));
    }

    private static Map<String, Object> volunteer(String area) {
        return new HashMap<>(Map.of("name", "矩阵志愿者", "gender", "MALE", "areaCode", area, "skills", List.of("TUTORING"),
                "languages", List.of("zh"), "availability", List.of("SUNDAY_MORNING"), "capacity", 1));
    }

    private static Map<String, Object> cadre(String area) {
        return new HashMap<>(Map.of("name", "矩阵干部", "gender", "FEMALE", "unit", "街道妇联", "areaCode", area,
                "capacity", 3));
    }

    private static Map<String, Object> organisation(String area) {
        return new HashMap<>(Map.of("name", "矩阵机构" + UNIQUE.incrementAndGet(), "kind", "CHARITY", "areaCode", area,
                "serviceCategories", List.of("TUTORING")));
    }

    private static Map<String, Object> account(AccessFixture f) {
        return Map.of("username", "matrix-" + UNIQUE.incrementAndGet(), "displayName", "矩阵", "role", "WORKER",
                "areaCode", f.own.community, "password", "Matrix-account-password-3");
    }

    private static Map<String, Object> accountUpdate(AccessFixture f) {
        return Map.of("username", f.throwaway.username(), "displayName", "矩阵", "role", "WORKER",
                "areaCode", f.own.community, "version", 999);
    }
}
