package org.tongxing.matching.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.tongxing.area.AreaCode;
import org.tongxing.cadre.Cadre;
import org.tongxing.common.VettingStatus;
import org.tongxing.matching.CommitmentLoad;
import org.tongxing.matching.domain.Candidate;
import org.tongxing.matching.domain.GeoPoint;
import org.tongxing.matching.domain.GroupLeader;
import org.tongxing.volunteer.TravelRange;
import org.tongxing.volunteer.Volunteer;

/**
 * Volunteers and cadres as the matcher sees them, with the load they carry outside the problem. Volunteers
 * are those vetted in the run's district (the matcher's candidate lists decide the rest) plus anyone holding
 * a confirmed place in the problem, who stays even if their vetting lapsed so the hard constraints can say so.
 * Each brings what they said: preferred categories, how far they travel, their coordinates where known.
 */
final class HelperPool {

    private HelperPool() {
    }

    /**
     * @param heldInProblem confirmed places each volunteer holds inside this problem (the solver counts those)
     * @param heldByProposals places held by open proposals the run does not replace (load, like commitments)
     */
    static List<Candidate> volunteers(String district, Map<Long, Integer> heldInProblem,
            Map<Long, Integer> heldByProposals) {
        List<Volunteer> found = new ArrayList<>(
                Volunteer.<Volunteer>list("vettingStatus = ?1 and areaCode like ?2 order by id",
                        VettingStatus.VETTED, district + "%"));
        List<Long> missing = heldInProblem.keySet().stream()
                .filter(id -> found.stream().noneMatch(v -> v.id.equals(id))).toList();
        if (!missing.isEmpty()) {
            found.addAll(Volunteer.<Volunteer>list("id in ?1", missing));
        }
        Map<Long, Integer> load = CommitmentLoad.ofVolunteers(found.stream().map(v -> v.id).toList());
        return found.stream().map(v -> candidate(v, load.getOrDefault(v.id, 0) + heldByProposals.getOrDefault(v.id, 0)
                - heldInProblem.getOrDefault(v.id, 0))).toList();
    }

    /**
     * @param ledInProblem confirmed groups each cadre leads inside this problem
     * @param heldByProposals groups open proposals of other scopes would have them lead
     */
    static List<GroupLeader> cadres(String district, Map<Long, Integer> ledInProblem,
            Map<Long, Integer> heldByProposals) {
        List<Cadre> found = new ArrayList<>(Cadre.<Cadre>list("areaCode like ?1 order by id", district + "%"));
        List<Long> missing = ledInProblem.keySet().stream().filter(id -> found.stream().noneMatch(c -> c.id.equals(id)))
                .toList();
        if (!missing.isEmpty()) {
            found.addAll(Cadre.<Cadre>list("id in ?1", missing));
        }
        Map<Long, Integer> led = CommitmentLoad.ofCadres();
        return found.stream().map(c -> new GroupLeader(c.id, c.areaCode, c.capacity,
                led.getOrDefault(c.id, 0) + heldByProposals.getOrDefault(c.id, 0) - ledInProblem.getOrDefault(c.id, 0)))
                .toList();
    }

    static Candidate candidate(Volunteer v, int currentLoad) {
        GeoPoint home = v.latitude == null || v.longitude == null ? null : new GeoPoint(v.latitude, v.longitude);
        return new Candidate(v.id, v.gender, v.areaCode, home, List.copyOf(v.languages), v.skills,
                v.preferredCategories, v.availability(), v.vettingStatus, v.capacity, Math.max(0, currentLoad),
                reach(v.travelRange));
    }

    /** A volunteer's stated travel range as the farthest {@link AreaCode#distanceTier} they go. */
    static int reach(TravelRange range) {
        return switch (range == null ? TravelRange.DISTRICT : range) {
            case STREET -> AreaCode.SAME_STREET;
            case DISTRICT -> AreaCode.SAME_DISTRICT;
            case CITY -> AreaCode.FAR;
        };
    }
}
