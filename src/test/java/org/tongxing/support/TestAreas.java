package org.tongxing.support;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Each test works in its own freshly created district so that it sees only its own data, even though
 * the demo district and other tests' data share the database.
 */
public final class TestAreas {

    private static final AtomicInteger NEXT_DISTRICT = new AtomicInteger(410_000);

    public final String district;
    public final String street;
    public final String community;
    public final String compound;

    private TestAreas(String district) {
        this.district = district;
        this.street = district + "001";
        this.community = street + "001";
        this.compound = community + "001";
    }

    /** A new district with one street, community and compound, created through the API. */
    public static TestAreas create() {
        TestAreas areas = new TestAreas(String.valueOf(NEXT_DISTRICT.incrementAndGet()));
        for (String code : new String[] {areas.district, areas.street, areas.community, areas.compound}) {
            given().contentType("application/json")
                    .body(Map.of("code", code, "nameZh", "测试" + code, "nameEn", "Test " + code))
                    .post("/api/areas").then().statusCode(201);
        }
        return areas;
    }

    /** Adds a sibling compound in the same community. */
    public String anotherCompound(int number) {
        String code = community + String.format("%03d", number);
        given().contentType("application/json").body(Map.of("code", code, "nameZh", "测试", "nameEn", "Test"))
                .post("/api/areas").then().statusCode(201);
        return code;
    }
}
