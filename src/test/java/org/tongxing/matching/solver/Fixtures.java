package org.tongxing.matching.solver;

import java.util.List;
import java.util.Set;

import org.tongxing.area.AreaCode;
import org.tongxing.common.Gender;
import org.tongxing.common.VettingStatus;
import org.tongxing.matching.domain.Candidate;
import org.tongxing.matching.domain.Family;
import org.tongxing.matching.domain.FormingGroup;
import org.tongxing.matching.domain.GroupLeader;
import org.tongxing.matching.domain.GroupVolunteerSlot;
import org.tongxing.matching.domain.PairingRequest;
import org.tongxing.need.NeedCategory;
import org.tongxing.volunteer.WeeklyAvailability;

/** Small hand-made people for the matching tests: one district, two streets. */
final class Fixtures {

    static final String COMPOUND = "440101001001001";
    static final String NEIGHBOUR_COMPOUND = "440101001001002";
    static final String OTHER_STREET = "440101002001001";
    static final WeeklyAvailability EVENINGS = new WeeklyAvailability(0b100_100_100_100_100_100_100);
    static final WeeklyAvailability ALL_WEEK = new WeeklyAvailability(WeeklyAvailability.ALL);

    private Fixtures() {
    }

    static Candidate volunteer(long id, NeedCategory... skills) {
        return volunteer(id, COMPOUND, 3, skills);
    }

    static Candidate volunteer(long id, String area, int capacity, NeedCategory... skills) {
        return new Candidate(id, Gender.FEMALE, area, null, List.of("cmn", "yue"), Set.of(skills), Set.of(),
                ALL_WEEK, VettingStatus.VETTED, capacity, 0, AreaCode.SAME_DISTRICT);
    }

    static Candidate withVetting(Candidate v, VettingStatus vetting) {
        return new Candidate(v.id(), v.gender(), v.area(), v.location(), v.languages(), v.skills(),
                v.preferredCategories(), v.availability(), vetting, v.capacity(), v.currentLoad(), v.maxTravelTier());
    }

    static Family family(long householdId) {
        return family(householdId, COMPOUND);
    }

    static Family family(long householdId, String area) {
        return new Family(householdId, area, null, List.of("yue", "cmn"), ALL_WEEK, null, null, false, Set.of());
    }

    static Family childFamily(long householdId) {
        return new Family(householdId, COMPOUND, null, List.of("yue"), ALL_WEEK, null, null, true, Set.of());
    }

    static PairingRequest request(long id, Family family, NeedCategory category, Candidate volunteer) {
        PairingRequest request = new PairingRequest(id, id * 10, category, family, null);
        request.setVolunteer(volunteer);
        return request;
    }

    static FormingGroup group(long householdId, NeedCategory... needs) {
        return new FormingGroup(householdId, family(householdId), Set.of(needs), null, List.of());
    }

    static GroupVolunteerSlot seat(long id, FormingGroup group, Candidate volunteer) {
        GroupVolunteerSlot seat = new GroupVolunteerSlot(id, group);
        seat.setVolunteer(volunteer);
        return seat;
    }

    static GroupLeader cadre(long id, int capacity) {
        return new GroupLeader(id, COMPOUND, capacity, 0);
    }
}
