package org.tongxing.matching.domain;

import org.optaplanner.core.api.domain.entity.PinningFilter;

/** Confirmed pairs and group members are persisted facts of people's lives: the solver never moves them. */
public class ConfirmedPinningFilter implements PinningFilter<MatchingPlan, Confirmable> {

    @Override
    public boolean accept(MatchingPlan plan, Confirmable entity) {
        return entity.isConfirmed();
    }
}
