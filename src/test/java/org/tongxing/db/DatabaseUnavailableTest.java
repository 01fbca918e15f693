package org.tongxing.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;

import javax.transaction.xa.XAException;

import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;

import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

import io.quarkus.security.AuthenticationFailedException;

class DatabaseUnavailableTest {

    @Test
    void aRefusedConnectionDeepInsideWhateverWrapsItIsAnOutage() {
        var refused = new PSQLException("Connection refused", PSQLState.CONNECTION_UNABLE_TO_CONNECT,
                new ConnectException("Connection refused"));
        assertThat(DatabaseUnavailable.causes(new AuthenticationFailedException(new PersistenceException(refused))))
                .isTrue();
        assertThat(DatabaseUnavailable.causes(new JDBCConnectionException("lost", new SQLException("lost")))).isTrue();
    }

    @Test
    void aCommitTheServerBrokeOffIsAnOutageThoughTheDriversErrorIsOnlySuppressed() {
        var broken = new XAException("Error trying to transactionCommit local transaction");
        broken.initCause(new SQLException("FATAL: terminating connection due to administrator command", "57P01"));
        var rollback = new RollbackException("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(broken);
        assertThat(DatabaseUnavailable.causes(new AuthenticationFailedException(rollback))).isTrue();
    }

    @Test
    void theServerShuttingDownOrFullIsAnOutage() {
        assertThat(DatabaseUnavailable.causes(new SQLException("terminating connection", "57P01"))).isTrue();
        assertThat(DatabaseUnavailable.causes(new SQLException("the database system is starting up", "57P03")))
                .isTrue();
        assertThat(DatabaseUnavailable.causes(new SQLException("too many clients", "53300"))).isTrue();
        assertThat(
                DatabaseUnavailable.causes(new PersistenceException(new SQLException("Sorry, acquisition timeout!"))))
                .as("no pooled connection in time").isTrue();
    }

    @Test
    void aRequestTheDatabaseRefusesIsNot() {
        var duplicate = new ConstraintViolationException("duplicate", new SQLException("duplicate key", "23505"),
                "claim_one_active_per_need");
        assertThat(DatabaseUnavailable.causes(new PersistenceException(duplicate))).isFalse();
        assertThat(DatabaseUnavailable.causes(new IllegalStateException("a bug"))).isFalse();
        assertThat(DatabaseUnavailable.causes(new SQLException("no state"))).isFalse();
    }
}
