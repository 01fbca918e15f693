package org.tongxing.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.equalTo;
import static org.tongxing.report.Seeds.at;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongxing.common.ChinaTime;
import org.tongxing.household.FollowUpConfig;
import org.tongxing.household.Tier;
import org.tongxing.support.TestAreas;
import org.tongxing.support.TestHouseholds;
import org.tongxing.support.TestUser;
import org.tongxing.support.TestUsers;
import org.tongxing.visit.VisitSchedule;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * A district of its own is seeded through the API with needs, claims, services and ratings at chosen times,
 * some inside the period and some outside it, next to a second district that must not be counted. While
 * seeding, the test keeps its own ledger of what each section should say; the endpoint must agree with it.
 */
@QuarkusTest
class StatisticsTest {

    private static final LocalDate TODAY = ChinaTime.today();
    private static final LocalDate FROM = TODAY.minusDays(59);

    @Inject
    DataSource db;

    @Inject
    FollowUpConfig followUp;

    private Seeds seeds;
    private TestAreas area;
    private String secondCommunity;
    private TestUser volunteer;
    private TestUser charity;
    private TestUser agency;

    /** The ledger: what each section of the statistics for the seeded district and period must be. */
    private final Map<String, Integer> needs = new TreeMap<>();
    private final List<Double> hoursToClaim = new ArrayList<>();
    private final List<Double> hoursToFulfilment = new ArrayList<>();
    private final Map<String, int[]> claims = new TreeMap<>();
    private final Map<String, List<Double>> services = new TreeMap<>();
    private final int[] ratings = new int[6];
    private final Map<Long, Instant> postedAt = new HashMap<>();
    private final Map<Long, String> categories = new HashMap<>();
    private final Map<Long, String> claimedBy = new HashMap<>();
    private final Map<Long, Instant> claimedOn = new HashMap<>();

    @BeforeEach
    void seed() {
        seeds = new Seeds(db);
        area = TestAreas.create();
        secondCommunity = area.street + "002";
        for (String code : List.of(secondCommunity, secondCommunity + "001")) {
            given().contentType(ContentType.JSON).body(Map.of("code", code, "nameZh", "二社区", "nameEn", "Second"))
                    .post("/api/areas").then().statusCode(201);
        }
        volunteer = TestUsers.volunteer(area.compound, "TUTORING");
        charity = TestUsers.organisationMember(area.district, "TUTORING", "DAILY_LIVING");
        agency = TestUsers.organisationMember(area.district, "PSYCHOLOGICAL_SUPPORT", "DAILY_LIVING");
    }

