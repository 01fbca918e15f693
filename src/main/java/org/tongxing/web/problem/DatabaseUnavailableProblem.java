package org.tongxing.web.problem;

import java.util.concurrent.atomic.AtomicLong;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.tongxing.db.DatabaseUnavailable;

/**
 * While the database is out of reach every request that needs it gets 503 with {@code Retry-After}, whichever
 * step met the outage: resolving a session or a Basic sign-in, a query, a commit. A caller must not be told to
 * sign in again (401, the sign-in page) or that the server broke (500) when it only has to wait.
 */
final class DatabaseUnavailableProblem {

    private static final Logger LOG = Logger.getLogger(DatabaseUnavailableProblem.class);
    private static final long REPORT_EVERY_NANOS = 10_000_000_000L;
    private static final AtomicLong lastReport = new AtomicLong(System.nanoTime() - REPORT_EVERY_NANOS);
    private static final AtomicLong unreported = new AtomicLong();

    private DatabaseUnavailableProblem() {
    }

    static boolean matches(Throwable failure) {
        return DatabaseUnavailable.causes(failure);
    }

    static Response response(Throwable failure, UriInfo uri) {
        report(failure);
        return Response.fromResponse(ProblemResponses.of(ProblemType.SERVICE_UNAVAILABLE,
                "The database cannot be reached at the moment; try again shortly", uri))
                .header("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS).build();
    }

    /** One line per ten seconds, not one per request: an outage under load would otherwise flood the log. */
    private static void report(Throwable failure) {
        long answered = unreported.incrementAndGet();
        long last = lastReport.get();
        long now = System.nanoTime();
        if (now - last >= REPORT_EVERY_NANOS && lastReport.compareAndSet(last, now)) {
            unreported.addAndGet(-answered);
            LOG.warnf("Database unavailable, %d requests answered 503: %s", answered, rootMessage(failure));
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
