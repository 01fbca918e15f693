package org.tongxing.matching.solver;

import java.util.List;
import java.util.function.Consumer;

import org.optaplanner.core.api.solver.change.ProblemChange;
import org.optaplanner.core.api.solver.change.ProblemChangeDirector;
import org.tongxing.matching.domain.Candidate;
import org.tongxing.matching.domain.GroupVolunteerSlot;
import org.tongxing.matching.domain.MatchingPlan;
import org.tongxing.matching.domain.PairingRequest;

/**
 * A volunteer withdrew while a run is solving: free every place they held (confirmed ones too, since they
 * will not serve them), take them off every candidate list and out of the problem. The solver carries on
 * from its best solution instead of starting over.
 */
public record VolunteerWithdrawn(long volunteerId) implements ProblemChange<MatchingPlan> {

    @Override
    public void doChange(MatchingPlan plan, ProblemChangeDirector director) {
        Candidate volunteer = plan.getVolunteers().stream().filter(v -> v.id() == volunteerId).findFirst().orElse(null);
        if (volunteer == null) {
            return;
        }
        for (PairingRequest request : plan.getPairingRequests()) {
            if (volunteer.equals(request.getVolunteer())) {
                release(director, request, request.isConfirmed(), r -> r.setConfirmed(false),
                        r -> r.setVolunteer(null));
            }
            if (request.getCandidates().contains(volunteer)) {
                director.changeProblemProperty(request, r -> r.setCandidates(without(r.getCandidates(), volunteer)));
            }
        }
        for (GroupVolunteerSlot seat : plan.getVolunteerSlots()) {
            if (volunteer.equals(seat.getVolunteer())) {
                release(director, seat, seat.isConfirmed(), s -> s.setConfirmed(false), s -> s.setVolunteer(null));
            }
            if (seat.getCandidates().contains(volunteer)) {
                director.changeProblemProperty(seat, s -> s.setCandidates(without(s.getCandidates(), volunteer)));
            }
        }
        director.removeProblemFact(volunteer, v -> plan.setVolunteers(without(plan.getVolunteers(), v)));
    }

    private static <E> void release(ProblemChangeDirector director, E entity, boolean confirmed, Consumer<E> unpin,
            Consumer<E> unassign) {
        if (confirmed) {
            director.changeProblemProperty(entity, unpin);
        }
        director.changeVariable(entity, "volunteer", unassign);
    }

    /** A new list rather than a removal: the best solution the solver already published may share the old one. */
    static <T> List<T> without(List<T> items, T item) {
        return items.stream().filter(other -> !other.equals(item)).toList();
    }
}