    @Test
    void everySectionAgreesWithTheLedgerKeptWhileSeeding() {
        long h1 = Seeds.household(area.compound, "MINIMUM_ALLOWANCE", "INTENSIVE");
        long h2 = Seeds.household(area.anotherCompound(2), "MINIMUM_ALLOWANCE", "INTENSIVE");
        long h3 = Seeds.household(area.compound, "MARGINAL", "REGULAR",
                List.of(TestHouseholds.mother(), TestHouseholds.child("林小雨", "2016-09-01", "FEMALE")));
        long h4 = Seeds.household(area.compound, "EXTREMELY_POOR", "STABLE");
        long h5 = Seeds.household(secondCommunity + "001", "TEMPORARY_ASSISTANCE", "REGULAR");

        // posted, claimed, served twice (once before the period), confirmed with 5 stars
        long n1 = posted(h1, "TUTORING", at(TODAY.minusDays(30), 9, 0));
        long c1 = claimed(n1, volunteer, Duration.ofHours(5));
        Seeds.accept(c1);
        served(volunteer, c1, "TUTORING", TODAY.minusDays(20), "2", 1);
        served(volunteer, c1, "TUTORING", TODAY.minusDays(70), "1.5", 1);
        confirmed(n1, c1, postedAt.get(n1).plus(Duration.ofDays(10)), 5);
        // confirmed with 4 stars after six days, by the charity
        long n2 = posted(h2, "TUTORING", at(TODAY.minusDays(25), 8, 0));
        long c2 = claimed(n2, charity, Duration.ofHours(26));
        Seeds.accept(c2);
        served(charity, c2, "TUTORING", TODAY.minusDays(15), "3.5", 4);
        confirmed(n2, c2, postedAt.get(n2).plus(Duration.ofDays(6)), 4);
        // delivered, not yet confirmed
        long n3 = posted(h3, "DAILY_LIVING", at(TODAY.minusDays(20), 14, 30));
        long c3 = claimed(n3, charity, Duration.ofHours(2));
        Seeds.accept(c3);
        served(charity, c3, "DAILY_LIVING", TODAY.minusDays(10), "1.25", 2);
        status(n3, "DAILY_LIVING", "IN_PROGRESS");
        // claimed by the agency and declined: open again, but it was claimed after 50 hours
        long n4 = posted(h3, "PSYCHOLOGICAL_SUPPORT", at(TODAY.minusDays(18), 10, 0));
        Seeds.decline(claimed(n4, agency, Duration.ofHours(50)));
        status(n4, "PSYCHOLOGICAL_SUPPORT", "OPEN");
        // never claimed; cancelled
        status(posted(h4, "COMPANIONSHIP", at(TODAY.minusDays(12), 9, 0)), "COMPANIONSHIP", "OPEN");
        long n6 = posted(h4, "LEGAL_AID", at(TODAY.minusDays(10), 9, 0));
        Seeds.cancel(n6);
        status(n6, "LEGAL_AID", "CANCELLED");
        // claimed after half an hour, confirmed without a rating
        long n7 = posted(h1, "DAILY_LIVING", at(TODAY.minusDays(9), 16, 0));
        long c7 = claimed(n7, agency, Duration.ofMinutes(30));
        Seeds.accept(c7);
        served(agency, c7, "DAILY_LIVING", TODAY.minusDays(5), "2", 1);
        confirmed(n7, c7, postedAt.get(n7).plus(Duration.ofDays(3)), null);
        // posted long before the period: its claim, service and rating fall inside it and count there only
        long n8 = posted(h5, "TUTORING", at(TODAY.minusDays(100), 9, 0));
        long c8 = claimedAt(n8, charity, at(TODAY.minusDays(50), 9, 0));
        Seeds.accept(c8);
        served(charity, c8, "TUTORING", TODAY.minusDays(40), "1", 1);
        confirmed(n8, c8, at(TODAY.minusDays(35), 9, 0), 3);

        beneficiariesWhoVolunteer(h1, h3);
        elsewhere();

        JsonPath stats = given()
                .queryParams(Map.of("area", area.district, "from", FROM.toString(), "to", TODAY.toString()))
                .get("/api/statistics").then().statusCode(200).extract().jsonPath();

        assertThat(stats.getString("area")).isEqualTo(area.district);
        assertThat(stats.getInt("households.total")).isEqualTo(5);
        assertThat(households(stats)).containsExactlyInAnyOrderEntriesOf(Map.of("MINIMUM_ALLOWANCE/INTENSIVE", 2,
                "MARGINAL/REGULAR", 1, "EXTREMELY_POOR/STABLE", 1, "TEMPORARY_ASSISTANCE/REGULAR", 1));
        assertThat(pairs(stats, "needs.byCategoryAndStatus", "category", "status", "needs")).isEqualTo(needs);
        assertThat(stats.getInt("needs.total")).isEqualTo(needs.values().stream().mapToInt(Integer::intValue).sum());
        assertThat(stats.getInt("responseTimes.toClaim.needs")).isEqualTo(hoursToClaim.size());
        assertThat(stats.getDouble("responseTimes.toClaim.medianHours")).isCloseTo(median(hoursToClaim), within(1e-6));
        assertThat(stats.getInt("responseTimes.toFulfilment.needs")).isEqualTo(hoursToFulfilment.size());
        assertThat(stats.getDouble("responseTimes.toFulfilment.medianHours"))
                .isCloseTo(median(hoursToFulfilment), within(1e-6));
        assertThat(claimsByClaimant(stats)).isEqualTo(claims.entrySet().stream().collect(
                TreeMap::new, (m, e) -> m.put(e.getKey(), List.of(e.getValue()[0], e.getValue()[1])), Map::putAll));
        assertThat(servicesByCategory(stats)).isEqualTo(services);
        for (int score = 1; score <= 5; score++) {
            assertThat(stats.getInt("satisfaction.byScore.find { it.score == " + score + " }.claims"))
                    .as("rated " + score).isEqualTo(ratings[score]);
        }
        assertThat(stats.getInt("satisfaction.unrated")).isEqualTo(ratings[0]);
        int rated = ratings[1] + ratings[2] + ratings[3] + ratings[4] + ratings[5];
        int points = ratings[1] + 2 * ratings[2] + 3 * ratings[3] + 4 * ratings[4] + 5 * ratings[5];
        assertThat(new BigDecimal(stats.getString("satisfaction.average")))
                .isEqualByComparingTo(
                        BigDecimal.valueOf(points).divide(BigDecimal.valueOf(rated), 2, RoundingMode.HALF_UP));
        assertThat(stats.getMap("becameVolunteers")).isEqualTo(Map.of("total", 2, "registeredInPeriod", 1, "vetted", 1,
                "households", 2));
    }

