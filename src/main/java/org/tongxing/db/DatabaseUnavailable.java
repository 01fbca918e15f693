package org.tongxing.db;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

import org.hibernate.exception.JDBCConnectionException;
import org.tongxing.common.Causes;

/**
 * Tells a failure caused by the database being out of reach (down, restarting, refusing connections) from one
 * caused by the request. The first is the service's condition, not the caller's fault: it is answered 503 with
 * {@code Retry-After}, never 401, a redirect to the sign-in page, or 500.
 */
public final class DatabaseUnavailable {

    /** SQLSTATE class 08 (connection exception) and the server's own refusals while it stops, starts or is full. */
    private static final Set<String> STATES = Set.of("57P01", "57P02", "57P03", "53300");

    /** Seconds a client should wait before trying again: about what a PostgreSQL restart takes. */
    public static final int RETRY_AFTER_SECONDS = 5;

    private DatabaseUnavailable() {
    }

    public static boolean causes(Throwable failure) {
        return Causes.of(failure).anyMatch(t -> t instanceof JDBCConnectionException
                || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                || t instanceof ConnectException
                || t instanceof SQLException sql && isConnectionState(sql.getSQLState()));
    }

    private static boolean isConnectionState(String state) {
        return state != null && (state.startsWith("08") || STATES.contains(state));
    }
}
