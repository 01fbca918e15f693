package org.tongxing.common;

import java.util.Optional;
import java.util.stream.Stream;

/**
 * A failure and the failures that caused it, outermost first. What a flush or a commit raises arrives wrapped
 * (RollbackException, ArcUndeclaredThrowable, PersistenceException), so whoever asks why looks down the chain.
 */
public final class Causes {

    private Causes() {
    }

    public static Stream<Throwable> of(Throwable failure) {
        return Stream.iterate(failure, t -> t != null, t -> t.getCause() == t ? null : t.getCause());
    }

    /** The outermost cause of the given kind, if any. */
    public static <T extends Throwable> Optional<T> find(Throwable failure, Class<T> kind) {
        return of(failure).filter(kind::isInstance).map(kind::cast).findFirst();
    }
}
