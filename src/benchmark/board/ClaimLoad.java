import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Claim throughput over real HTTP: signs every claimant in through POST /api/auth/login (session cookie and CSRF
 * token, as a browser would), then fires all claims from a fixed number of connections at once, each claim by
 * its own claimant on its own public need, so that every one should win. Run with the JDK's source launcher:
 * {@code java ClaimLoad.java BASE_URL ASSIGNMENTS_CSV PASSWORD CONCURRENCY}; the CSV has "username,needId" lines.
 */
public class ClaimLoad {

    record Session(String cookie, String csrf) {
    }

    record Claim(String username, long need) {
    }

    private static final Pattern COOKIE = Pattern.compile("^(tx_session|tx_csrf)=([^;]*)");

    public static void main(String[] args) throws Exception {
        String base = args[0];
        List<Claim> claims = Files.readAllLines(Path.of(args[1])).stream().filter(l -> !l.isBlank())
                .map(l -> l.split(",")).map(p -> new Claim(p[0].strip(), Long.parseLong(p[1].strip()))).toList();
        String password = args[2];
        int concurrency = Integer.parseInt(args[3]);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();

        long loginStart = System.nanoTime();
        Map<String, Session> sessions = signIn(http, base, password, claims, concurrency);
        System.out.printf("signed in %d claimants in %.1f s%n", sessions.size(), (System.nanoTime() - loginStart) / 1e9);

        long[] latencies = new long[claims.size()];
        int[] statuses = new int[claims.size()];
        String body = "{\"plan\":\"每周六上午上门服务两小时\",\"promisedBy\":\"" + LocalDate.now().plusDays(14) + "\"}";
        AtomicInteger next = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        for (int t = 0; t < concurrency; t++) {
            pool.submit(() -> {
                start.await();
                for (int i = next.getAndIncrement(); i < claims.size(); i = next.getAndIncrement()) {
                    Claim claim = claims.get(i);
                    Session s = sessions.get(claim.username());
                    HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/needs/" + claim.need() + "/claims"))
                            .header("Content-Type", "application/json")
                            .header("Cookie", "tx_session=" + s.cookie() + "; tx_csrf=" + s.csrf())
                            .header("X-CSRF-Token", s.csrf()).timeout(Duration.ofSeconds(30))
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                    long sent = System.nanoTime();
                    statuses[i] = send(http, request);
                    latencies[i] = System.nanoTime() - sent;
                }
                return null;
            });
        }
        long began = System.nanoTime();
        start.countDown();
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.MINUTES);
        double seconds = (System.nanoTime() - began) / 1e9;
        report(claims.size(), seconds, latencies, statuses, concurrency);
        System.exit(Arrays.stream(statuses).allMatch(s -> s == 201) ? 0 : 1);
    }

    private static Map<String, Session> signIn(HttpClient http, String base, String password, List<Claim> claims,
            int concurrency) throws InterruptedException {
        Map<String, Session> sessions = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        for (String username : claims.stream().map(Claim::username).distinct().toList()) {
            pool.submit(() -> {
                HttpRequest login = HttpRequest.newBuilder(URI.create(base + "/api/auth/login"))
                        .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}")).build();
                HttpResponse<Void> response = http.send(login, HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException(username + " could not sign in: " + response.statusCode());
                }
                Map<String, String> cookies = new LinkedHashMap<>();
                for (String header : response.headers().allValues("set-cookie")) {
                    Matcher m = COOKIE.matcher(header);
                    if (m.find()) {
                        cookies.put(m.group(1), m.group(2));
                    }
                }
                sessions.put(username, new Session(cookies.get("tx_session"), cookies.get("tx_csrf")));
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.MINUTES);
        if (sessions.size() != claims.stream().map(Claim::username).distinct().count()) {
            throw new IllegalStateException("only " + sessions.size() + " claimants could sign in");
        }
        return sessions;
    }

    private static int send(HttpClient http, HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    private static void report(int count, double seconds, long[] latencies, int[] statuses, int concurrency) {
        Map<Integer, Integer> byStatus = new TreeMap<>();
        Arrays.stream(statuses).forEach(s -> byStatus.merge(s, 1, Integer::sum));
        long[] sorted = latencies.clone();
        Arrays.sort(sorted);
        List<String> counts = new ArrayList<>();
        byStatus.forEach((status, n) -> counts.add(status + ": " + n));
        System.out.printf("claims=%d connections=%d seconds=%.2f claims_per_s=%.1f p50_ms=%.1f p99_ms=%.1f statuses={%s}%n",
                count, concurrency, seconds, count / seconds, percentile(sorted, 0.50) / 1e6,
                percentile(sorted, 0.99) / 1e6, String.join(", ", counts));
    }

    private static long percentile(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }
}