    /**
     * Files opened and visits made at chosen days; the ledger walks each household's visits with the visit schedule's
     * own Java rule ({@link VisitSchedule#dueOn}) to find the visits that fell due in the period and how they were met.
     */
    @Test
    void visitsDoneAndDueFollowTheScheduleOfEachTier() {
        TestUser worker = TestUsers.worker(area.community);
        List<long[]> ledger = List.of(visited(worker, area.compound, "INTENSIVE", List.of(-100, -75, -40, -5)),
                visited(worker, area.compound, "INTENSIVE", List.of(-50, -30, -20)),
                visited(worker, area.compound, "REGULAR", List.of(-120)),
                visited(worker, area.compound, "STABLE", List.of(-170, -10)));
        long[] expected = new long[6];
        ledger.forEach(l -> Arrays.setAll(expected, i -> expected[i] + l[i]));
        TestAreas other = TestAreas.create();
        visited(TestUsers.worker(other.community), other.compound, "INTENSIVE", List.of(-60, -30, -3));

        JsonPath stats = given()
                .queryParams(Map.of("area", area.district, "from", FROM.toString(), "to", TODAY.toString()))
                .get("/api/statistics").then().statusCode(200).extract().jsonPath();
        assertThat(List.of(stats.getLong("visits.visits"), stats.getLong("visits.householdsVisited"),
                stats.getLong("visits.due"), stats.getLong("visits.dueOnTime"), stats.getLong("visits.dueLate"),
                stats.getLong("visits.dueOpen"))).containsExactly(Arrays.stream(expected).boxed().toArray(Long[]::new));
        assertThat(expected[2]).as("the scenario has visits due").isGreaterThan(2);
    }

    @Test
    void aWorkerAskingForTheWholeDistrictIsShownTheirCommunity() {
        Seeds.household(area.compound, "MARGINAL", "STABLE");
        Seeds.household(secondCommunity + "001", "MARGINAL", "STABLE");
        TestUser worker = TestUsers.worker(area.community);
        worker.request().queryParam("area", area.district).get("/api/statistics").then().statusCode(200)
                .body("area", equalTo(area.community)).body("households.total", equalTo(1))
                .body("to", equalTo(TODAY.toString()))
                .body("from", equalTo(TODAY.minusYears(1).plusDays(1).toString()));
        TestUsers.worker(TestAreas.create().community).request().queryParam("area", area.district)
                .get("/api/statistics").then().statusCode(403).body("type", equalTo("/problems/outside-your-area"));
    }

