package org.tongxing.common;

/** No such record, or none the caller may see: the two are told alike, so ids cannot be probed. */
public class NotFound extends DomainException {

    public NotFound(String what, Object id) {
        this("No " + what + " with id " + id);
    }

    public NotFound(String detail) {
        super(detail);
    }
}
