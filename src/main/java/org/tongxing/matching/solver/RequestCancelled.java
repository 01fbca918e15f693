package org.tongxing.matching.solver;

import org.optaplanner.core.api.solver.change.ProblemChange;
import org.optaplanner.core.api.solver.change.ProblemChangeDirector;
import org.tongxing.matching.domain.MatchingPlan;

/** A pairing request was cancelled (the need was withdrawn or met) while a run is solving: drop it. */
public record RequestCancelled(long requestId) implements ProblemChange<MatchingPlan> {

    @Override
    public void doChange(MatchingPlan plan, ProblemChangeDirector director) {
        plan.getPairingRequests().stream().filter(request -> request.getId() == requestId).findFirst()
                .ifPresent(request -> director.removeEntity(request,
                        r -> plan.setPairingRequests(VolunteerWithdrawn.without(plan.getPairingRequests(), r))));
    }
}
