package org.tongxing.matching.solver;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tongxing.matching.domain.Candidate;
import org.tongxing.matching.domain.FormingGroup;
import org.tongxing.matching.domain.GroupVolunteerSlot;
import org.tongxing.matching.domain.MatchingPlan;
import org.tongxing.matching.domain.PairingRequest;
import org.tongxing.need.NeedCategory;

/**
 * The groups' open volunteer seats as arrays for {@link ExactGroupSeats}: per group its open seats, the needs its
 * confirmed volunteers leave uncovered (a bit mask), and per candidate the cost of the seat (from {@link
 * MatchCosts#assignment}, the one place a seat's cost is computed) and the needs the candidate covers; per
 * volunteer the places still free once pairs and confirmed seats are counted, and the load those already make.
 * Everything else in the plan (pairs, cadres, confirmed seats) stays as it is.
 */
final class GroupSeatProblem {

    final List<FormingGroup> groups = new ArrayList<>();
    final List<List<GroupVolunteerSlot>> openSeats = new ArrayList<>();
    final List<Candidate> volunteers = new ArrayList<>();
    /** Per group: open seats, needs left uncovered by its confirmed volunteers, candidates, costs, masks. */
    int[] open;
    int[] uncovered;
    int[][] candidate;
    long[][] cost;
    int[][] covers;
    /** Per volunteer: places free for open seats, and places already held (the next one costs its load step). */
    int[] free;
    int[] held;
    /** The most needs any group has left uncovered: need sets are bit masks below {@code 1 << needBits}. */
    int needBits;
    /** Whether the plan has pairs still to place: then pairs and seats interact and no proof is claimed. */
    final boolean openPairs;

    GroupSeatProblem(MatchingPlan plan) {
        Map<Candidate, Integer> index = new HashMap<>();
        Map<Candidate, Integer> holding = new HashMap<>();
        for (PairingRequest request : plan.getPairingRequests()) {
            if (request.getVolunteer() != null) {
                holding.merge(request.getVolunteer(), 1, Integer::sum);
            }
        }
        openPairs = plan.getPairingRequests().stream().anyMatch(request -> !request.isConfirmed());
        Map<FormingGroup, List<GroupVolunteerSlot>> seatsOf = new LinkedHashMap<>();
        for (GroupVolunteerSlot seat : plan.getVolunteerSlots()) {
            seatsOf.computeIfAbsent(seat.getGroup(), g -> new ArrayList<>()).add(seat);
            if (seat.isConfirmed() && seat.getVolunteer() != null) {
                holding.merge(seat.getVolunteer(), 1, Integer::sum);
            }
        }
        List<int[]> candidates = new ArrayList<>();
        List<long[]> costs = new ArrayList<>();
        List<int[]> masks = new ArrayList<>();
        List<Integer> opens = new ArrayList<>();
        List<Integer> left = new ArrayList<>();
        seatsOf.forEach((group, seats) -> {
            List<GroupVolunteerSlot> openOnes = seats.stream().filter(seat -> !seat.isConfirmed()).toList();
            if (openOnes.isEmpty()) {
                return;
            }
            List<NeedCategory> needs = group.needs().stream().sorted().toList();
            List<Candidate> members = seats.stream().filter(GroupVolunteerSlot::isConfirmed)
                    .map(GroupVolunteerSlot::getVolunteer).filter(v -> v != null).toList();
            List<Candidate> eligible = openOnes.get(0).getCandidates().stream().filter(v -> !members.contains(v))
                    .toList();
            int[] ids = new int[eligible.size()];
            long[] prices = new long[eligible.size()];
            int[] skills = new int[eligible.size()];
            for (int i = 0; i < eligible.size(); i++) {
                Candidate volunteer = eligible.get(i);
                ids[i] = index.computeIfAbsent(volunteer, v -> {
                    volunteers.add(v);
                    return volunteers.size() - 1;
                });
                prices[i] = MatchCosts.assignment(group.mother(), group.needs(), volunteer);
                skills[i] = mask(needs, volunteer);
            }
            int covered = members.stream().mapToInt(member -> mask(needs, member)).reduce(0, (a, b) -> a | b);
            groups.add(group);
            openSeats.add(openOnes);
            opens.add(openOnes.size());
            left.add(((1 << needs.size()) - 1) & ~covered);
            needBits = Math.max(needBits, needs.size());
            candidates.add(ids);
            costs.add(prices);
            masks.add(skills);
        });
        open = opens.stream().mapToInt(Integer::intValue).toArray();
        uncovered = left.stream().mapToInt(Integer::intValue).toArray();
        candidate = candidates.toArray(int[][]::new);
        cost = costs.toArray(long[][]::new);
        covers = masks.toArray(int[][]::new);
        free = new int[volunteers.size()];
        held = new int[volunteers.size()];
        for (int v = 0; v < volunteers.size(); v++) {
            Candidate volunteer = volunteers.get(v);
            int holds = holding.getOrDefault(volunteer, 0);
            free[v] = Math.max(0, volunteer.freePlaces() - holds);
            held[v] = volunteer.currentLoad() + holds;
        }
    }

    int groupCount() {
        return groups.size();
    }

    /**
     * The medium score points group {@code g} loses with the given number of members covering {@code mask}: its
     * unfilled seats and uncovered needs, weighted as the score weighs them ({@link MatchCosts#EMPTY_SEAT},
     * {@link MatchCosts#UNCOVERED_NEED}), so that what this phase proves optimal is optimal for the score.
     */
    int medium(int g, int members, int mask) {
        return (int) (MatchCosts.EMPTY_SEAT * (open[g] - members)
                + MatchCosts.UNCOVERED_NEED * Integer.bitCount(uncovered[g] & ~mask));
    }

    /** What the {@code k}-th extra place (from 0) of volunteer {@code v} costs: the convex load step. */
    long loadStep(int v, int k) {
        return MatchCosts.marginalLoad(held[v] + k);
    }

    private static int mask(List<NeedCategory> needs, Candidate volunteer) {
        int mask = 0;
        for (int i = 0; i < needs.size(); i++) {
            if (volunteer.covers(needs.get(i))) {
                mask |= 1 << i;
            }
        }
        return mask;
    }
}
