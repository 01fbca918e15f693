package org.tongxing.deploy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.tongxing.support.PackagedApp;

import io.restassured.http.ContentType;

/**
 * The embedded database keeps every write it acknowledged when the JVM, or the JVM and the database server
 * together, are killed mid-write; and a server left running by a killed JVM does not stop the next start.
 * (It once ran with fsync and synchronous commit off, and lost the last writes answered 201 on every crash.)
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EmbeddedDatabaseCrashIT {

    private static final String ADMIN_PASSWORD = "Crash-and-recover-2026";
    private static final Path DATA = Path.of("target", "it-embedded-crash", "postgres");
    private static final AtomicInteger NEXT_CODE = new AtomicInteger(700_000);

    /** One data directory for the whole class: each crash is recovered from by the next test's instance. */
    private static PackagedApp app;

    @BeforeAll
    static void startOnAFreshDataDirectory() throws Exception {
        deleteRecursively(DATA.getParent());
        app = start("it-embedded-1");
    }

    @AfterAll
    static void stop() throws IOException {
        if (app != null) {
            app.close();
        }
        // A failed test may have left a killed JVM's server behind; it must not outlive the run.
        if (Files.exists(DATA.resolve("postmaster.pid"))) {
            ProcessHandle.of(postmasterPid()).ifPresent(ProcessHandle::destroy);
        }
    }

    @Test
    @Order(1)
    void theEmbeddedServerCommitsDurably() throws Exception {
        try (Connection c = embeddedServer()) {
            for (String setting : List.of("fsync", "synchronous_commit", "full_page_writes")) {
                var rows = c.createStatement().executeQuery("show " + setting);
                rows.next();
                assertThat(rows.getString(1)).as(setting).isEqualTo("on");
            }
        }
    }

    @Test
    @Order(2)
    void aJvmKilledMidWriteLeavesItsServerRunningAndTheNextStartTakesItOverLosingNothing() throws Exception {
        Set<String> acknowledged = writeUntil(() -> app.kill());
        long orphan = postmasterPid();
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).as("the killed JVM's server runs on")
                .contains(true);

        app = start("it-embedded-2");
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false)).as("taken over").isFalse();
        assertEveryAcknowledgedWriteIsPresent("JVM killed", acknowledged);
    }

    @Test
    @Order(3)
    void theJvmAndItsServerKilledMidWriteLoseNoAcknowledgedWrite() throws Exception {
        long postmaster = postmasterPid();
        Set<String> acknowledged = writeUntil(() -> {
            ProcessHandle.of(postmaster).ifPresent(ProcessHandle::destroyForcibly);
            app.kill();
        });

        app = start("it-embedded-3");
        assertEveryAcknowledgedWriteIsPresent("JVM and PostgreSQL killed", acknowledged);
    }

    private interface Crash {
        void now() throws Exception;
    }

    /** Four clients create areas as fast as they can; a second after the first is acknowledged, the crash strikes. */
    private static Set<String> writeUntil(Crash crash) throws Exception {
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService clients = Executors.newFixedThreadPool(4);
        int port = app.port();
        for (int i = 0; i < 4; i++) {
            clients.submit(() -> {
                while (writing.get()) {
                    String code = String.valueOf(NEXT_CODE.incrementAndGet());
                    try {
                        int status = given().baseUri("http://127.0.0.1").port(port).auth().preemptive()
                                .basic("admin", ADMIN_PASSWORD).contentType(ContentType.JSON)
                                .body(Map.of("code", code, "nameZh", "崩溃" + code, "nameEn", "Crash " + code))
                                .post("/api/areas").statusCode();
                        if (status == 201) {
                            acknowledged.add(code);
                        }
                    } catch (RuntimeException refusedOnceKilled) {
                        // The connection dies with the JVM; the request was not acknowledged.
                    }
                }
            });
        }
        // A freshly started JVM answers its first requests slowly: strike only once writes are being acknowledged.
        for (int waited = 0; acknowledged.isEmpty() && waited < 300; waited++) {
            Thread.sleep(100);
        }
        Thread.sleep(1000);
        crash.now();
        writing.set(false);
        clients.shutdown();
        assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        assertThat(acknowledged).as("writes before the crash").isNotEmpty();
        return acknowledged;
    }

    private static void assertEveryAcknowledgedWriteIsPresent(String crash, Set<String> acknowledged)
            throws IOException, SQLException {
        int present = 0;
        try (Connection c = embeddedServer();
                var query = c.prepareStatement("select count(*) from area where code = any (?)")) {
            query.setArray(1, c.createArrayOf("varchar", acknowledged.toArray()));
            var rows = query.executeQuery();
            rows.next();
            present = rows.getInt(1);
        }
        System.out.printf("[crash drill] %s: %d writes acknowledged, %d present after restart%n", crash,
                acknowledged.size(), present);
        assertThat(present).as(crash).isEqualTo(acknowledged.size());
    }

    private static PackagedApp start(String name) throws Exception {
        return PackagedApp.launch(name)
                .property("tongxing.embedded-db.data-dir", DATA.toAbsolutePath().toString())
                .env("TONGXING_DEMO_DATA_ENABLED", "false")
                .env("TONGXING_ADMIN_INITIAL_PASSWORD", ADMIN_PASSWORD)
                .env("TONGXING_SECURITY_BCRYPT_COST", "4")
                .start().awaitReady(Duration.ofSeconds(120));
    }

    /** A direct connection to the instance's embedded server, whose port its lock file records (line 4). */
    private static Connection embeddedServer() throws IOException, SQLException {
        String port = Files.readAllLines(DATA.resolve("postmaster.pid")).get(3).trim();
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/tongxing", "postgres", "");
    }

    private static long postmasterPid() throws IOException {
        return Long.parseLong(Files.readAllLines(DATA.resolve("postmaster.pid")).get(0).trim());
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (var paths = Files.walk(directory)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
