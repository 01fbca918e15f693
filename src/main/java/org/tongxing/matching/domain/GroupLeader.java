package org.tongxing.matching.domain;

import org.optaplanner.core.api.domain.lookup.PlanningId;

/**
 * A women's-federation or community cadre as the matcher sees one: someone who can lead 1+3+1 groups (the
 * solver's fact, not the {@code cadre.Cadre} entity it is read from).
 *
 * @param currentLoad groups led outside this problem, as for {@link Candidate#currentLoad()}
 */
public record GroupLeader(long id, String area, int capacity, int currentLoad) {

    public int freePlaces() {
        return Math.max(0, capacity - currentLoad);
    }

    /**
     * For problem changes' look-ups. Not on the record component: that would annotate both the field and the
     * accessor, which OptaPlanner rejects.
     */
    @PlanningId
    public Long getPlanningId() {
        return id;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GroupLeader other && other.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        return "GroupLeader#" + id;
    }
}