    @Test
    void aPeriodThatEndsBeforeItStartsOrAnUnknownAreaIsRefused() {
        given().queryParams(Map.of("from", "2026-02-01", "to", "2026-01-31")).get("/api/statistics").then()
                .statusCode(400).body("type", equalTo("/problems/invalid-date-range"))
                .body("errors[0].field", equalTo("from"));
        given().queryParams(Map.of("from", "2001-01-01", "to", "2026-01-31")).get("/api/statistics").then()
                .statusCode(400).body("type", equalTo("/problems/invalid-date-range"));
        given().queryParam("area", "999999").get("/api/statistics").then().statusCode(404);
        given().queryParam("area", "12").get("/api/statistics").then().statusCode(400)
                .body("errors[0].field", equalTo("area"));
    }

    /** A household of the tier whose file was opened on the first day and visited on the others (days from today). */
    private long[] visited(TestUser worker, String compound, String tier, List<Integer> days) {
        long household = Seeds.household(compound, "MARGINAL", tier);
        seeds.backdate("household", "created_at", household, at(TODAY.plusDays(days.get(0)), 9, 0));
        for (int day : days.subList(1, days.size())) {
            worker.request().contentType(ContentType.JSON)
                    .body(Map.of("visitedAt", at(TODAY.plusDays(day), 10, 0).toString()))
                    .post("/api/households/" + household + "/visits").then().statusCode(201);
        }
        return ledgerOf(tier, days);
    }

    /** visits made in the period, households visited, visits due, on time, late, open: as the schedule defines them. */
    private long[] ledgerOf(String tier, List<Integer> days) {
        Period interval = followUp.interval(Tier.valueOf(tier));
        List<LocalDate> basis = days.stream().map(TODAY::plusDays).toList();
        long[] l = new long[6];
        l[0] = basis.subList(1, basis.size()).stream().filter(d -> !d.isBefore(FROM)).count();
        l[1] = l[0] > 0 ? 1 : 0;
        for (int i = 0; i < basis.size(); i++) {
            LocalDate due = VisitSchedule.dueOn(basis.get(i), interval);
            if (due.isBefore(FROM) || due.isAfter(TODAY)) {
                continue;
            }
            l[2]++;
            LocalDate next = i + 1 < basis.size() ? basis.get(i + 1) : null;
            l[next == null ? 5 : next.isAfter(due) ? 4 : 3]++;
        }
        return l;
    }

    /** A need posted at the given time; counted in the needs section once its final status is known. */
    private long posted(long household, String category, Instant when) {
        long need = Seeds.need(household, category, "统计测试的需求");
        seeds.backdate("need", "created_at", need, when);
        postedAt.put(need, when);
        categories.put(need, category);
        return need;
    }

    private long claimed(long need, TestUser claimant, Duration after) {
        return claimedAt(need, claimant, postedAt.get(need).plus(after));
    }

    private long claimedAt(long need, TestUser claimant, Instant when) {
        long claim = Seeds.claim(claimant, need);
        seeds.backdate("claim", "created_at", claim, when);
        claimedBy.put(claim, claimantKey(claimant));
        claimedOn.put(claim, when);
        if (inPeriod(postedAt.get(need))) {
            hoursToClaim.add(Duration.between(postedAt.get(need), when).toSeconds() / 3600.0);
        }
        if (inPeriod(when)) {
            claims.computeIfAbsent(claimantKey(claimant), k -> new int[2])[0]++;
        }
        return claim;
    }

    private void confirmed(long need, long claim, Instant when, Integer rating) {
        Seeds.confirm(claim, rating);
        seeds.backdate("claim", "confirmed_at", claim, when);
        status(need, categories.get(need), "FULFILLED");
        if (inPeriod(postedAt.get(need))) {
            hoursToFulfilment.add(Duration.between(postedAt.get(need), when).toSeconds() / 3600.0);
        }
        if (inPeriod(claimedOn.get(claim))) {
            claims.get(claimedBy.get(claim))[1]++;
        }
        if (inPeriod(when)) {
            ratings[rating == null ? 0 : rating]++;
        }
    }

    private void served(TestUser claimant, long claim, String category, LocalDate day, String hours, int personTimes) {
        Seeds.serve(claimant, claim, day, hours, personTimes, null);
        if (!day.isBefore(FROM) && !day.isAfter(TODAY)) {
            services.merge(category, List.of(1.0, Double.valueOf(hours), (double) personTimes),
                    (a, b) -> List.of(a.get(0) + b.get(0), a.get(1) + b.get(1), a.get(2) + b.get(2)));
        }
    }

