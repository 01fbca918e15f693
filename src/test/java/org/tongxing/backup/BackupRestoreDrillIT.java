package org.tongxing.backup;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tongxing.matching.Runs;
import org.tongxing.support.PackagedApp;
import org.tongxing.support.TestAreas;
import org.tongxing.support.TestNeeds;
import org.tongxing.support.TestUser;
import org.tongxing.support.TestUsers;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The restore drill of the README, with the packaged jar: an instance on database A with the demo district and
 * some writes through the API; a backup over HTTP; a restore start on an empty database B, which stops by itself;
 * A and B compared table by table with a checksum PostgreSQL computes, not the backup code; a second restore
 * start, now refused; and the service started normally on B, where the administrator signs in.
 */
class BackupRestoreDrillIT {

    private static final Duration BOOT = Duration.ofSeconds(180);
    private static final String DEMO_PASSWORD = "Tongxing-demo-2026";
    private static final String DEMO_STREET = "350799001";
    private static final Map<String, String> DEMO = Map.of("TONGXING_DEMO_DATA_ENABLED", "true",
            // Nothing may change A between the backup and the comparison: no outbox, no escalation.
            "QUARKUS_SCHEDULER_ENABLED", "false");

    /** Instances before their databases: closed last started first. */
    private final Deque<AutoCloseable> started = new ArrayDeque<>();

    @AfterEach
    void stopEverything() throws Exception {
        while (!started.isEmpty()) {
            started.pop().close();
        }
    }

    @Test
    void aBackupTakenOverHttpRestoresIntoAnEmptyDatabaseTableForTable() throws Exception {
        EmbeddedPostgres a = database();
        EmbeddedPostgres b = database();
        PackagedApp original = app("it-backup-original", a, DEMO);
        long household = writeThroughTheApi();
        Path archive = backUp();
        original.close();
        // Every table of the schema is in the backup, however many later migrations add.
        Matcher taken = Pattern.compile("Backup taken by admin: (\\d+) tables").matcher(original.log());
        assertThat(taken.find()).as("the backup's log line").isTrue();

        PackagedApp restoring = app("it-backup-restore", b, Map.of(
                "TONGXING_BACKUP_RESTORE_FROM", archive.toAbsolutePath().toString(),
                "TONGXING_DEMO_DATA_ENABLED", "true"));
        assertThat(restoring.awaitExit(BOOT)).as("exit code of the restore").isZero();
        assertThat(restoring.log()).contains("Restored " + taken.group(1) + " tables").contains("start again without")
                .doesNotContain("Listening on: http").doesNotContain("Loaded the demo district")
                .doesNotContain("Created the administrator account");

        Fingerprints.Comparison comparison = Fingerprints.of(a).compareWith(Fingerprints.of(b));
        System.out.println(comparison.report());
        assertThat(comparison.differences()).isEmpty();
        assertThat(comparison.rows()).isGreaterThan(5_000);

        PackagedApp again = app("it-backup-restore-again", b, Map.of(
                "TONGXING_BACKUP_RESTORE_FROM", archive.toAbsolutePath().toString()));
        assertThat(again.awaitExit(BOOT)).as("exit code of a restore into a database with data").isEqualTo(1);
        assertThat(again.log()).contains("refused, nothing was written: the database is not empty");
        assertThat(Fingerprints.of(b).compareWith(Fingerprints.of(a)).differences()).isEmpty();

        PackagedApp restored = app("it-backup-restored", b, DEMO);
        assertThat(restored.log()).contains("Demo district already loaded");
        signInAndRead(household);
    }

    private EmbeddedPostgres database() throws Exception {
        EmbeddedPostgres database = EmbeddedPostgres.builder().setServerConfig("timezone", "UTC")
                .setServerConfig("max_connections", "200").start();
        started.push(database);
        return database;
    }

    private PackagedApp app(String name, EmbeddedPostgres database, Map<String, String> environment) throws Exception {
        PackagedApp app = PackagedApp.start(name, database.getJdbcUrl("postgres", "postgres"), "postgres", "postgres",
                "Never-used-because-restored-26", environment);
        started.push(app);
        if (!environment.containsKey("TONGXING_BACKUP_RESTORE_FROM")) {
            app.awaitReady(BOOT);
            RestAssured.baseURI = "http://127.0.0.1";
            RestAssured.port = app.port();
            RestAssured.authentication = RestAssured.preemptive().basic("admin", DEMO_PASSWORD);
        }
        return app;
    }

    /**
     * A new household with a public need, claimed by a new volunteer, with text holding every character COPY
     * escapes; a matching run on a demo street, all its proposals accepted; a sign-in. Returns the household.
     */
    private static long writeThroughTheApi() {
        TestAreas areas = TestAreas.create();
        TestUsers.worker(areas.community);
        long need = TestNeeds.publicNeed(areas.compound, "TUTORING");
        TestUser volunteer = TestUsers.volunteer(areas.compound, "TUTORING");
        volunteer.request().contentType(ContentType.JSON).body(TestNeeds.claimBody())
                .post("/api/needs/" + need + "/claims").then().statusCode(201);
        long household = TestNeeds.householdOf(need);
        given().contentType(ContentType.JSON).body(Map.of("householdId", household, "category", "DAILY_LIVING",
                "urgency", "LOW", "description", "第一行\n第二行\t制表符 \\ 反斜杠 \"引号\" ✓ 😀"))
                .post("/api/needs").then().statusCode(201);
        TestUser admin = TestUsers.admin();
        long run = Runs.start(admin, "PAIRS", DEMO_STREET, 2);
        Runs.awaitEnd(admin, run, Duration.ofSeconds(60));
        admin.request().contentType(ContentType.JSON).body(Map.of())
                .post("/api/matching/runs/" + run + "/acceptance").then().statusCode(200);
        given().auth().none().contentType(ContentType.JSON).body(Map.of("username", "admin", "password", DEMO_PASSWORD))
                .post("/api/auth/login").then().statusCode(200);
        return household;
    }

    private static Path backUp() throws Exception {
        Response response = given().get("/api/admin/backup");
        assertThat(response.statusCode()).isEqualTo(200);
        String disposition = response.header("Content-Disposition");
        Path archive = Path.of("target", disposition.replaceAll(".*filename=\"([^\"]+)\".*", "$1"));
        Files.write(archive, response.asByteArray());
        System.out.printf("Backup %s: %d bytes%n", archive, Files.size(archive));
        return archive;
    }

    private static void signInAndRead(long household) {
        given().auth().none().contentType(ContentType.JSON).body(Map.of("username", "admin", "password", DEMO_PASSWORD))
                .post("/api/auth/login").then().statusCode(200);
        assertThat(given().get("/api/households/" + household).then().statusCode(200).extract().jsonPath()
                .getString("addressLine")).isEqualTo("3栋2单元501室");
    }
}
