package org.tongxing.ui;

import org.tongxing.common.DomainException;

/**
 * How the HTTP edge answers a refusal, for the few pages and resources that put one into an answer of their own:
 * a form shown again with the status the API would have given, a batch result that lists each failure's problem
 * type. The edge implements it, so that its table stays the only place that knows.
 */
public interface Problems {

    int status(DomainException refusal);

    /** The problem type URI, {@code /problems/<slug>}. */
    String type(DomainException refusal);

    /** The type's last segment, which a page can switch on. */
    default String slug(DomainException refusal) {
        String type = type(refusal);
        return type.substring(type.lastIndexOf('/') + 1);
    }
}
