package org.tongxing.common;

/** The caller may see the record but not do this to it (leave someone else's seat in a group). */
public class NotAllowed extends DomainException {

    public NotAllowed(String detail) {
        super(detail);
    }
}
