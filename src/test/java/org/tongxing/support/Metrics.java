package org.tongxing.support;

import static io.restassured.RestAssured.given;

import java.net.URL;
import java.util.Arrays;

/**
 * Reads the Prometheus text that the management interface serves at /q/metrics, as a scraper would: no sign-in.
 * Tests inject its address with {@code @TestHTTPResource(value = "metrics", management = true)}.
 */
public final class Metrics {

    private final String text;

    private Metrics(String text) {
        this.text = text;
    }

    public static Metrics scrape(URL endpoint) {
        return new Metrics(given().auth().none().get(endpoint).then().statusCode(200).extract().asString());
    }

    /** The sample's value; {@code labels} as name, value, name, value... All given labels must match. */
    public double value(String name, String... labels) {
        return Arrays.stream(text.split("\n")).filter(line -> !line.startsWith("#"))
                .filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                .filter(line -> hasLabels(line, labels))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst().orElseThrow(() -> new AssertionError("no sample " + name + " " + Arrays.toString(labels)));
    }

    public String text() {
        return text;
    }

    private static boolean hasLabels(String line, String... labels) {
        for (int i = 0; i < labels.length; i += 2) {
            if (!line.contains(labels[i] + "=\"" + labels[i + 1] + "\"")) {
                return false;
            }
        }
        return true;
    }
}
