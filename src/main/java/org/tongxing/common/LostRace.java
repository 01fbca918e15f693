package org.tongxing.common;

import jakarta.persistence.OptimisticLockException;

import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Whether a write lost a race the database decided: someone else changed the row first (a stale version), or
 * took what a unique constraint allows once. Both surface at flush or commit, wrapped.
 */
public final class LostRace {

    private LostRace() {
    }

    public static boolean staleVersion(Throwable failure) {
        return Causes.of(failure)
                .anyMatch(t -> t instanceof OptimisticLockException || t instanceof StaleStateException);
    }

    /** Whether the failure violated the named constraint. */
    public static boolean violated(Throwable failure, String constraint) {
        return Causes.of(failure).anyMatch(t -> t instanceof ConstraintViolationException c
                && constraint.equals(c.getConstraintName()));
    }

    /** Whether the failure violated any database constraint. */
    public static boolean violatedAny(Throwable failure) {
        return Causes.find(failure, ConstraintViolationException.class).isPresent();
    }
}
