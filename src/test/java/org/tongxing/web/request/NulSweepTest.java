package org.tongxing.web.request;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * The acceptance's bad-input sweep: every operation of the OpenAPI document, and every page (see {@link PageInputs}),
 * with a NUL character (U+0000) in every text parameter and in every text field of its JSON or form body, one at a
 * time, as the administrator (who reaches
 * the most). Not one may answer 5xx. Every request carries a NUL, so each is refused before it can change anything.
 */
@QuarkusTest
class NulSweepTest {

    private static final String NUL = "a\u0000b";

    private static final String NUL_ENCODED = "a%00b";

    private final List<String> fiveHundreds = new ArrayList<>();

    private int sent;

    private JsonPath document;

    /** The text fields of the body being built so far, and which of them gets the NUL. */
    private int text;

    private int nulAt;

    @Test
    void noOperationAnswers5xxToANulInAnyTextInput() {
        document = JsonPath.from(given().accept("application/json").get("/q/openapi?format=json").asString());
        Map<String, Map<String, Map<String, Object>>> paths = document.getMap("paths");
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            if (List.of("get", "post", "put", "patch", "delete").contains(method)) {
                sweep(method.toUpperCase(), path, operation);
            }
        }));

        assertThat(sent).as("requests sent").isGreaterThan(200);
        assertThat(fiveHundreds).isEmpty();
    }

    @Test
    void noPageAnswers5xxToANulInAnyFormFieldOrParameter() {
        List<PageInputs.Input> inputs = PageInputs.all();
        for (PageInputs.Input input : inputs) {
            for (String parameter : input.query()) {
                send(input.method(), input.path() + "?" + parameter + "=" + NUL_ENCODED, null, null);
            }
            for (String field : input.form()) {
                Map<String, Object> form = new LinkedHashMap<>();
                input.form().forEach(name -> form.put(name, name.equals(field) ? NUL : "x"));
                send(input.method(), input.path(), "application/x-www-form-urlencoded", form);
            }
        }

        assertThat(inputs).as("pages").hasSizeGreaterThan(50);
        assertThat(sent).as("requests sent").isGreaterThan(100);
        assertThat(fiveHundreds).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private void sweep(String method, String path, Map<String, Object> operation) {
        List<Map<String, Object>> parameters = (List<Map<String, Object>>) operation.getOrDefault("parameters",
                List.of());
        String benign = fill(path, parameters, false);
        if (!benign.equals(fill(path, parameters, true))) {
            send(method, fill(path, parameters, true), null, null);
        }
        for (Map<String, Object> p : parameters) {
            if ("query".equals(p.get("in"))) {
                send(method, benign + "?" + p.get("name") + "=" + NUL_ENCODED, null, null);
            }
        }
        Map<String, Object> body = (Map<String, Object>) operation.get("requestBody");
        Map<String, Map<String, Object>> content = body == null ? Map.of()
                : (Map<String, Map<String, Object>>) body.get("content");
        content.forEach((type, media) -> {
            for (int field = 0;; field++) {
                text = 0;
                nulAt = field;
                Object value = example((Map<String, Object>) media.get("schema"), 0);
                if (!containsNul(value)) {
                    break;
                }
                if (type.contains("json")) {
                    send(method, benign, ContentType.JSON.toString(), value);
                } else if (type.contains("x-www-form-urlencoded") && value instanceof Map<?, ?> form) {
                    send(method, benign, type, form);
                }
            }
        });
    }

    private void send(String method, String url, String contentType, Object body) {
        RequestSpecification request = given().urlEncodingEnabled(false).accept("application/json, text/html");
        if (contentType != null && contentType.contains("x-www-form-urlencoded")) {
            String csrf = Base64.getUrlEncoder().withoutPadding().encodeToString(new SecureRandom().generateSeed(32));
            StringBuilder form = new StringBuilder("_csrf=" + csrf);
            ((Map<?, ?>) body).forEach((k, v) -> form.append('&').append(k).append('=')
                    .append(String.valueOf(v).replace("\u0000", "%00")));
            request = request.contentType(ContentType.URLENC).cookie("tx_csrf", csrf).body(form.toString());
        } else if (contentType != null) {
            request = request.contentType(contentType).body(body);
        }
        int status = request.request(method, url).statusCode();
        sent++;
        if (status >= 500) {
            fiveHundreds.add(method + " " + url + (body == null ? "" : " " + body) + " → " + status);
        }
    }

    private static String fill(String path, List<Map<String, Object>> parameters, boolean withNul) {
        String filled = path;
        for (Map<String, Object> p : parameters) {
            if ("path".equals(p.get("in"))) {
                boolean text = "string".equals(type(p)) && !"date".equals(format(p));
                filled = filled.replace("{" + p.get("name") + "}", text && withNul ? NUL_ENCODED : sample(p));
            }
        }
        return filled;
    }

    private static String sample(Map<String, Object> parameter) {
        return "string".equals(type(parameter)) ? "x" : "1";
    }

    @SuppressWarnings("unchecked")
    private static Object type(Map<String, Object> parameter) {
        Map<String, Object> schema = (Map<String, Object>) parameter.getOrDefault("schema", Map.of());
        return schema.get("type");
    }

    @SuppressWarnings("unchecked")
    private static Object format(Map<String, Object> parameter) {
        Map<String, Object> schema = (Map<String, Object>) parameter.getOrDefault("schema", Map.of());
        return schema.get("format");
    }

    /** A value of the schema with its {@code nulAt}-th free text a NUL, every number 1, every enum its first constant. */
    @SuppressWarnings("unchecked")
    private Object example(Map<String, Object> schema, int depth) {
        if (schema == null || depth > 6) {
            return null;
        }
        if (schema.get("$ref") instanceof String ref) {
            return example(document.getMap("components.schemas." + ref.substring(ref.lastIndexOf('/') + 1)),
                    depth + 1);
        }
        if (schema.get("allOf") instanceof List<?> all && !all.isEmpty()) {
            return example((Map<String, Object>) all.get(0), depth + 1);
        }
        if (schema.get("enum") instanceof List<?> constants && !constants.isEmpty()) {
            return constants.get(0);
        }
        Object type = schema.get("type");
        if ("object".equals(type) || schema.containsKey("properties")) {
            Map<String, Object> object = new LinkedHashMap<>();
            ((Map<String, Map<String, Object>>) schema.getOrDefault("properties", Map.of()))
                    .forEach((name, property) -> object.put(name, example(property, depth + 1)));
            return object;
        }
        if ("array".equals(type)) {
            Object item = example((Map<String, Object>) schema.get("items"), depth + 1);
            return item == null ? List.of() : List.of(item);
        }
        if ("integer".equals(type) || "number".equals(type)) {
            return 1;
        }
        if ("boolean".equals(type)) {
            return true;
        }
        if ("string".equals(type) && schema.get("format") == null) {
            return text++ == nulAt ? NUL : "x";
        }
        return "string".equals(type) ? "1" : null;
    }

    private static boolean containsNul(Object value) {
        if (value instanceof Map<?, ?> map) {
            return map.values().stream().anyMatch(NulSweepTest::containsNul);
        }
        if (value instanceof List<?> list) {
            return list.stream().anyMatch(NulSweepTest::containsNul);
        }
        return NUL.equals(value);
    }
}
