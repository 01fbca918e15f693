package org.tongxing.matching.commitment;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import org.tongxing.common.ConcurrentUpdate;
import org.tongxing.common.InvalidState;
import org.tongxing.common.LostRace;
import org.tongxing.common.NotFound;
import org.tongxing.common.Timestamps;
import org.tongxing.household.Household;
import org.tongxing.matching.CommitmentStatus;
import org.tongxing.matching.MatchingEvent;
import org.tongxing.matching.Pairing;
import org.tongxing.matching.Trials;
import org.tongxing.matching.domain.Candidate;
import org.tongxing.matching.run.MatchFacts;
import org.tongxing.matching.solver.Eligibility;
import org.tongxing.need.Need;
import org.tongxing.need.NeedStatus;
import org.tongxing.privacy.AccessPolicy;
import org.tongxing.volunteer.Volunteer;

/**
 * A cadre pairs a volunteer with an open need by hand, where a run found nobody or the cadre knows better. The
 * solver's own eligibility rule decides (vetting, a free place, the skill, reach, a minor, conflicts), the pair starts
 * as a trial like any other, and later runs keep it pinned because they load every active pair as confirmed.
 */
@ApplicationScoped
public class HandPairing {

    @Inject
    AccessPolicy access;

    @Inject
    Trials trials;

    @Inject
    Event<MatchingEvent> events;

    @Transactional
    public PairingState make(HandPair request) {
        Need need = Need.<Need>findByIdOptional(request.needId())
                .orElseThrow(() -> new NotFound("need", request.needId()));
        Household household = Household.findById(need.householdId);
        if (!access.isCaseWorker(household)) {
            throw new NotFound("need", need.id);
        }
        if (need.status != NeedStatus.OPEN) {
            throw new InvalidState("Need " + need.id + " is " + need.status + ", not open");
        }
        Candidate volunteer = MatchFacts.volunteer(request.volunteerId());
        if (volunteer == null) {
            throw new NotFound("volunteer", request.volunteerId());
        }
        String refusal = Eligibility.refusalForPair(volunteer, MatchFacts.family(household.id), need.category,
                MatchFacts.conflicts(household.id));
        if (refusal != null) {
            throw new InvalidState("Volunteer " + volunteer.id() + " cannot be paired with this need: " + refusal);
        }
        try {
            return PairingState.from(persist(need, volunteer.id()));
        } catch (PersistenceException e) {
            if (LostRace.violatedAny(e) || LostRace.staleVersion(e)) {
                throw new ConcurrentUpdate("need", need.id);
            }
            throw e;
        }
    }

    private Pairing persist(Need need, long volunteerId) {
        // Taking a place bumps the volunteer's version, as an accepted proposal does: two hands cannot fill one place.
        long version = Volunteer.<Volunteer>findById(volunteerId).version;
        if (Volunteer.update("version = version + 1 where id = ?1 and version = ?2", volunteerId, version) == 0) {
            throw new ConcurrentUpdate("volunteer", volunteerId);
        }
        Instant now = Timestamps.now();
        Pairing pairing = new Pairing();
        pairing.needId = need.id;
        pairing.householdId = need.householdId;
        pairing.volunteerId = volunteerId;
        pairing.status = CommitmentStatus.ACTIVE;
        pairing.since = now;
        pairing.createdBy = access.viewer().userId();
        pairing.updatedAt = now;
        trials.begin(pairing, now);
        pairing.persist();
        need.status = NeedStatus.IN_PROGRESS;
        need.updatedAt = now;
        events.fire(new MatchingEvent.PairingStarted(pairing, need, null));
        Pairing.getEntityManager().flush();
        return pairing;
    }
}
