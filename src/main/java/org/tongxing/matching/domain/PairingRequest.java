package org.tongxing.matching.domain;

import java.util.List;
import java.util.Set;

import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.domain.variable.PlanningVariable;
import org.tongxing.need.NeedCategory;

/** A need that asks for a long-term partner (a tutor, a counsellor, a sponsor): the solver picks the volunteer. */
@PlanningEntity(pinningFilter = ConfirmedPinningFilter.class)
public class PairingRequest implements VolunteerAssignment {

    @PlanningId
    private long id;
    private long needId;
    private NeedCategory category;
    private Family family;
    private Long confirmedVolunteerId;
    private boolean confirmed;
    /** Eligible volunteers, computed once when the plan is built; replaced (never mutated) by problem changes. */
    private List<Candidate> candidates = List.of();

    @PlanningVariable(valueRangeProviderRefs = "pairCandidates", nullable = true)
    private Candidate volunteer;

    PairingRequest() {
        // for the solution cloner
    }

    /** @param confirmedVolunteerId the volunteer of an already confirmed pair, or null while it is open */
    public PairingRequest(long id, long needId, NeedCategory category, Family family, Long confirmedVolunteerId) {
        this.id = id;
        this.needId = needId;
        this.category = category;
        this.family = family;
        this.confirmedVolunteerId = confirmedVolunteerId;
    }

    @ValueRangeProvider(id = "pairCandidates")
    public List<Candidate> getCandidates() {
        return candidates;
    }

    public void setCandidates(List<Candidate> candidates) {
        this.candidates = List.copyOf(candidates);
    }

    @Override
    public Set<NeedCategory> askedCategories() {
        return Set.of(category);
    }

    @Override
    public Candidate getVolunteer() {
        return volunteer;
    }

    public void setVolunteer(Candidate volunteer) {
        this.volunteer = volunteer;
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

    public long getNeedId() {
        return needId;
    }

    public NeedCategory getCategory() {
        return category;
    }

    @Override
    public Family getFamily() {
        return family;
    }

    public Long getConfirmedVolunteerId() {
        return confirmedVolunteerId;
    }

    @Override
    public String toString() {
        return "PairingRequest#" + id + "->" + volunteer;
    }
}
