package org.tongxing.matching.domain;

import java.util.Set;

import org.tongxing.need.NeedCategory;

/**
 * A place a volunteer can take: a pairing request or a seat in a 1+3+1 group. Capacity, fairness and the
 * per-assignment costs treat both alike, so constraints are written once against this view.
 */
public interface VolunteerAssignment extends Confirmable {

    Candidate getVolunteer();

    Family getFamily();

    /** The categories this place is about: one for a pair, all of the mother's needs for a group seat. */
    Set<NeedCategory> askedCategories();

    default boolean isAssigned() {
        return getVolunteer() != null;
    }
}
