package org.tongxing.matching.domain;

/** A planning entity whose value a cadre has already confirmed, so the solver must leave it alone. */
public interface Confirmable {

    boolean isConfirmed();
}