    /** Records the status a need posted in the period ends with, as the scenario that made it intends. */
    private void status(long need, String category, String status) {
        if (inPeriod(postedAt.get(need))) {
            needs.merge(category + "/" + status, 1, Integer::sum);
        }
    }

    private void beneficiariesWhoVolunteer(long h1, long h3) {
        long vetted = linkedVolunteer(Seeds.firstMember(h1));
        given().contentType(ContentType.JSON).body(Map.of("status", "VETTED", "version", 0))
                .put("/api/volunteers/" + vetted + "/vetting").then().statusCode(200);
        long earlier = linkedVolunteer(Seeds.firstMember(h3));
        seeds.backdate("volunteer", "created_at", earlier, at(TODAY.minusDays(200), 9, 0));
    }

    private long linkedVolunteer(long member) {
        Map<String, Object> v = new HashMap<>(Map.of("name", "回馈志愿者", "gender", "FEMALE", "areaCode", area.compound,
                "skills", List.of("COMPANIONSHIP"), "languages", List.of("zh"), "availability",
                List.of("SUNDAY_MORNING"),
                "capacity", 1));
        v.put("linkedMemberId", member);
        return given().contentType(ContentType.JSON).body(v).post("/api/volunteers").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    /** The same kinds of data in another district, which no section of the seeded district may count. */
    private void elsewhere() {
        TestAreas other = TestAreas.create();
        long household = Seeds.household(other.compound, "MINIMUM_ALLOWANCE", "INTENSIVE");
        long need = Seeds.need(household, "TUTORING", "别处的需求");
        long claim = Seeds.claim(charity, need);
        Seeds.accept(claim);
        Seeds.serve(charity, claim, TODAY.minusDays(3), "4", 9, null);
        Seeds.confirm(claim, 1);
        linkedVolunteer(Seeds.firstMember(household));
    }

    private boolean inPeriod(Instant when) {
        LocalDate day = when.atZone(ChinaTime.ZONE).toLocalDate();
        return !day.isBefore(FROM) && !day.isAfter(TODAY);
    }

    private String claimantKey(TestUser claimant) {
        return claimant.volunteerId() != null ? "volunteers" : orgName(claimant);
    }

    private static String orgName(TestUser member) {
        return given().get("/api/organisations/" + member.organisationId()).jsonPath().getString("name");
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static Map<String, Integer> households(JsonPath stats) {
        return pairs(stats, "households.byCategoryAndTier", "hardshipCategory", "tier", "households");
    }

    private static Map<String, Integer> pairs(JsonPath json, String path, String a, String b, String count) {
        Map<String, Integer> result = new TreeMap<>();
        for (Map<String, Object> row : json.<Map<String, Object>>getList(path)) {
            result.put(row.get(a) + "/" + row.get(b), ((Number) row.get(count)).intValue());
        }
        return result;
    }

    private static Map<String, List<Integer>> claimsByClaimant(JsonPath stats) {
        Map<String, List<Integer>> result = new TreeMap<>();
        for (Map<String, Object> row : stats.<Map<String, Object>>getList("claims.byOrganisation")) {
            result.put((String) row.get("name"), List.of((Integer) row.get("claims"), (Integer) row.get("confirmed")));
        }
        result.put("volunteers",
                List.of(stats.getInt("claims.volunteerClaims"), stats.getInt("claims.volunteerConfirmed")));
        return result;
    }

    private static Map<String, List<Double>> servicesByCategory(JsonPath stats) {
        Map<String, List<Double>> result = new TreeMap<>();
        for (Map<String, Object> row : stats.<Map<String, Object>>getList("services.byCategory")) {
            result.put((String) row.get("category"), List.of(((Number) row.get("services")).doubleValue(),
                    Double.valueOf(row.get("hours").toString()), ((Number) row.get("personTimes")).doubleValue()));
        }
        return result;
    }
}
