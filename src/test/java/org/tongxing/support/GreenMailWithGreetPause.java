package org.tongxing.support;

import java.net.Socket;
import java.time.Duration;
import java.util.Map;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.server.ProtocolHandler;
import com.icegreen.greenmail.smtp.SmtpHandler;
import com.icegreen.greenmail.smtp.SmtpServer;
import com.icegreen.greenmail.smtp.commands.SmtpCommandRegistry;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * GreenMail's SMTP server, except that it greets a new connection after a short pause, as many production
 * MTAs do, instead of the instant it accepts it.
 * <p>
 * Why: the Vert.x mail client behind quarkus-mailer (vertx-mail-client 4.5) lets a new socket start reading one
 * event-loop task before it installs its reader (the connect callback is queued, not run at once). Bytes that
 * arrive in between are discarded. A server on the same machine that greets at once lands its greeting there
 * now and then (1.5–3% of new connections on a loaded 2-core machine); the client then waits for a greeting
 * that never comes, until GreenMail's 30-second read timeout sends "421 ... socket timeout", which the client
 * takes as the greeting and fails on. A server across a network, or one that pauses, does not hit that gap.
 */
public final class GreenMailWithGreetPause extends GreenMail {

    static final Duration PAUSE = Duration.ofMillis(100);

    public GreenMailWithGreetPause(ServerSetup smtp) {
        super(smtp);
    }

    @Override
    protected Map<String, AbstractServer> createServices(ServerSetup[] config, Managers managers) {
        return Map.of(ServerSetup.PROTOCOL_SMTP, new PausingSmtpServer(config[0], managers));
    }

    private static final class PausingSmtpServer extends SmtpServer {

        PausingSmtpServer(ServerSetup setup, Managers managers) {
            super(setup, managers);
        }

        @Override
        protected ProtocolHandler createProtocolHandler(Socket socket) {
            return new SmtpHandler(new SmtpCommandRegistry(), managers.getSmtpManager(), socket) {
                @Override
                protected void sendGreetings() {
                    try {
                        Thread.sleep(PAUSE.toMillis());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    super.sendGreetings();
                }
            };
        }
    }
}
