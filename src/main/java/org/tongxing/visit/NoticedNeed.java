package org.tongxing.visit;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.tongxing.need.NeedCategory;

/** A need a visit noticed; {@code needId} names the need it was posted as, if it was posted there and then. */
@Embeddable
public class NoticedNeed {

    @Enumerated(EnumType.STRING)
    public NeedCategory category;

    public Long needId;

    protected NoticedNeed() {
    }

    public NoticedNeed(NeedCategory category, Long needId) {
        this.category = category;
        this.needId = needId;
    }
}
