package org.tongxing.matching.domain;

import java.util.List;
import java.util.Set;

import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.domain.variable.PlanningVariable;
import org.tongxing.need.NeedCategory;

/** One of the "3" volunteer seats of a 1+3+1 group. */
@PlanningEntity(pinningFilter = ConfirmedPinningFilter.class)
public class GroupVolunteerSlot implements VolunteerAssignment {

    @PlanningId
    private long id;
    private FormingGroup group;
    private boolean confirmed;
    private List<Candidate> candidates = List.of();

    @PlanningVariable(valueRangeProviderRefs = "seatCandidates", nullable = true)
    private Candidate volunteer;

    GroupVolunteerSlot() {
        // for the solution cloner
    }

    public GroupVolunteerSlot(long id, FormingGroup group) {
        this.id = id;
        this.group = group;
    }

    @ValueRangeProvider(id = "seatCandidates")
    public List<Candidate> getCandidates() {
        return candidates;
    }

    public void setCandidates(List<Candidate> candidates) {
        this.candidates = List.copyOf(candidates);
    }

    @Override
    public Candidate getVolunteer() {
        return volunteer;
    }

    public void setVolunteer(Candidate volunteer) {
        this.volunteer = volunteer;
    }

    @Override
    public Family getFamily() {
        return group.mother();
    }

    @Override
    public Set<NeedCategory> askedCategories() {
        return group.needs();
    }

    @Override
    public boolean isConfirmed() {
        return confirmed;
    }

    public void setConfirmed(boolean confirmed) {
        this.confirmed = confirmed;
    }

    public long getId() {
        return id;
    }

    public FormingGroup getGroup() {
        return group;
    }

    @Override
    public String toString() {
        return "GroupVolunteerSlot#" + id + "->" + volunteer;
    }
}
