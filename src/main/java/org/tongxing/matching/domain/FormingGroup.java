package org.tongxing.matching.domain;

import java.util.List;
import java.util.Set;

import org.tongxing.need.NeedCategory;

/**
 * A 1+3+1 group being formed around one pillar mother (顶梁柱母亲): one cadre and three volunteers who
 * together cover her needs. The group is a problem fact; its four seats are the planning entities. Once accepted
 * it becomes a {@code matching.SupportGroup}.
 *
 * @param id the mother's household id, which identifies the group
 * @param confirmedVolunteerIds volunteers already confirmed in the group (at most three)
 */
public record FormingGroup(long id, Family mother, Set<NeedCategory> needs, Long confirmedCadreId,
        List<Long> confirmedVolunteerIds) {

    public static final int VOLUNTEER_SEATS = 3;

    public FormingGroup {
        needs = Set.copyOf(needs);
        confirmedVolunteerIds = List.copyOf(confirmedVolunteerIds);
        if (confirmedVolunteerIds.size() > VOLUNTEER_SEATS) {
            throw new IllegalArgumentException("A 1+3+1 group has three volunteer seats");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FormingGroup other && other.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        return "FormingGroup#" + id;
    }
}
