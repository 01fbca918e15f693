package org.tongxing.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged application ({@code target/quarkus-app/quarkus-run.jar}) run as a process of its own against an
 * external database, as one node of several would be in production. Its output goes to {@code target/<name>.log}.
 */
public final class PackagedApp implements AutoCloseable {

    public static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");
    private static final Pattern LISTENING = Pattern.compile("Listening on: http://[^:]+:(\\d+)");

    private final String name;
    private final Process process;
    private final Path log;
    private int port;

    private PackagedApp(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    /**
     * Starts an instance on a port of its own choosing (read back from its log), with no demo data, the given
     * first-run administrator password, and e-mail written to the log rather than sent.
     */
    public static PackagedApp start(String name, String jdbcUrl, String user, String password, String adminPassword)
            throws IOException {
        return start(name, jdbcUrl, user, password, adminPassword, Map.of());
    }

    /** The same, with environment variables added to (or overriding) those above. */
    public static PackagedApp start(String name, String jdbcUrl, String user, String password, String adminPassword,
            Map<String, String> environment) throws IOException {
        Launch launch = launch(name)
                .env("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl)
                .env("QUARKUS_DATASOURCE_USERNAME", user)
                .env("QUARKUS_DATASOURCE_PASSWORD", password)
                .env("TONGXING_DEMO_DATA_ENABLED", "false")
                .env("TONGXING_ADMIN_INITIAL_PASSWORD", adminPassword)
                // Accounts are made by the dozen here; bcrypt's production cost would only slow the setup down.
                .env("TONGXING_SECURITY_BCRYPT_COST", "4")
                .env("QUARKUS_MAILER_MOCK", "true");
        environment.forEach(launch::env);
        return launch.start();
    }

    /** An instance listening on loopback at a port of its own choosing, with only the settings given to it. */
    public static Launch launch(String name) {
        return new Launch(name);
    }

    /** What an operator would set: environment variables and {@code -D} system properties. */
    public static final class Launch {
        private final String name;
        private final Map<String, String> env = new LinkedHashMap<>();
        private final List<String> properties = new ArrayList<>();

        private Launch(String name) {
            this.name = name;
            env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
            env.put("QUARKUS_HTTP_PORT", "0");
            // The management interface (metrics) has a fixed port by default; instances started side by side need their own.
            env.put("QUARKUS_MANAGEMENT_PORT", "0");
        }

        public Launch env(String variable, String value) {
            env.put(variable, value);
            return this;
        }

        public Launch property(String property, String value) {
            properties.add("-D" + property + "=" + value);
            return this;
        }

        public PackagedApp start() throws IOException {
            Path log = Path.of("target", name + ".log");
            String java = ProcessHandle.current().info().command().orElse("java");
            List<String> command = new ArrayList<>(List.of(java, "-Xmx384m"));
            command.addAll(properties);
            command.addAll(List.of("-jar", JAR.toString()));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            // Only what is given here: nothing of the test JVM's own configuration leaks into the instance.
            builder.environment().keySet()
                    .removeIf(variable -> variable.startsWith("QUARKUS_") || variable.startsWith("TONGXING_"));
            builder.environment().putAll(env);
            PackagedApp app = new PackagedApp(name, builder.start(), log);
            // Should the test JVM be ended before it can close the instance, the instance must not outlive it.
            Runtime.getRuntime().addShutdownHook(new Thread(app::close));
            return app;
        }
    }

    /** Waits until the instance reports its port and answers ready, or fails with the end of its log. */
    public PackagedApp awaitReady(Duration timeout) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + ":\n" + logTail());
            }
            if (port == 0) {
                port = portFromLog();
            } else if (isReady(http)) {
                return this;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException(name + " was not ready within " + timeout + ":\n" + logTail());
    }

    public int port() {
        return port;
    }

    /** Kills the JVM outright ({@code kill -9}): no shutdown hook runs, so whatever it started is left behind. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }

    /** Waits for an instance that is meant to stop by itself (a restore) and returns its exit code. */
    public int awaitExit(Duration timeout) throws IOException, InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException(name + " did not stop within " + timeout + ":\n" + logTail());
        }
        return process.exitValue();
    }

    /** Everything the instance has logged so far. */
    public String log() throws IOException {
        return new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
    }

    /** Ends the process (and anything it started), forcibly if it does not stop within ten seconds. */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private boolean isReady(HttpClient http) {
        try {
            HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(2)).build();
            return http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private int portFromLog() throws IOException {
        // Read leniently: the instance may be half-way through writing a multi-byte character.
        Matcher m = LISTENING.matcher(new String(Files.readAllBytes(log), StandardCharsets.ISO_8859_1));
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    private String logTail() throws IOException {
        List<String> lines = log().lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }
}
