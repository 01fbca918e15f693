package org.tongxing.matching.domain;

import java.util.ArrayList;
import java.util.List;

import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * One matching run's problem and (once solved) its proposal: pairs and 1+3+1 groups share the volunteers'
 * capacity, so they are planned together. Build one with {@code MatchingPlanFactory}.
 */
@PlanningSolution
public class MatchingPlan {

    @ProblemFactCollectionProperty
    private List<Candidate> volunteers;
    @ProblemFactCollectionProperty
    private List<GroupLeader> cadres;
    @ProblemFactCollectionProperty
    private List<FormingGroup> groups;
    @ProblemFactCollectionProperty
    private List<GroupNeed> groupNeeds;
    @ProblemFactCollectionProperty
    private List<KeptApart> conflicts;

    @PlanningEntityCollectionProperty
    private List<PairingRequest> pairingRequests;
    @PlanningEntityCollectionProperty
    private List<GroupCadreSlot> cadreSlots;
    @PlanningEntityCollectionProperty
    private List<GroupVolunteerSlot> volunteerSlots;

    @PlanningScore
    private HardMediumSoftLongScore score;
    /** Set by a phase that proved this plan optimal (the flow seed, for pairs alone): nothing can beat it. */
    private boolean provenOptimal;
    /** Who wants to know at once, e.g. to stop solving; shared by the solver's clones, which copy it by reference. */
    private Runnable whenProvenOptimal;

    MatchingPlan() {
        // for the solution cloner
    }

    public MatchingPlan(List<Candidate> volunteers, List<GroupLeader> cadres, List<FormingGroup> groups,
            List<KeptApart> conflicts, List<PairingRequest> pairingRequests, List<GroupCadreSlot> cadreSlots,
            List<GroupVolunteerSlot> volunteerSlots) {
        this.volunteers = new ArrayList<>(volunteers);
        this.cadres = new ArrayList<>(cadres);
        this.groups = new ArrayList<>(groups);
        this.groupNeeds = groups.stream()
                .flatMap(group -> group.needs().stream().sorted().map(category -> new GroupNeed(group, category)))
                .toList();
        this.conflicts = new ArrayList<>(conflicts);
        this.pairingRequests = new ArrayList<>(pairingRequests);
        this.cadreSlots = new ArrayList<>(cadreSlots);
        this.volunteerSlots = new ArrayList<>(volunteerSlots);
    }

    public List<Candidate> getVolunteers() {
        return volunteers;
    }

    /** Problem changes replace fact lists instead of mutating them: a best-solution clone may share the old one. */
    public void setVolunteers(List<Candidate> volunteers) {
        this.volunteers = volunteers;
    }

    public List<GroupLeader> getCadres() {
        return cadres;
    }

    public List<FormingGroup> getGroups() {
        return groups;
    }

    public List<GroupNeed> getGroupNeeds() {
        return groupNeeds;
    }

    public List<KeptApart> getConflicts() {
        return conflicts;
    }

    public List<PairingRequest> getPairingRequests() {
        return pairingRequests;
    }

    public void setPairingRequests(List<PairingRequest> pairingRequests) {
        this.pairingRequests = pairingRequests;
    }

    public List<GroupCadreSlot> getCadreSlots() {
        return cadreSlots;
    }

    public List<GroupVolunteerSlot> getVolunteerSlots() {
        return volunteerSlots;
    }

    public HardMediumSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftLongScore score) {
        this.score = score;
    }

    public boolean isProvenOptimal() {
        return provenOptimal;
    }

    /** A phase proved the working plan optimal: remember it and tell whoever listens (once per proof). */
    public void markProvenOptimal() {
        provenOptimal = true;
        if (whenProvenOptimal != null) {
            whenProvenOptimal.run();
        }
    }

    /** Called when a phase proves the plan optimal; the solver cannot be stopped from inside a phase. */
    public void whenProvenOptimal(Runnable listener) {
        this.whenProvenOptimal = listener;
    }

    /** An exact phase sets the proof it found, or clears one a problem change made stale. */
    public void setProvenOptimal(boolean proven) {
        if (proven) {
            markProvenOptimal();
        } else {
            provenOptimal = false;
        }
    }
}
