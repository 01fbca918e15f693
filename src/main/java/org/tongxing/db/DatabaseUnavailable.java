package org.tongxing.db;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import org.hibernate.exception.JDBCConnectionException;

/**
 * Tells a failure caused by the database being out of reach (down, restarting, refusing connections) from one
 * caused by the request. The first is the service's condition, not the caller's fault: it is answered 503 with
 * {@code Retry-After}, never 401, a redirect to the sign-in page, or 500.
 */
public final class DatabaseUnavailable {

    /** SQLSTATE class 08 (connection exception) and the server's own refusals while it stops, starts or is full. */
    private static final Set<String> STATES = Set.of("57P01", "57P02", "57P03", "53300");

    /**
     * What the connection pool (Agroal) says when no connection could be had in time: the database is unreachable or
     * every connection is busy. It carries no SQLSTATE, so only its text tells it apart.
     */
    private static final String POOL_TIMEOUT = "acquisition timeout";

    /** Seconds a client should wait before trying again: about what a PostgreSQL restart takes. */
    public static final int RETRY_AFTER_SECONDS = 5;

    private DatabaseUnavailable() {
    }

    /**
     * Searches causes and suppressed exceptions: a commit the database broke off reaches us as a transaction
     * manager's RollbackException that carries the driver's error as a suppressed exception, not as its cause.
     */
    public static boolean causes(Throwable failure) {
        return causes(failure, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static boolean causes(Throwable t, Set<Throwable> seen) {
        if (t == null || !seen.add(t)) {
            return false;
        }
        if (isOutage(t)) {
            return true;
        }
        for (Throwable suppressed : t.getSuppressed()) {
            if (causes(suppressed, seen)) {
                return true;
            }
        }
        return causes(t.getCause(), seen);
    }

    private static boolean isOutage(Throwable t) {
        return t instanceof JDBCConnectionException || t instanceof SQLTransientConnectionException
                || t instanceof SQLNonTransientConnectionException || t instanceof ConnectException
                || t instanceof SQLException sql && (isConnectionState(sql.getSQLState()) || isPoolTimeout(sql));
    }

    private static boolean isPoolTimeout(SQLException e) {
        return e.getSQLState() == null && e.getMessage() != null && e.getMessage().contains(POOL_TIMEOUT);
    }

    private static boolean isConnectionState(String state) {
        return state != null && (state.startsWith("08") || STATES.contains(state));
    }
}
