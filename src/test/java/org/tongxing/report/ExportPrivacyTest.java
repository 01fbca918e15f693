package org.tongxing.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.tongxing.common.ChinaTime;
import org.tongxing.support.TestAreas;
import org.tongxing.support.TestHouseholds;
import org.tongxing.support.TestUser;
import org.tongxing.support.TestUsers;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * A household seeded with unmistakable identity (canaries) is exported by every role, in both formats. Each
 * export must show exactly the canaries its screen shows that person, and every export that showed any is in
 * the disclosure log under the EXPORT channel, with the person who made it.
 */
@QuarkusTest
class ExportPrivacyTest {

    private static final String MOTHER = "慕容秀英";
    private static final String CHILD = "慕容小禾";
    private static final String PHONE = "13987650123";
    private static final String MOTHER_ID = TestHouseholds.idNumber("1987-02-15", "FEMALE");
    private static final String CHILD_ID = TestHouseholds.idNumber("2014-06-18", "FEMALE");
    private static final String ADDRESS = "槐花胡同19号西厢";
    private static final Set<String> CANARIES = Set.of(MOTHER, CHILD, PHONE, MOTHER_ID, CHILD_ID, ADDRESS);

    private static final Set<String> ROW = Set.of(MOTHER, ADDRESS);
    private static final Set<String> DESCRIPTION = Set.of(CHILD, PHONE);
    private static final Set<String> CONTACT = Set.of(MOTHER, PHONE);
    private static final Set<String> NONE = Set.of();
    private static final Integer FORBIDDEN = 403;

    @Test
    void eachRoleExportsExactlyTheIdentityItsScreensShowAndEveryShowingIsLogged() {
        TestAreas area = TestAreas.create();
        TestAreas other = TestAreas.create();
        long household = canaryHousehold(area.compound);
        long need = Seeds.need(household, "TUTORING", CHILD + "需要数学辅导，请联系妈妈" + PHONE);
        long orgNeed = Seeds.need(household, "TUTORING", "辅导" + CHILD + "的英语，电话" + PHONE);
        Map<String, TestUser> people = new LinkedHashMap<>();
        people.put("ADMIN", TestUsers.admin());
        people.put("CADRE_OWN", TestUsers.cadre(area.street));
        people.put("WORKER_OWN", TestUsers.worker(area.community));
        people.put("WORKER_OTHER", TestUsers.worker(other.community));
        people.put("VOLUNTEER_OWN", TestUsers.volunteer(area.compound, "TUTORING"));
        people.put("VOLUNTEER_OTHER", TestUsers.volunteer(area.compound, "TUTORING"));
        people.put("ORG_OWN", TestUsers.organisationMember(area.district, "TUTORING"));
        people.put("FAMILY_OWN", TestUsers.family(household, area.compound));
        people.put("FAMILY_OTHER",
                TestUsers.family(Seeds.household(other.compound, "MARGINAL", "STABLE"), other.compound));
        served(people.get("VOLUNTEER_OWN"), need);
        served(people.get("ORG_OWN"), orgNeed);

        Map<String, Object> expected = new LinkedHashMap<>();
        expect(expected, "households", Map.of("ADMIN", ROW, "CADRE_OWN", ROW, "WORKER_OWN", ROW, "WORKER_OTHER", NONE,
                "VOLUNTEER_OWN", FORBIDDEN, "VOLUNTEER_OTHER", FORBIDDEN, "ORG_OWN", FORBIDDEN, "FAMILY_OWN", FORBIDDEN,
                "FAMILY_OTHER", FORBIDDEN));
        expect(expected, "needs", Map.of("ADMIN", DESCRIPTION, "CADRE_OWN", DESCRIPTION, "WORKER_OWN", DESCRIPTION,
                "WORKER_OTHER", NONE, "VOLUNTEER_OWN", FORBIDDEN, "VOLUNTEER_OTHER", FORBIDDEN, "ORG_OWN", FORBIDDEN,
                "FAMILY_OWN", DESCRIPTION, "FAMILY_OTHER", NONE));
        expect(expected, "service-records", Map.of("ADMIN", DESCRIPTION, "CADRE_OWN", DESCRIPTION, "WORKER_OWN",
                DESCRIPTION, "WORKER_OTHER", NONE, "VOLUNTEER_OWN", CONTACT, "VOLUNTEER_OTHER", NONE, "ORG_OWN",
                CONTACT,
                "FAMILY_OWN", DESCRIPTION, "FAMILY_OTHER", NONE));

        Map<String, Object> actual = new LinkedHashMap<>();
        for (String format : List.of("CSV", "XLSX")) {
            for (String export : List.of("households", "needs", "service-records")) {
                people.forEach((who, person) -> {
                    String scope = "ADMIN".equals(who) ? "&areaPrefix=" + area.district : "";
                    Response answer = person.request().get("/api/exports/" + export + "?format=" + format + scope);
                    actual.put(format + " " + export + " " + who,
                            answer.statusCode() == 200 ? found(text(answer, format))
                                    : answer.statusCode());
                });
            }
        }
        Map<String, Object> wanted = new LinkedHashMap<>();
        for (String format : List.of("CSV", "XLSX")) {
            expected.forEach((key, value) -> wanted.put(format + " " + key, value));
        }
        assertThat(actual).isEqualTo(wanted);

        List<Map<String, Object>> log = given().queryParams(Map.of("householdId", household, "size", 200))
                .get("/api/disclosures").jsonPath().getList("items");
        Set<String> exportedBy = log.stream().filter(d -> "EXPORT".equals(d.get("channel")))
                .map(d -> (String) d.get("viewerUsername")).collect(Collectors.toCollection(TreeSet::new));
        Set<String> showedIdentity = new TreeSet<>();
        List.of("ADMIN", "CADRE_OWN", "WORKER_OWN", "VOLUNTEER_OWN", "ORG_OWN", "FAMILY_OWN")
                .forEach(who -> showedIdentity.add(people.get(who).username()));
        assertThat(exportedBy).isEqualTo(showedIdentity);
        assertThat(log).filteredOn(d -> "EXPORT".equals(d.get("channel")) && people.get("VOLUNTEER_OWN").username()
                .equals(d.get("viewerUsername"))).allSatisfy(d -> assertThat(d.get("fields"))
                        .isEqualTo(List.of("contactName", "contactPhone")));
        assertThat(log).filteredOn(d -> "EXPORT".equals(d.get("channel")) && people.get("WORKER_OWN").username()
                .equals(d.get("viewerUsername"))).extracting(d -> d.get("fields"))
                .contains(List.of("contactName", "address"), List.of("householdId", "description"));
    }

