package org.tongxing.deploy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.tongxing.support.GreenMailWithGreetPause;
import org.tongxing.support.PackagedApp;
import org.tongxing.support.TestAreas;
import org.tongxing.support.TestHouseholds;
import org.tongxing.support.TestNeeds;
import org.tongxing.support.TestUser;
import org.tongxing.support.TestUsers;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The packaged jar started as an operator would, on an empty external PostgreSQL with only the settings README
 * documents: no demo district and no demo password, the operator's administrator, a real mailer (an SMTP server
 * on loopback receives the mail), QR codes refused until their secret is set, and scheduling settings given as
 * {@code -D}. A drill once found every one of these behaving as "embedded" in the jar.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OperatorDeploymentIT {

    private static final String ADMIN_PASSWORD = "Operators-own-secret-2026";
    private static final String DEMO_PASSWORD = "Tongxing-demo-2026";

    private static EmbeddedPostgres database;
    private static GreenMail smtp;
    private static PackagedApp app;

    @BeforeAll
    static void startAsAnOperatorWould() throws Exception {
        database = EmbeddedPostgres.builder().setServerConfig("timezone", "UTC").start();
        smtp = new GreenMailWithGreetPause(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        app = withTheDocumentedSettings("it-operator").start().awaitReady(Duration.ofSeconds(90));
        RestAssured.baseURI = "http://127.0.0.1";
        RestAssured.port = app.port();
        RestAssured.authentication = RestAssured.preemptive().basic("admin", ADMIN_PASSWORD);
    }

    private static PackagedApp.Launch withTheDocumentedSettings(String name) {
        return PackagedApp.launch(name)
                .env("QUARKUS_DATASOURCE_JDBC_URL", database.getJdbcUrl("postgres", "postgres"))
                .env("QUARKUS_DATASOURCE_USERNAME", "postgres")
                .env("QUARKUS_DATASOURCE_PASSWORD", "postgres")
                .env("TONGXING_ADMIN_INITIAL_PASSWORD", ADMIN_PASSWORD)
                .env("QUARKUS_MAILER_HOST", "127.0.0.1")
                .env("QUARKUS_MAILER_PORT", String.valueOf(smtp.getSmtp().getPort()))
                // Scheduling settings from README's table, as -D: they once aborted the start ("does not map").
                .property("tongxing.outbox.every", "1s")
                .property("tongxing.escalation.every", "1h")
                .property("tongxing.claims.deadlines-every", "1h");
    }

    @AfterAll
    static void stopEverything() throws IOException {
        try {
            if (app != null) {
                app.close();
            }
            if (smtp != null) {
                smtp.stop();
            }
        } finally {
            if (database != null) {
                database.close();
            }
        }
    }

    @Test
    @Order(1)
    void theDemoDistrictIsNotLoadedAndItsPublicPasswordOpensNothing() throws SQLException {
        assertThat(count("select count(*) from area")).isZero();
        assertThat(count("select count(*) from household")).isZero();
        assertThat(count("select count(*) from user_account")).as("only the first administrator").isEqualTo(1);
        // Three, not more: five failures from one address would throttle the rest of this test's requests.
        for (String demoAccount : new String[] {"admin", "volunteer", "family"}) {
            given().auth().preemptive().basic(demoAccount, DEMO_PASSWORD).get("/api/me").then().statusCode(401);
        }
    }

    @Test
    @Order(2)
    void theOperatorsAdministratorPasswordSignsIn() {
        given().get("/api/me").then().statusCode(200).body("username", equalTo("admin"))
                .body("role", equalTo("ADMIN")).body("mustChangePassword", equalTo(false));
    }

    @Test
    @Order(3)
    void qrCodesAreRefusedAndNoSecretIsStoredUntilOneIsConfigured() throws SQLException {
        long household = TestHouseholds.open(TestAreas.create().compound);
        given().contentType(ContentType.JSON).post("/api/households/" + household + "/visit-code").then()
                .statusCode(503).contentType("application/problem+json")
                .body("type", equalTo("/problems/service-unavailable"));
        assertThat(count("select count(*) from app_secret")).isZero();
        assertThat(count("select count(*) from visit_code")).isZero();
    }

    @Test
    @Order(4)
    void notificationsAreDeliveredToTheSmtpServerNotWrittenToTheLog() throws Exception {
        TestAreas areas = TestAreas.create();
        TestUser worker = TestUsers.worker(areas.community);
        long need = TestNeeds.publicNeed(areas.compound, "TUTORING");
        TestUsers.volunteer(areas.compound, "TUTORING").request().contentType(ContentType.JSON)
                .body(TestNeeds.claimBody()).post("/api/needs/" + need + "/claims").then().statusCode(201);

        MimeMessage received = awaitMailTo(worker.username() + "@test.tongxing.local", Duration.ofSeconds(30));
        assertThat(received.getSubject()).contains("#" + need);
        assertThat(count("select count(*) from notification where email_status = 'SENT' and email_to like '"
                + worker.username() + "@%'")).isEqualTo(1);
        assertThat(app.log()).as("a mocked mailer logs recipients and bodies").doesNotContain(worker.username() + "@");
    }

    @Test
    @Order(5)
    void aQrSecretThatIsTooShortStopsTheStartAndSaysWhichSettingIsWrong() throws Exception {
        try (PackagedApp misconfigured = withTheDocumentedSettings("it-operator-short-secret")
                .env("TONGXING_VISITS_QR_SECRET", "too-short").start()) {
            assertThat(misconfigured.awaitExit(Duration.ofSeconds(90))).isNotZero();
            assertThat(misconfigured.log()).contains("tongxing.visits.qr-secret must have at least 32 characters");
        }
    }

    @Test
    @Order(6)
    void theBuildRecordsNothingOfTheEmbeddedDatabaseAsAPackagedDefault() throws IOException {
        try (ZipFile generated = new ZipFile("target/quarkus-app/quarkus/generated-bytecode.jar")) {
            for (String customizer : List.of("RunTimeConfigCustomizer", "StaticInitConfigCustomizer")) {
                ZipEntry entry = generated.getEntry("io/quarkus/runtime/generated/" + customizer + ".class");
                try (InputStream in = generated.getInputStream(entry)) {
                    byte[] bytes = in.readAllBytes();
                    for (String offered : List.of("tongxing.embedded-db.active", "quarkus.datasource.username",
                            "quarkus.datasource.password")) {
                        assertThat(containsConstant(bytes, offered)).as(customizer + " records " + offered).isFalse();
                    }
                }
            }
        }
    }

    /** Whether a class file holds this exact string constant (a CONSTANT_Utf8: tag 1, a two-byte length, the bytes). */
    private static boolean containsConstant(byte[] classFile, String constant) {
        byte[] text = constant.getBytes(StandardCharsets.UTF_8);
        byte[] entry = new byte[text.length + 3];
        entry[0] = 1;
        entry[1] = (byte) (text.length >> 8);
        entry[2] = (byte) text.length;
        System.arraycopy(text, 0, entry, 3, text.length);
        return Collections.indexOfSubList(toList(classFile), toList(entry)) >= 0;
    }

    private static List<Byte> toList(byte[] bytes) {
        List<Byte> list = new ArrayList<>(bytes.length);
        for (byte b : bytes) {
            list.add(b);
        }
        return list;
    }

    private static MimeMessage awaitMailTo(String address, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            for (MimeMessage message : smtp.getReceivedMessages()) {
                if (isTo(message, address)) {
                    return message;
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no e-mail to " + address + " within " + timeout + ":\n" + app.log());
    }

    private static boolean isTo(MimeMessage message, String address) throws MessagingException {
        return Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().equals(address));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static long count(String sql) throws SQLException {
        try (Connection c = database.getPostgresDatabase().getConnection();
                var rows = c.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
