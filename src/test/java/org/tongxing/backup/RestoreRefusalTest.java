package org.tongxing.backup;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Restores that must not happen, tried against the test database with a real backup of it: each is refused with a
 * message that says why, and nothing is written. (A restore that succeeds is BackupRestoreDrillIT.)
 */
@QuarkusTest
class RestoreRefusalTest {

    @Inject
    Restore restore;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper json;

    @Test
    void aDatabaseThatHoldsDataIsNotRestoredInto() throws Exception {
        Path backup = Archives.write(backup());
        long households = households();

        assertThatThrownBy(() -> restore.from(backup)).isInstanceOf(RestoreRefused.class)
                .hasMessageContaining("the database is not empty").hasMessageContaining("household");
        assertThat(households()).isEqualTo(households);
    }

    @Test
    void aBackupOfAnotherSchemaVersionIsRefused() throws Exception {
        Path older = Archives.alter(backup(), "manifest.json", manifest -> withSchemaVersion(manifest, "9"));

        assertThatThrownBy(() -> restore.from(older)).isInstanceOf(RestoreRefused.class)
                .hasMessageContaining("the backup is of schema version 9 but this database is at");
    }

    @Test
    void anEntryThatDoesNotHashAsTheManifestSaysIsRefused() throws Exception {
        Path tampered = Archives.alter(backup(), "tables/household.copy",
                data -> new String(data, StandardCharsets.UTF_8).replaceFirst("\t", "\t9")
                        .getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> restore.from(tampered)).isInstanceOf(RestoreRefused.class)
                .hasMessage(
                        "tables/household.copy does not match its SHA-256 in the manifest: the file is damaged or was"
                                + " altered");
    }

    @Test
    void aZipWithoutAManifestIsNotTakenForABackup() throws Exception {
        Path foreign = Archives.alter(backup(), "manifest.json", manifest -> null);

        assertThatThrownBy(() -> restore.from(foreign)).isInstanceOf(RestoreRefused.class)
                .hasMessageContaining("has no manifest.json: it is not a Tongxing backup");
    }

    private byte[] withSchemaVersion(byte[] manifest, String version) {
        try {
            ObjectNode tree = (ObjectNode) json.readTree(manifest);
            return json.writeValueAsBytes(tree.put("schemaVersion", version));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] backup() {
        return given().get("/api/admin/backup").then().statusCode(200).extract().asByteArray();
    }

    private long households() throws SQLException {
        try (Connection connection = dataSource.getConnection(); var query = connection.createStatement()) {
            var rows = query.executeQuery("select count(*) from household");
            rows.next();
            return rows.getLong(1);
        }
    }
}