    private static void expect(Map<String, Object> expected, String export, Map<String, Object> cells) {
        for (String who : List.of("ADMIN", "CADRE_OWN", "WORKER_OWN", "WORKER_OTHER", "VOLUNTEER_OWN",
                "VOLUNTEER_OTHER",
                "ORG_OWN", "FAMILY_OWN", "FAMILY_OTHER")) {
            Object cell = cells.get(who);
            expected.put(export + " " + who, cell instanceof Set<?> set ? new TreeSet<>(set) : cell);
        }
    }

    /** Claimed, accepted by the case worker (the claimant may now see the contact) and one service logged. */
    private static void served(TestUser claimant, long need) {
        long claim = Seeds.claim(claimant, need);
        Seeds.accept(claim);
        Seeds.serve(claimant, claim, ChinaTime.today().minusDays(1), "2", 1, "辅导了一次");
    }

    private static long canaryHousehold(String compound) {
        Map<String, Object> mother = TestHouseholds.mother();
        mother.putAll(Map.of("name", MOTHER, "phone", PHONE, "birthDate", "1987-02-15", "idNumber", MOTHER_ID));
        Map<String, Object> child = new HashMap<>(TestHouseholds.child(CHILD, "2014-06-18", "FEMALE"));
        child.put("idNumber", CHILD_ID);
        Map<String, Object> body = TestHouseholds.body(compound, List.of(mother, child));
        body.put("addressLine", ADDRESS);
        return given().contentType(ContentType.JSON).body(body).post("/api/households").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    private static String text(Response answer, String format) {
        if ("CSV".equals(format)) {
            return answer.asString();
        }
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(answer.asByteArray()))) {
            List<String> cells = new ArrayList<>();
            for (Sheet sheet : book.getSheets().toList()) {
                sheet.read().forEach(row -> row.forEach(c -> cells.add(c == null ? "" : text(c))));
            }
            return String.join("\n", cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Cell cell) {
        return cell.getText();
    }

    private static Set<String> found(String text) {
        return CANARIES.stream().filter(text::contains).collect(Collectors.toCollection(TreeSet::new));
    }

}
