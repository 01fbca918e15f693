package org.tongxing.matching.review;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.tongxing.common.Duplicate;
import org.tongxing.common.NotFound;
import org.tongxing.common.Timestamps;
import org.tongxing.common.UnknownReference;
import org.tongxing.household.Household;
import org.tongxing.matching.ConflictSource;
import org.tongxing.matching.MatchingConflict;
import org.tongxing.matching.MatchingEvent;
import org.tongxing.privacy.AccessPolicy;
import org.tongxing.volunteer.Volunteer;

/** Conflicts case workers declare for a family of their area; later runs never match the two. */
@ApplicationScoped
public class ConflictService {

    @Inject
    Event<MatchingEvent> events;

    @Inject
    AccessPolicy access;

    @Transactional
    public ConflictView declare(ConflictRequest request) {
        Household household = Household.findById(request.householdId());
        if (household == null || !access.isCaseWorker(household)) {
            throw new UnknownReference("householdId", "household", request.householdId());
        }
        if (Volunteer.findById(request.volunteerId()) == null) {
            throw new UnknownReference("volunteerId", "volunteer", request.volunteerId());
        }
        if (MatchingConflict.count("volunteerId = ?1 and householdId = ?2", request.volunteerId(), household.id) > 0) {
            throw new Duplicate("A conflict between these two is recorded already");
        }
        MatchingConflict conflict = new MatchingConflict();
        conflict.volunteerId = request.volunteerId();
        conflict.householdId = household.id;
        conflict.reason = request.reason().strip();
        conflict.source = ConflictSource.DECLARED;
        conflict.createdBy = access.viewer().userId();
        conflict.createdAt = Timestamps.now();
        conflict.persist();
        events.fire(new MatchingEvent.ConflictDeclared(conflict));
        return ConflictView.from(conflict);
    }

    public List<ConflictView> ofHousehold(long householdId) {
        requireCaseWorker(householdId);
        return MatchingConflict.<MatchingConflict>list("householdId = ?1 order by id", householdId).stream()
                .map(ConflictView::from).toList();
    }

    public ConflictView get(long id) {
        MatchingConflict conflict = MatchingConflict.findById(id);
        if (conflict == null) {
            throw new NotFound("conflict", id);
        }
        try {
            requireCaseWorker(conflict.householdId);
        } catch (NotFound e) {
            throw new NotFound("conflict", id);
        }
        return ConflictView.from(conflict);
    }

    private void requireCaseWorker(long householdId) {
        Household household = Household.findById(householdId);
        if (household == null || !access.isCaseWorker(household)) {
            throw new NotFound("household", householdId);
        }
    }
}
