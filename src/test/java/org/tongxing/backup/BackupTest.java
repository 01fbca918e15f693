package org.tongxing.backup;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.tongxing.support.TestAreas;
import org.tongxing.support.TestUsers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** The backup endpoint against the test database (demo district and all): what the file holds and who may take it. */
@QuarkusTest
class BackupTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper json;

    @Test
    void anAdministratorGetsEveryTableInAZipWhoseEntriesHashAsItsManifestSays() throws Exception {
        Response response = given().get("/api/admin/backup");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.contentType()).isEqualTo("application/zip");
        assertThat(response.header("Content-Disposition"))
                .matches("attachment; filename=\"tongxing-backup-\\d{4}-\\d\\d-\\d\\dT\\d{4}Z\\.zip\"");
        assertThat(response.header("Cache-Control")).isEqualTo("no-store");
        Map<String, byte[]> entries = Archives.entries(response.asByteArray());
        JsonNode manifest = json.readTree(entries.get("manifest.json"));
        assertThat(manifest.get("formatVersion").asInt()).isEqualTo(1);
        assertThat(manifest.get("schemaVersion").asText()).isEqualTo(single("select version from flyway_schema_history"
                + " order by installed_rank desc limit 1"));
        assertThat(manifest.get("createdBy").asText()).isEqualTo("admin");
        assertThat(manifest.findValuesAsText("name")).contains("household", "household_member", "need", "disclosure",
                "household_seq").doesNotContain("flyway_schema_history");
        for (JsonNode table : manifest.get("tables")) {
            byte[] data = entries.get(table.get("entry").asText());
            assertThat(Sha256.of(new ByteArrayInputStream(data))).as(table.get("name").asText())
                    .isEqualTo(table.get("sha256").asText());
            assertThat(lines(data)).as(table.get("name").asText()).isEqualTo(table.get("rows").asLong());
        }
        assertThat(rowsOf(manifest, "household")).isEqualTo(Long.parseLong(single("select count(*) from household")));
    }

    @Test
    void everyHouseholdInTheBackupIsInTheDisclosureLogAsShownToTheAdministrator() throws Exception {
        Instant before = Instant.now().minusSeconds(1);

        byte[] zip = given().get("/api/admin/backup").then().statusCode(200).extract().asByteArray();

        JsonNode manifest = json.readTree(Archives.entries(zip).get("manifest.json"));
        String disclosed = single("select count(distinct household_id) from disclosure where purpose = 'BACKUP'"
                + " and channel = 'EXPORT' and viewer_username = 'admin' and occurred_at >= '" + before + "'");
        assertThat(Long.parseLong(disclosed)).isEqualTo(rowsOf(manifest, "household")).isPositive();
    }

    @Test
    void onlyAnAdministratorMayTakeABackupAndRefusalsAreProblems() {
        given().auth().none().get("/api/admin/backup").then().statusCode(401)
                .contentType("application/problem+json").body("type", is("/problems/unauthorized"));
        TestUsers.worker(TestAreas.create().community).request().get("/api/admin/backup").then().statusCode(403)
                .contentType("application/problem+json").body("type", is("/problems/forbidden"));
    }

    @Test
    void theSchemasOnlyForeignKeyCycleIsAHouseholdNamingItsContactMember() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            Catalog catalog = new Catalog(connection);
            LoadOrder order = LoadOrder.of(catalog.tables().stream().map(Catalog.Table::name).toList(),
                    catalog.foreignKeys());

            assertThat(order.deferred()).extracting(Catalog.ForeignKey::name)
                    .containsExactly("household_contact_member_fkey");
            assertThat(order.tables()).containsSubsequence("area", "household", "household_member", "volunteer");
        }
    }

    private static long lines(byte[] data) {
        // COPY text escapes newlines within values, so each line is one row.
        return new String(data, StandardCharsets.UTF_8).chars().filter(c -> c == '\n').count();
    }

    private static long rowsOf(JsonNode manifest, String table) {
        for (JsonNode entry : manifest.get("tables")) {
            if (entry.get("name").asText().equals(table)) {
                return entry.get("rows").asLong();
            }
        }
        throw new AssertionError(table + " is not in the manifest");
    }

    private String single(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); var query = connection.createStatement()) {
            var rows = query.executeQuery(sql);
            rows.next();
            return rows.getString(1);
        }
    }
}
