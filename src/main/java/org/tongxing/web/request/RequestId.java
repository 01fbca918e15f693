package org.tongxing.web.request;

import java.util.UUID;
import java.util.regex.Pattern;

import org.jboss.logging.MDC;

/**
 * The id that ties one request's response, problem body and log lines together. A caller (or the proxy in front)
 * may bring its own in {@value #HEADER}, so that its logs and ours share it; anything else gets a fresh one.
 * Only short ids of plain characters are taken: the id is echoed in a header and written to every log line.
 */
public final class RequestId {

    public static final String HEADER = "X-Request-Id";
    /** The logging MDC key; {@code %X{requestId}} in a log format prints it. */
    public static final String MDC_KEY = "requestId";

    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private RequestId() {
    }

    /** The caller's id when it is well formed, otherwise a new one. */
    public static String acceptOrCreate(String incoming) {
        return isWellFormed(incoming) ? incoming : UUID.randomUUID().toString();
    }

    public static boolean isWellFormed(String id) {
        return id != null && WELL_FORMED.matcher(id).matches();
    }

    /** The id of the request being handled, or null outside a request (a scheduled job, start-up). */
    public static String current() {
        Object id = MDC.get(MDC_KEY);
        return id == null ? null : id.toString();
    }
}
