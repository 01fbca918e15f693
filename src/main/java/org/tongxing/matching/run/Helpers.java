package org.tongxing.matching.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.tongxing.area.AreaCode;
import org.tongxing.cadre.Cadre;
import org.tongxing.common.VettingStatus;
import org.tongxing.matching.CommitmentLoad;
import org.tongxing.volunteer.Volunteer;

/**
 * Volunteers and cadres as the matcher sees them, with the load they carry outside the problem. Volunteers
 * are those vetted in the run's district (the matcher's candidate lists decide the rest) plus anyone holding
 * a confirmed place in the problem, who stays even if their vetting lapsed so the hard constraints can say so.
 * Nobody records how far a volunteer travels; everyone is taken to travel within their district.
 */
final class Helpers {

    private static final int TRAVEL_REACH = AreaCode.SAME_DISTRICT;

    private Helpers() {
    }

    /** @param heldInProblem confirmed places each volunteer holds inside this problem (the solver counts those) */
    static List<org.tongxing.matching.domain.Volunteer> volunteers(String district, Map<Long, Integer> heldInProblem) {
        List<Volunteer> found = new ArrayList<>(Volunteer.<Volunteer>list("vettingStatus = ?1 and areaCode like ?2 order by id",
                VettingStatus.VETTED, district + "%"));
        List<Long> missing = heldInProblem.keySet().stream()
                .filter(id -> found.stream().noneMatch(v -> v.id.equals(id))).toList();
        if (!missing.isEmpty()) {
            found.addAll(Volunteer.<Volunteer>list("id in ?1", missing));
        }
        Map<Long, Integer> load = CommitmentLoad.ofVolunteers(found.stream().map(v -> v.id).toList());
        return found.stream().map(v -> fact(v, load.getOrDefault(v.id, 0) - heldInProblem.getOrDefault(v.id, 0))).toList();
    }

    /** @param ledInProblem confirmed groups each cadre leads inside this problem */
    static List<org.tongxing.matching.domain.Cadre> cadres(String district, Map<Long, Integer> ledInProblem) {
        List<Cadre> found = new ArrayList<>(Cadre.<Cadre>list("areaCode like ?1 order by id", district + "%"));
        List<Long> missing = ledInProblem.keySet().stream().filter(id -> found.stream().noneMatch(c -> c.id.equals(id))).toList();
        if (!missing.isEmpty()) {
            found.addAll(Cadre.<Cadre>list("id in ?1", missing));
        }
        Map<Long, Integer> led = CommitmentLoad.ofCadres();
        return found.stream().map(c -> new org.tongxing.matching.domain.Cadre(c.id, c.areaCode, c.capacity,
                led.getOrDefault(c.id, 0) - ledInProblem.getOrDefault(c.id, 0))).toList();
    }

    private static org.tongxing.matching.domain.Volunteer fact(Volunteer v, int currentLoad) {
        return new org.tongxing.matching.domain.Volunteer(v.id, v.gender, v.areaCode, null, List.copyOf(v.languages),
                v.skills, java.util.Set.of(), v.availability(), v.vettingStatus, v.capacity, Math.max(0, currentLoad),
                TRAVEL_REACH);
    }
}
