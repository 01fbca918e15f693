package org.tongxing.common;

/** The record changed since the caller read it (its version is stale); reload and apply the change again. */
public class ConcurrentUpdate extends DomainException {

    public ConcurrentUpdate(String what, Object id) {
        super("The " + what + " " + id + " was changed by someone else after you loaded it; reload it and apply your"
                + " change again");
    }
}
