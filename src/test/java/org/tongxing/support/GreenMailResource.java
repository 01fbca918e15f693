package org.tongxing.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.ServerSocket;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real SMTP server (GreenMail) for the whole test run, on a free port, so that the outbox is delivered
 * over SMTP exactly as in production. Tests get it with {@code @InjectGreenMail GreenMail mail;}.
 */
public class GreenMailResource implements QuarkusTestResourceLifecycleManager {

    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface InjectGreenMail {
    }

    private GreenMail greenMail;

    @Override
    public Map<String, String> start() {
        int port = freePort();
        greenMail = new GreenMailWithGreetPause(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        // Connections are pooled, as in production: a new one costs a greeting, and each greeting is a chance
        // for the client's race (see GreenMailWithGreetPause). A stopped server closes its connections and the
        // pool drops them, so a restart does not hand out a dead one. Idle ones are retired before GreenMail's
        // fixed 30-second read timeout would close them under the client.
        return Map.of("quarkus.mailer.host", "127.0.0.1", "quarkus.mailer.port", String.valueOf(port),
                "quarkus.mailer.mock", "false", "quarkus.mailer.start-tls", "DISABLED",
                "quarkus.mailer.keep-alive-timeout", "20S");
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(greenMail,
                new TestInjector.AnnotatedAndMatchesType(InjectGreenMail.class, GreenMail.class));
    }

    @Override
    public void stop() {
        if (greenMail != null) {
            greenMail.stop();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
