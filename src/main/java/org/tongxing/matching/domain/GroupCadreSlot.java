package org.tongxing.matching.domain;

import java.util.List;

import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

/** The "1" who leads a 1+3+1 group. */
@PlanningEntity(pinningFilter = ConfirmedPinningFilter.class)
public class GroupCadreSlot implements Confirmable {

    @PlanningId
    private long id;
    private FormingGroup group;
    private boolean confirmed;
    private List<GroupLeader> candidates = List.of();

    @PlanningVariable(valueRangeProviderRefs = "cadreCandidates", nullable = true)
    private GroupLeader cadre;

    GroupCadreSlot() {
        // for the solution cloner
    }

    public GroupCadreSlot(long id, FormingGroup group) {
        this.id = id;
        this.group = group;
    }

    @ValueRangeProvider(id = "cadreCandidates")
    public List<GroupLeader> getCandidates() {
        return candidates;
    }

    public void setCandidates(List<GroupLeader> candidates) {
        this.candidates = List.copyOf(candidates);
    }

    public GroupLeader getCadre() {
        return cadre;
    }

    public void setCadre(GroupLeader cadre) {
        this.cadre = cadre;
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
        return "GroupCadreSlot#" + id + "->" + cadre;
    }
}
