package org.tongxing.demo;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.tongxing.assistance.AssistanceKind;
import org.tongxing.assistance.AssistanceRecord;
import org.tongxing.assistance.Benefit;
import org.tongxing.assistance.BenefitKind;
import org.tongxing.assistance.BenefitStatus;
import org.tongxing.common.ChinaTime;
import org.tongxing.common.ResidentId;
import org.tongxing.household.Composition;
import org.tongxing.household.HardshipCategory;
import org.tongxing.household.Household;
import org.tongxing.need.Need;
import org.tongxing.need.NeedStatus;
import org.tongxing.need.Visibility;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The test database starts empty, so the demo district seen here was loaded by this run's start-up. */
@QuarkusTest
class DemoDataTest {

    private static final String DISTRICT = DemoDistrict.DISTRICT;

    @Inject
    DemoDataLoader loader;

    @Test
    void theDemoDistrictHasTheAdvertisedSize() {
        assertThat(total("/api/households")).isEqualTo(300);
        assertThat(total("/api/volunteers")).isEqualTo(120);
        assertThat(total("/api/cadres")).isEqualTo(10);
        assertThat(total("/api/organisations")).isEqualTo(8);
        assertThat(total("/api/needs")).isEqualTo(400);
        given().queryParam("parent", DISTRICT).get("/api/areas").then().body("size()", equalTo(2));
        given().queryParam("parent", DISTRICT + "001").get("/api/areas").then().body("size()", equalTo(6));
    }

    @Test
    void needsAreInEveryStatusAndAtEveryLevel() {
        for (NeedStatus status : NeedStatus.values()) {
            given().queryParams(Map.of("areaPrefix", DISTRICT, "status", status, "size", 1)).get("/api/needs")
                    .then().body("totalItems", greaterThan(0));
        }
        for (Visibility visibility : Visibility.values()) {
            given().queryParams(Map.of("areaPrefix", DISTRICT, "visibility", visibility, "size", 1)).get("/api/needs")
                    .then().body("totalItems", greaterThan(0));
        }
    }

    @Test
    void eachHouseholdsNeedsFitWhoLivesThereAndPillarMothersNeedHelpInSeveralDimensions() {
        QuarkusTransaction.requiringNew().run(() -> {
            for (Household h : Household.<Household>list("areaCode like ?1", DISTRICT + "%")) {
                List<Need> needs = Need.list("householdId", h.id);
                boolean child = h.members.stream().anyMatch(m -> !m.birthDate.isBefore(LocalDate.of(2006, 1, 1)));
                boolean elder = h.members.stream().anyMatch(m -> m.birthDate.isBefore(LocalDate.of(1964, 1, 1)));
                for (Need n : needs) {
                    String where = "need " + n.id + " of a " + h.composition + " household: " + n.description;
                    assertThat(!n.description.contains("独居老人") || h.composition == Composition.ELDERLY_ALONE)
                            .as(where).isTrue();
                    assertThat(!n.description.startsWith("孩子") || child).as(where).isTrue();
                    assertThat(!n.description.startsWith("老人") || elder).as(where).isTrue();
                }
                if (h.composition == Composition.SINGLE_MOTHER) {
                    assertThat(needs.stream().map(n -> n.category).distinct().count()).as("mother " + h.id)
                            .isGreaterThanOrEqualTo(2);
                }
            }
        });
    }

    @Test
    void benefitsFollowEachHouseholdsCategoryAndSomeRechecksFallDueThisMonth() {
        QuarkusTransaction.requiringNew().run(() -> {
            for (Household h : Household.<Household>list("areaCode like ?1 and hardshipCategory = ?2", DISTRICT + "%",
                    HardshipCategory.MINIMUM_ALLOWANCE)) {
                assertThat(Benefit.count("householdId = ?1 and kind = ?2 and status = ?3", h.id,
                        BenefitKind.MINIMUM_LIVING, BenefitStatus.GRANTED)).as("household " + h.id).isEqualTo(1);
            }
            String inDistrict = " and householdId in (select h.id from Household h where h.areaCode like ?2)";
            assertThat(Benefit.count("status = ?1" + inDistrict + " and recheckOn <= ?3", BenefitStatus.GRANTED,
                    DISTRICT + "%", ChinaTime.today().plusDays(30))).isPositive();
            assertThat(Benefit.count("status = ?1" + inDistrict + " and note is not null", BenefitStatus.REFUSED,
                    DISTRICT + "%")).isPositive();
            assertThat(AssistanceRecord.count("kind = ?1" + inDistrict, AssistanceKind.FESTIVAL_VISIT, DISTRICT + "%"))
                    .isEqualTo(2 * Household.count("areaCode like ?1 and hardshipCategory <> ?2", DISTRICT + "%",
                            HardshipCategory.NONE));
        });
    }

    @Test
    void loadingAgainAddsNothing() {
        long before = total("/api/needs") + total("/api/households") + total("/api/volunteers");
        loader.load();
        assertThat(total("/api/needs") + total("/api/households") + total("/api/volunteers")).isEqualTo(before);
    }

    @Test
    void peopleHaveValidIdNumbersAndSomeBeneficiariesBecameVolunteers() {
        JsonPath file = given().get("/api/households/" + firstId("/api/households")).jsonPath();
        for (String id : file.getList("members.idNumber", String.class)) {
            assertThat(ResidentId.isValid(id)).as(id).isTrue();
        }
        JsonPath volunteers = given().queryParams(Map.of("areaPrefix", DISTRICT, "size", 200)).get("/api/volunteers")
                .jsonPath();
        assertThat(volunteers.getList("items.findAll { it.linkedMemberId != null }")).hasSizeGreaterThanOrEqualTo(10);
    }

    private static long total(String path) {
        return given().queryParams(Map.of("areaPrefix", DISTRICT, "size", 1)).get(path).jsonPath()
                .getLong("totalItems");
    }

    private static long firstId(String path) {
        return given().queryParams(Map.of("areaPrefix", DISTRICT, "size", 1)).get(path).jsonPath()
                .getLong("items[0].id");
    }
}
