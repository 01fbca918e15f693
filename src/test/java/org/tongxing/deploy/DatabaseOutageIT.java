package org.tongxing.deploy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tongxing.support.PackagedApp;
import org.tongxing.support.TestAreas;
import org.tongxing.support.TestUser;
import org.tongxing.support.TestUsers;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * While PostgreSQL is down every request that needs it is answered 503 {@code service-unavailable} with
 * {@code Retry-After} (pages: a friendly 503 page), whether it comes with a session, HTTP Basic or a sign-in form;
 * never 401, a redirect to the sign-in page, or 500. Once it is back, requests succeed at once: the pool does not
 * hand out connections the restart closed.
 */
class DatabaseOutageIT {

    private static final String ADMIN_PASSWORD = "Outage-and-recovery-26";
    private static final Path DATA = Path.of("target", "it-outage", "postgres");

    private static int databasePort;
    private static EmbeddedPostgres database;
    private static PackagedApp app;
    private static TestUser worker;
    private static String session;
    private static String csrf;

    @BeforeAll
    static void startOnADatabaseThatCanBeRestarted() throws Exception {
        if (Files.exists(DATA)) {
            try (var paths = Files.walk(DATA)) {
                paths.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        try (ServerSocket socket = new ServerSocket(0)) {
            databasePort = socket.getLocalPort();
        }
        database = startDatabase();
        app = PackagedApp.start("it-outage", "jdbc:postgresql://localhost:" + databasePort + "/postgres", "postgres",
                "postgres", ADMIN_PASSWORD).awaitReady(Duration.ofSeconds(90));
        RestAssured.baseURI = "http://127.0.0.1";
        RestAssured.port = app.port();
        RestAssured.authentication = RestAssured.preemptive().basic("admin", ADMIN_PASSWORD);
        worker = TestUsers.worker(TestAreas.create().community);
        var login = given().auth().none().contentType(ContentType.JSON)
                .body(Map.of("username", worker.username(), "password", TestUser.PASSWORD)).post("/api/auth/login");
        session = login.getCookie("tx_session");
        csrf = login.getCookie("tx_csrf");
    }

    @AfterAll
    static void stopEverything() throws IOException {
        try {
            if (app != null) {
                app.close();
            }
        } finally {
            if (database != null) {
                database.close();
            }
        }
    }

    @Test
    void anOutageIsAnswered503EverywhereAndRecoveryIsClean() throws Exception {
        Probe probe = new Probe();
        probe.start();
        Thread.sleep(1000);
        long down = System.nanoTime();
        database.close();
        try {
            Thread.sleep(1000);
            everyKindOfCallerIsTold503();
        } finally {
            database = startDatabase();
        }
        long up = System.nanoTime();
        Thread.sleep(3000);
        probe.stop();

        System.out.printf("[outage probe] database down for %d ms; answers: %s; first success %d ms after the database"
                + " was back; answers started 500 ms after it: %s%n", (up - down) / 1_000_000, probe.tally(),
                probe.firstSuccessAfter(up) / 1_000_000, probe.tallyStartedAfter(up + 500_000_000L));
        assertThat(probe.unexpected()).as("only successes and 503s").isEmpty();
        assertThat(probe.tally()).as("the outage was seen").containsKey(503);
        assertThat(probe.tallyStartedAfter(up + 500_000_000L).keySet()).as("no stale connection after recovery")
                .containsOnly(200);
    }

    private static void everyKindOfCallerIsTold503() {
        withSession().get("/api/me").then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", notNullValue()).body("type", equalTo("/problems/service-unavailable"));
        worker.request().get("/api/me").then().statusCode(503).body("type", equalTo("/problems/service-unavailable"));
        withSession().accept("text/html").get("/worker").then().statusCode(503).contentType(containsString("text/html"))
                .body(containsString("暂时无法服务"));
        given().auth().none().cookie("tx_csrf", csrf).accept("text/html").header("Accept-Language", "en")
                .contentType(ContentType.URLENC).formParam("username", worker.username())
                .formParam("password", TestUser.PASSWORD).formParam("_csrf", csrf).post("/login").then()
                .statusCode(503).body(containsString("Temporarily unavailable"));
        given().auth().none().contentType(ContentType.JSON)
                .body(Map.of("username", worker.username(), "password", TestUser.PASSWORD)).post("/api/auth/login")
                .then().statusCode(503).body("type", equalTo("/problems/service-unavailable"));
    }

    private static RequestSpecification withSession() {
        return given().auth().none().cookie("tx_session", session).cookie("tx_csrf", csrf);
    }

    private static EmbeddedPostgres startDatabase() throws IOException {
        return EmbeddedPostgres.builder().setDataDirectory(DATA).setCleanDataDirectory(false).setPort(databasePort)
                .setServerConfig("timezone", "UTC").start();
    }

    /** Three clients (a session, HTTP Basic, a page) calling without pause; each answer with the time it was asked. */
    private static final class Probe {
        private record Answer(String client, long startedAt, long answeredAt, int status, String body) {
        }

        private final List<Answer> answers = Collections.synchronizedList(new ArrayList<>());
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final ExecutorService clients = Executors.newFixedThreadPool(3);

        void start() {
            clients.submit(() -> call("session", () -> withSession().get("/api/me")));
            clients.submit(() -> call("basic", () -> worker.request().get("/api/households")));
            // A page that sent its reader to the sign-in page would count as a 303, not as the sign-in page's 200.
            clients.submit(() -> call("page", () -> withSession().redirects().follow(false).accept("text/html")
                    .get("/worker/households")));
        }

        private void call(String client, Supplier<Response> request) {
            while (running.get()) {
                long started = System.nanoTime();
                Response response = request.get();
                String body = response.statusCode() == 200 ? "" : response.asString();
                answers.add(new Answer(client, started, System.nanoTime(), response.statusCode(), body));
            }
        }

        /** Answers other than 200 and 503, with who asked and what they were told, to say what went wrong. */
        List<String> unexpected() {
            synchronized (answers) {
                return answers.stream().filter(a -> a.status() != 200 && a.status() != 503)
                        .map(a -> a.client() + " " + a.status() + " " + a.body()).toList();
            }
        }

        void stop() throws InterruptedException {
            running.set(false);
            clients.shutdown();
            assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }

        Map<Integer, Integer> tally() {
            return tallyStartedAfter(Long.MIN_VALUE);
        }

        Map<Integer, Integer> tallyStartedAfter(long nanos) {
            Map<Integer, Integer> tally = new TreeMap<>();
            synchronized (answers) {
                answers.stream().filter(a -> a.startedAt() >= nanos)
                        .forEach(a -> tally.merge(a.status(), 1, Integer::sum));
            }
            return tally;
        }

        long firstSuccessAfter(long nanos) {
            synchronized (answers) {
                return answers.stream().filter(a -> a.status() == 200 && a.startedAt() >= nanos)
                        .mapToLong(a -> a.answeredAt() - nanos).min().orElse(-1);
            }
        }
    }
}
